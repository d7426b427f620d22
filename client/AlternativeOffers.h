// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "BookingOption.h"
#include "PeriodSlot.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QVBoxLayout;

// After a lost race: what the teacher can book instead, best first, one click each.
class AlternativeOffers : public QWidget {
    Q_OBJECT
public:
    // wanted: the interval the teacher asked for; periods: that day's bell schedule (to name
    // another time by its period).
    AlternativeOffers(const Interval &wanted, const QList<PeriodSlot> &periods,
                      QWidget *parent = nullptr);

    void showOptions(const QList<BookingOption> &options);
    void clear();
    const QList<BookingOption> &options() const { return m_options; }
    QList<QPushButton *> buttons() const { return m_buttons; }
    void setButtonsEnabled(bool enabled);

signals:
    void chosen(const BookingOption &option);

private:
    QString describe(const BookingOption &option) const;

    Interval m_wanted;
    QList<PeriodSlot> m_periods;
    QList<BookingOption> m_options;
    QList<QPushButton *> m_buttons;
    QVBoxLayout *m_layout;
};
