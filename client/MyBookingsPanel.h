// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Booking.h"
#include "PeriodSlot.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QWidget>

class QAction;
class QLabel;
class QToolButton;
class QVBoxLayout;
class SeriesGroup;

// The teacher's upcoming bookings, soonest first: single bookings each with a Cancel button,
// the dates of a series grouped under one heading.
class MyBookingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit MyBookingsPanel(QWidget *parent = nullptr);

    void setBookings(const QList<Booking> &bookings);
    void addBooking(const Booking &booking);
    bool removeBooking(qint64 bookingId);
    const QList<Booking> &bookings() const { return m_bookings; }
    // The Cancel button of one booking (for keyboard focus and tests).
    QWidget *cancelButton(qint64 bookingId) const;
    SeriesGroup *seriesGroup(qint64 seriesId) const;
    QList<SeriesGroup *> seriesGroups() const;
    // The "Calendar" menu beside the title, and its two entries.
    QToolButton *calendarButton() const { return m_calendarButton; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *subscribeAction() const { return m_subscribeAction; }

    // The bell schedule of a weekday (1 = Monday), to name a series by its period.
    void setSchedule(int dayOfWeek, const QList<PeriodSlot> &periods);
    // Forgets every schedule (the bell schedule changed); asks again for those it needs.
    void clearSchedules();

signals:
    void cancelRequested(const Booking &booking);
    void cancelLaterRequested(const Booking &booking);
    // A series on this date's weekday needs that weekday's bell schedule (setSchedule).
    void scheduleNeeded(const QDate &date);
    // "Add to my calendar…": save the upcoming bookings as an .ics file.
    void exportRequested();
    // "Subscribe in my calendar…": show the private feed URL.
    void subscribeRequested();

private:
    void rebuild();
    QWidget *singleRow(const Booking &booking);
    QString periodName(const Booking &booking);

    QList<Booking> m_bookings;
    QHash<int, QList<PeriodSlot>> m_schedules;
    QSet<int> m_schedulesAsked;
    QSet<qint64> m_expanded;
    QVBoxLayout *m_list;
    QLabel *m_empty;
    QToolButton *m_calendarButton;
    QAction *m_exportAction;
    QAction *m_subscribeAction;
};
