// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Interval.h"

#include <QString>

// How the console words times and durations, the same on every page.
class ConsoleText {
public:
    // "12 s", "4 min 05 s", "2 h 13 min", "3 d 4 h".
    static QString duration(qint64 seconds);
    // "Tue 4 Mar 2031, 09:00–10:00", with both dates when the interval spans midnight.
    static QString interval(const Interval &interval);
    // "09:14:03" today, "Mon 3 Mar, 09:14" on another day.
    static QString moment(const QDateTime &time);
    static QString date(const QDate &date);
};
