// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Interval.h"

#include <QString>
#include <QTime>

// Times and counts as teachers read them: "08:30", "Mon 30 Nov, 08:30–09:20", "24 seats".
class DisplayText {
public:
    static QString clock(const QTime &time);
    static QString day(const QDate &date);
    static QString shortDate(const QDate &date); // "28 Mar"
    static QString range(const Interval &interval);
    static QString clockRange(const Interval &interval); // "08:30–09:20"
    static QString seats(int count);
    // "Mondays" … "Sundays" (1 = Monday, as QDate::dayOfWeek()).
    static QString weekdays(int dayOfWeek);
};
