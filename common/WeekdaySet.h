// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

// The weekdays column of a bell schedule CSV: a day (Mon), a range (Mon-Thu) or a list
// (Mon;Wed;Fri), days numbered 1 (Monday) to 7 (Sunday) like QDate::dayOfWeek().
class WeekdaySet {
public:
    // Returns an empty list and sets *error when the text is not a day, range or list of them.
    static QList<int> parse(const QString &text, QString *error);
    // Mon, Tue, ... Sun: the English short names the CSV format uses.
    static QString shortName(int weekday);
    // Mon-Fri, Mon;Wed;Fri: the shortest text parse() reads back as the same days.
    static QString format(const QList<int> &weekdays);
};
