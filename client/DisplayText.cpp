// SPDX-License-Identifier: GPL-3.0-or-later

#include "DisplayText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
// The locale's long date format with the weekday and month names shortened, and without the
// year (and whatever joins it to the rest: ", yyyy", " 'de' yyyy", "yyyy年") unless withYear.
QString derivedFormat(const QLocale &locale, bool weekday, bool withYear) {
    QString format = locale.dateFormat(QLocale::LongFormat);
    if (!withYear) {
        static const QRegularExpression yearAtEnd(
            QStringLiteral("(?:[\\s,]*'[^']*')?[\\s,./-]*y+\\.?"));
        static const QRegularExpression yearFirst(QStringLiteral("^y+('[^']*'|[^dMy'])*"));
        if (format.startsWith(QLatin1Char('y')))
            format.remove(yearFirst);
        else
            format.remove(yearAtEnd);
    }
    if (!weekday) {
        static const QRegularExpression weekdayToken(QStringLiteral("[\\s,]*d{3,4}[\\s,.]*"));
        format.remove(weekdayToken);
    }
    static const QRegularExpression longWeekday(QStringLiteral("(?<!d)dddd(?!d)"));
    static const QRegularExpression longMonth(QStringLiteral("(?<!M)MMMM(?!M)"));
    format.replace(longWeekday, QStringLiteral("ddd"));
    format.replace(longMonth, QStringLiteral("MMM"));
    // Whatever joined a removed part to the rest ("MMM d., " once the weekday is gone).
    static const QRegularExpression looseEnds(QStringLiteral("^[\\s,]+|[\\s,]+$"));
    return format.remove(looseEnds);
}
} // namespace

QString DisplayText::dayFormat(const QLocale &locale, bool withYear) {
    return derivedFormat(locale, true, withYear);
}

QString DisplayText::shortDateFormat(const QLocale &locale) {
    return derivedFormat(locale, false, false);
}

QString DisplayText::clockFormat(const QLocale &locale) {
    // Without seconds, which some locales' short format has (the C locale's "HH:mm:ss").
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    return locale.timeFormat(QLocale::ShortFormat).remove(seconds);
}

QDate DisplayText::weekStart(const QDate &date, const QLocale &locale) {
    const int first = int(locale.firstDayOfWeek());
    return date.addDays(-((date.dayOfWeek() - first + 7) % 7));
}

QString DisplayText::clock(const QTime &time) {
    const QLocale locale;
    return locale.toString(time, clockFormat(locale));
}

QString DisplayText::day(const QDate &date) {
    const QLocale locale;
    return locale.toString(date, dayFormat(locale));
}

QString DisplayText::shortDate(const QDate &date) {
    const QLocale locale;
    return locale.toString(date, shortDateFormat(locale));
}

QString DisplayText::longDay(const QDate &date) {
    return QLocale().toString(date, QLocale::LongFormat);
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
