// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

// Times cross into SQL as UTC ISO text and come back as epoch milliseconds, so no driver
// time-zone guessing is involved.
class SqlTime {
public:
    static QString toSql(const QDateTime &time) {
        const QDateTime utc = time.toUTC();
        // ISO text exists for the years 1 to 9999 only; a bound computed beyond them (a listing
        // 400 days from late 9999) means no bound, not an empty string PostgreSQL refuses.
        if (utc.date().year() > 9999)
            return QStringLiteral("infinity");
        if (utc.date().year() < 1)
            return QStringLiteral("-infinity");
        return utc.toString(Qt::ISODateWithMs);
    }
    static QDateTime fromMs(const QVariant &value) {
        return QDateTime::fromMSecsSinceEpoch(value.toLongLong()).toLocalTime();
    }
    // A half-open tstzrange from the binds :start and :end.
    static QString range() {
        return QStringLiteral(
            "tstzrange(CAST(:start AS timestamptz), CAST(:end AS timestamptz), '[)')");
    }
    static QString lowerMs(const QString &column) {
        return QStringLiteral("(extract(epoch FROM lower(%1)) * 1000)::bigint").arg(column);
    }
    static QString upperMs(const QString &column) {
        return QStringLiteral("(extract(epoch FROM upper(%1)) * 1000)::bigint").arg(column);
    }
};
