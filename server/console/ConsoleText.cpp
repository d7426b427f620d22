// SPDX-License-Identifier: GPL-3.0-or-later

#include "ConsoleText.h"

#include <QCoreApplication>
#include <QLocale>

QString ConsoleText::duration(qint64 seconds) {
    seconds = qMax<qint64>(0, seconds);
    const qint64 days = seconds / 86400, hours = seconds / 3600 % 24, minutes = seconds / 60 % 60,
                 rest = seconds % 60;
    if (days > 0)
        return QCoreApplication::translate("ConsoleText", "%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return QCoreApplication::translate("ConsoleText", "%1 h %2 min")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'));
    if (minutes > 0)
        return QCoreApplication::translate("ConsoleText", "%1 min %2 s")
            .arg(minutes)
            .arg(rest, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("ConsoleText", "%1 s").arg(rest);
}

QString ConsoleText::date(const QDate &date) {
    return QLocale().toString(date, QStringLiteral("ddd d MMM yyyy"));
}

QString ConsoleText::interval(const Interval &interval) {
    const QDateTime start = interval.start().toLocalTime(), end = interval.end().toLocalTime();
    const QString from = start.toString(QStringLiteral("HH:mm"));
    if (start.date() == end.date() ||
        (end.time() == QTime(0, 0) && start.date().addDays(1) == end.date()))
        return QStringLiteral("%1, %2–%3")
            .arg(date(start.date()), from, end.toString(QStringLiteral("HH:mm")));
    return QStringLiteral("%1, %2 – %3, %4")
        .arg(date(start.date()), from, date(end.date()), end.toString(QStringLiteral("HH:mm")));
}

QString ConsoleText::moment(const QDateTime &time) {
    const QDateTime local = time.toLocalTime();
    if (local.date() == QDate::currentDate())
        return local.toString(QStringLiteral("HH:mm:ss"));
    return QLocale().toString(local, QStringLiteral("ddd d MMM, HH:mm"));
}
