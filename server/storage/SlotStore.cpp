// SPDX-License-Identifier: GPL-3.0-or-later

#include "SlotStore.h"

#include "Database.h"
#include "SqlTime.h"

std::optional<qsizetype> SlotStore::firstFree(qint64 roomId, const QList<Interval> &intervals) {
    if (intervals.isEmpty())
        return std::nullopt;
    QVariantMap binds{{QStringLiteral("room"), roomId}};
    QStringList ranges;
    for (qsizetype i = 0; i < intervals.size(); ++i) {
        const QString start = QStringLiteral("s%1").arg(i), end = QStringLiteral("e%1").arg(i);
        binds.insert(start, SqlTime::toSql(intervals.at(i).start()));
        binds.insert(end, SqlTime::toSql(intervals.at(i).end()));
        ranges << QStringLiteral("tstzrange(CAST(:%1 AS timestamptz), CAST(:%2 AS timestamptz), "
                                 "'[)')")
                      .arg(start, end);
    }
    QSqlQuery query = Database::exec(
        QStringLiteral("SELECT s.i FROM unnest(ARRAY[%1]) WITH ORDINALITY AS s(r, i) "
                       "WHERE NOT EXISTS (SELECT 1 FROM bookings b WHERE b.room_id = :room "
                       "AND b.canceled_at IS NULL AND b.during && s.r) "
                       "AND NOT EXISTS (SELECT 1 FROM locks l WHERE l.room_id = :room "
                       "AND l.during && s.r AND l.expires_at > now()) "
                       "ORDER BY s.i LIMIT 1")
            .arg(ranges.join(QStringLiteral(", "))),
        binds);
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong() - 1;
}

bool SlotStore::allFree(const QList<RoomSlot> &wanted, bool admin) {
    if (wanted.isEmpty())
        return true;
    QVariantMap binds{{QStringLiteral("admin"), admin}};
    QStringList rooms, ranges;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const QString start = QStringLiteral("s%1").arg(i), end = QStringLiteral("e%1").arg(i);
        binds.insert(start, SqlTime::toSql(wanted.at(i).interval.start()));
        binds.insert(end, SqlTime::toSql(wanted.at(i).interval.end()));
        rooms << QString::number(wanted.at(i).roomId); // integers: safe to write into the statement
        ranges << QStringLiteral("tstzrange(CAST(:%1 AS timestamptz), CAST(:%2 AS timestamptz), "
                                 "'[)')")
                      .arg(start, end);
    }
    QSqlQuery query = Database::exec(
        QStringLiteral(
            "SELECT count(*) FROM unnest(ARRAY[%1]::bigint[], ARRAY[%2]) AS s(room, r) "
            "WHERE NOT EXISTS (SELECT 1 FROM rooms x WHERE x.id = s.room AND x.active "
            "AND (CAST(:admin AS boolean) OR NOT x.restricted)) "
            "OR EXISTS (SELECT 1 FROM bookings b WHERE b.room_id = s.room "
            "AND b.canceled_at IS NULL AND b.during && s.r) "
            "OR EXISTS (SELECT 1 FROM locks l WHERE l.room_id = s.room AND l.during && s.r "
            "AND l.expires_at > now())")
            .arg(rooms.join(QLatin1Char(',')), ranges.join(QStringLiteral(", "))),
        binds);
    return query.next() && query.value(0).toLongLong() == 0;
}
