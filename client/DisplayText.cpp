#include "DisplayText.h"

#include <QCoreApplication>
#include <QLocale>

QString DisplayText::clock(const QTime &time) {
    return QLocale().toString(time, QStringLiteral("HH:mm"));
}

QString DisplayText::day(const QDate &date) {
    return QLocale().toString(date, QStringLiteral("ddd d MMM"));
}

QString DisplayText::range(const Interval &interval) {
    const QDateTime start = interval.start().toLocalTime();
    const QDateTime end = interval.end().toLocalTime();
    return QCoreApplication::translate("DisplayText", "%1, %2–%3")
        .arg(day(start.date()), clock(start.time()), clock(end.time()));
}

QString DisplayText::seats(int count) {
    return count == 1 ? QCoreApplication::translate("DisplayText", "1 seat")
                      : QCoreApplication::translate("DisplayText", "%1 seats").arg(count);
}
