// SPDX-License-Identifier: GPL-3.0-or-later

#include "SeriesStore.h"

#include "Database.h"
#include "SqlTime.h"

qint64 SeriesStore::insert(qint64 roomId, qint64 teacherId, const QString &every,
                           const QDate &until, const QString &purpose) {
    QSqlQuery query = Database::exec(
        QStringLiteral("INSERT INTO series (room_id, teacher_id, every, until_day, purpose) "
                       "VALUES (:room, :teacher, :every, CAST(:until AS date), :purpose) "
                       "RETURNING id"),
        {{QStringLiteral("room"), roomId},
         {QStringLiteral("teacher"), teacherId},
         {QStringLiteral("every"), every},
         {QStringLiteral("until"), until.toString(Qt::ISODate)},
         // A null QString binds as SQL NULL; the column is NOT NULL DEFAULT ''.
         {QStringLiteral("purpose"), purpose.isNull() ? QStringLiteral("") : purpose}});
    query.next();
    return query.value(0).toLongLong();
}

std::optional<SeriesStore::Row> SeriesStore::find(qint64 id) {
    QSqlQuery query = Database::exec(
        QStringLiteral("SELECT id, room_id, teacher_id, every, to_char(until_day, 'YYYY-MM-DD'), "
                       "purpose FROM series WHERE id = :id"),
        {{QStringLiteral("id"), id}});
    if (!query.next())
        return std::nullopt;
    Row row;
    row.id = query.value(0).toLongLong();
    row.roomId = query.value(1).toLongLong();
    row.teacherId = query.value(2).toLongLong();
    row.every = query.value(3).toString();
    row.until = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    row.purpose = query.value(5).toString();
    return row;
}

void SeriesStore::remove(qint64 id) {
    Database::exec(QStringLiteral("DELETE FROM series WHERE id = :id"),
                   {{QStringLiteral("id"), id}});
}

QList<qint64> SeriesStore::cancelFrom(qint64 seriesId, const QDateTime &from, qint64 canceledBy,
                                      const QString &reason) {
    QSqlQuery query = Database::exec(
        QStringLiteral("UPDATE bookings SET canceled_at = now(), canceled_by = :by, "
                       "cancel_reason = :reason WHERE series_id = :series AND canceled_at IS NULL "
                       "AND lower(during) >= CAST(:from AS timestamptz) RETURNING id"),
        {{QStringLiteral("series"), seriesId},
         {QStringLiteral("from"), SqlTime::toSql(from)},
         {QStringLiteral("by"),
          canceledBy > 0 ? QVariant(canceledBy) : QVariant(QMetaType::fromType<qint64>())},
         {QStringLiteral("reason"), reason}});
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}
