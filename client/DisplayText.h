// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Interval.h"

#include <QLocale>
#include <QString>
#include <QTime>

// Times and counts as teachers read them, in the locale the teacher chose (QLocale's default):
// "08:30" or "8:30 AM", "Mon 30 Nov" or "Mon, Nov 30", "24 seats". Only for what a person reads;
// the protocol's dates and times are ISO and RFC 3339, never these.
class DisplayText {
public:
    static QString clock(const QTime &time);
    static QString day(const QDate &date);
    static QString shortDate(const QDate &date); // "28 Mar"
    static QString longDay(const QDate &date);   // "Monday 30 November 2026"
    static QString range(const Interval &interval);
    static QString clockRange(const Interval &interval); // "08:30–09:20"
    static QString seats(int count);
    // "Mondays" … "Sundays" (1 = Monday, as QDate::dayOfWeek()).
    static QString weekdays(int dayOfWeek);

    // Display formats for a locale, derived from its own long date format so that the order of
    // day and month, the separators and the words between them are the locale's: en_US
    // "ddd, MMM d", de "ddd, d. MMM", fr "ddd d MMM". For QDateEdit and QLocale::toString.
    static QString dayFormat(const QLocale &locale, bool withYear = false);
    static QString shortDateFormat(const QLocale &locale);
    // The locale's own short time format: "HH:mm" (24-hour) or "h:mm AP" (12-hour).
    static QString clockFormat(const QLocale &locale);
    // The first day of the week holding date, counted from the locale's first day of the week
    // (Monday in Germany, Sunday in the United States).
    static QDate weekStart(const QDate &date, const QLocale &locale = QLocale());
};
