// SPDX-License-Identifier: GPL-3.0-or-later

#include "DisplayText.h"

#include <QCoreApplication>
#include <QLocale>

QString DisplayText::clock(const QTime &time) {
    return QLocale().toString(time, QStringLiteral("HH:mm"));
}

QString DisplayText::day(const QDate &date) {
    return QLocale().toString(date, QStringLiteral("ddd d MMM"));
}

QString DisplayText::shortDate(const QDate &date) {
    return QLocale().toString(date, QStringLiteral("d MMM"));
}

QString DisplayText::range(const Interval &interval) {
    const QDateTime start = interval.start().toLocalTime();
    const QDateTime end = interval.end().toLocalTime();
    return QCoreApplication::translate("DisplayText", "%1, %2–%3")
        .arg(day(start.date()), clock(start.time()), clock(end.time()));
}

QString DisplayText::clockRange(const Interval &interval) {
    return QStringLiteral("%1–%2").arg(clock(interval.start().toLocalTime().time()),
                                       clock(interval.end().toLocalTime().time()));
}

QString DisplayText::seats(int count) {
    return count == 1 ? QCoreApplication::translate("DisplayText", "1 seat")
                      : QCoreApplication::translate("DisplayText", "%1 seats").arg(count);
}

QString DisplayText::weekdays(int dayOfWeek) {
    switch (dayOfWeek) {
    case 1:
        return QCoreApplication::translate("DisplayText", "Mondays");
    case 2:
        return QCoreApplication::translate("DisplayText", "Tuesdays");
    case 3:
        return QCoreApplication::translate("DisplayText", "Wednesdays");
    case 4:
        return QCoreApplication::translate("DisplayText", "Thursdays");
    case 5:
        return QCoreApplication::translate("DisplayText", "Fridays");
    case 6:
        return QCoreApplication::translate("DisplayText", "Saturdays");
    case 7:
        return QCoreApplication::translate("DisplayText", "Sundays");
    }
    return {};
}
