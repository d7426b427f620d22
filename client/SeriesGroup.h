// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Booking.h"

#include <QFrame>
#include <QList>

class QPushButton;
class QWidget;

// A series in My Bookings: "Lab A · Tuesdays Period 3 · 9 dates until 28 Mar", the class, and
// its dates (shown on request), each of which can be canceled alone or with all later dates.
class SeriesGroup : public QFrame {
    Q_OBJECT
public:
    // bookings: the teacher's upcoming dates of one series; periodName: the period its time
    // matches ("" when none does: the time is shown instead).
    SeriesGroup(const QList<Booking> &bookings, const QString &periodName, bool expanded,
                QWidget *parent = nullptr);

    qint64 seriesId() const { return m_bookings.value(0).seriesId; }
    const QList<Booking> &bookings() const { return m_bookings; }
    bool isExpanded() const { return m_expanded; }
    void setExpanded(bool expanded);
    QPushButton *toggleButton() const { return m_toggle; }

    static QString describe(const QList<Booking> &bookings, const QString &periodName);

signals:
    void expandedChanged(qint64 seriesId, bool expanded);
    void cancelDateRequested(const Booking &booking);
    void cancelLaterRequested(const Booking &booking);

private:
    QWidget *dateRow(const Booking &booking);

    QList<Booking> m_bookings;
    bool m_expanded = false;
    QPushButton *m_toggle;
    QWidget *m_dates;
};
