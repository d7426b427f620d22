// SPDX-License-Identifier: GPL-3.0-or-later

#include "RoomStore.h"

#include "BookingStore.h"
#include "Database.h"
#include "ErrorCodes.h"
#include "ProtocolError.h"
#include "SqlTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>
#include <algorithm>

namespace {
const QString Columns = QStringLiteral("r.id, r.name, r.building, r.capacity, "
                                       "array_to_json(r.features)::text, r.active, r.restricted");

Room roomFrom(const QSqlQuery &query) {
    Room room;
    room.id = query.value(0).toLongLong();
    room.name = query.value(1).toString();
    room.building = query.value(2).toString();
    room.capacity = query.value(3).toInt();
    for (const QJsonValue &feature : QJsonDocument::fromJson(query.value(4).toByteArray()).array())
        room.features << feature.toString();
    room.active = query.value(5).toBool();
    room.restricted = query.value(6).toBool();
    return room;
}

QString featuresLiteral(const QStringList &features) {
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(features)).toJson(QJsonDocument::Compact));
}

QVariantMap roomBinds(const Room &room) {
    return {
        {QStringLiteral("name"), room.name.trimmed()},
        // A null QString binds as SQL NULL; an absent building is stored as '' (NOT NULL column).
        {QStringLiteral("building"),
         room.building.isNull() ? QStringLiteral("") : room.building.trimmed()},
        {QStringLiteral("capacity"), room.capacity},
        {QStringLiteral("features"), featuresLiteral(RoomStore::normaliseFeatures(room.features))},
        {QStringLiteral("restricted"), room.restricted}};
}

const QString FeaturesFromJson =
    QStringLiteral("ARRAY(SELECT json_array_elements_text(CAST(:features AS json)))");
} // namespace

QStringList RoomStore::normaliseFeatures(const QStringList &features) {
    QStringList result;
    for (const QString &feature : features) {
        const QString clean = feature.trimmed().toLower();
        if (!clean.isEmpty() && !result.contains(clean))
            result << clean;
    }
    result.sort();
    return result;
}

QList<Room> RoomStore::list(bool includeInactive) {
    QSqlQuery query = Database::exec(
        QStringLiteral("SELECT %1 FROM rooms r %2 ORDER BY r.name")
            .arg(Columns, includeInactive ? QString() : QStringLiteral("WHERE r.active")));
    QList<Room> rooms;
    while (query.next())
        rooms << roomFrom(query);
    return rooms;
}

std::optional<Room> RoomStore::find(qint64 id) {
    QSqlQuery query =
        Database::exec(QStringLiteral("SELECT %1 FROM rooms r WHERE r.id = :id").arg(Columns),
                       {{QStringLiteral("id"), id}});
    if (!query.next())
        return std::nullopt;
    return roomFrom(query);
}

std::optional<Room> RoomStore::findByName(const QString &name) {
    QSqlQuery query =
        Database::exec(QStringLiteral("SELECT %1 FROM rooms r WHERE r.name = :name").arg(Columns),
                       {{QStringLiteral("name"), name.trimmed()}});
    if (!query.next())
        return std::nullopt;
    return roomFrom(query);
}

QList<FreeRoom> RoomStore::searchFree(const Interval &interval, int minCapacity,
                                      const QStringList &features) {
    // The rooms booked in the interval are found once, by time over every room (the index of
    // migration 007), and the rooms checked against that set (a hashed NOT IN). Asked room by
    // room instead (NOT EXISTS), the planner walked the exclusion constraint's index once per
    // room: 2,000 probes of about ten pages each, half a second on 1,000,000 bookings.
    // The locks in the interval are read once too (a handful at most) and joined, rather than
    // looked up for every free room (1,000 probes of the locks and teachers: half the time).
    const QString sql =
        QStringLiteral(
            "WITH held AS (SELECT DISTINCT ON (l.room_id) l.room_id, t.name FROM locks l "
            "              JOIN teachers t ON t.id = l.teacher_id "
            "              WHERE l.during && %2 AND l.expires_at > now() "
            "              ORDER BY l.room_id, l.id) "
            "SELECT %1, h.name "
            "FROM rooms r LEFT JOIN held h ON h.room_id = r.id "
            "WHERE r.active AND r.capacity >= :min AND r.features @> %3 "
            "  AND r.id NOT IN (SELECT b.room_id FROM bookings b "
            "                   WHERE b.canceled_at IS NULL AND %4 && %2) "
            "ORDER BY r.capacity, cardinality(r.features), r.name")
            .arg(Columns, SqlTime::range(), FeaturesFromJson,
                 BookingStore::indexedTime(QStringLiteral("b")));
    QSqlQuery query = Database::exec(
        sql, {{QStringLiteral("start"), SqlTime::toSql(interval.start())},
              {QStringLiteral("end"), SqlTime::toSql(interval.end())},
              {QStringLiteral("min"), std::max(0, minCapacity)},
              {QStringLiteral("features"), featuresLiteral(normaliseFeatures(features))}});
    QList<FreeRoom> matches;
    while (query.next())
        matches << FreeRoom{roomFrom(query), query.value(7).toString()};
    return matches;
}

Room RoomStore::upsert(const Room &room) {
    QSqlQuery query = Database::exec(
        // A re-import by name keeps the room's restricted flag: the CSV does not carry it.
        QStringLiteral("INSERT INTO rooms AS r (name, building, capacity, features, restricted) "
                       "VALUES (:name, :building, :capacity, %1, :restricted) "
                       "ON CONFLICT (name) DO UPDATE SET building = EXCLUDED.building, "
                       "capacity = EXCLUDED.capacity, features = EXCLUDED.features, active = true "
                       "RETURNING %2")
            .arg(FeaturesFromJson, Columns),
        roomBinds(room));
    query.next();
    return roomFrom(query);
}

Room RoomStore::update(const Room &room) {
    QVariantMap binds = roomBinds(room);
    binds.insert(QStringLiteral("id"), room.id);
    binds.insert(QStringLiteral("active"), room.active);
    QSqlQuery query = Database::exec(
        QStringLiteral(
            "UPDATE rooms AS r SET name = :name, building = :building, capacity = :capacity, "
            "features = %1, active = :active, restricted = :restricted WHERE r.id = :id "
            "RETURNING %2")
            .arg(FeaturesFromJson, Columns),
        binds);
    if (!query.next())
        throw ProtocolError(404, QString(ErrorCodes::RoomNotFound),
                            QStringLiteral("Room %1 does not exist.").arg(room.id));
    return roomFrom(query);
}

bool RoomStore::setRestricted(qint64 id, bool restricted) {
    return Database::exec(
               QStringLiteral("UPDATE rooms SET restricted = :restricted WHERE id = :id"),
               {{QStringLiteral("id"), id}, {QStringLiteral("restricted"), restricted}})
               .numRowsAffected() > 0;
}

bool RoomStore::setActive(qint64 id, bool active) {
    QSqlQuery query =
        Database::exec(QStringLiteral("UPDATE rooms SET active = :active WHERE id = :id"),
                       {{QStringLiteral("id"), id}, {QStringLiteral("active"), active}});
    return query.numRowsAffected() > 0;
}
