// SPDX-License-Identifier: GPL-3.0-or-later

#include "LockStore.h"

#include "Database.h"
#include "SqlTime.h"

namespace {
const QString LockColumns = QStringLiteral("l.id, l.room_id, r.name, %1, %2, l.teacher_id, t.name, "
                                           "(extract(epoch FROM l.expires_at) * 1000)::bigint")
                                .arg(SqlTime::lowerMs(QStringLiteral("l.during")),
                                     SqlTime::upperMs(QStringLiteral("l.during")));
const QString LockJoins =
    QStringLiteral("JOIN rooms r ON r.id = l.room_id JOIN teachers t ON t.id = l.teacher_id");

LockStore::Row lockFrom(const QSqlQuery &query) {
    LockStore::Row lock;
    lock.id = query.value(0).toLongLong();
    lock.roomId = query.value(1).toLongLong();
    lock.roomName = query.value(2).toString();
    lock.interval = Interval(SqlTime::fromMs(query.value(3)), SqlTime::fromMs(query.value(4)));
    lock.teacherId = query.value(5).toLongLong();
    lock.holderName = query.value(6).toString();
    lock.expiresAt = SqlTime::fromMs(query.value(7));
    return lock;
}

QList<LockStore::Row> locksFrom(QSqlQuery &query) {
    QList<LockStore::Row> locks;
    while (query.next())
        locks << lockFrom(query);
    return locks;
}

QVariantMap rangeBinds(qint64 roomId, const Interval &interval) {
    return {{QStringLiteral("room"), roomId},
            {QStringLiteral("start"), SqlTime::toSql(interval.start())},
            {QStringLiteral("end"), SqlTime::toSql(interval.end())}};
}
} // namespace

LockStore::Taken LockStore::takeForBooking(const TakeRequest &request) {
    QVariantMap binds = rangeBinds(request.roomId, request.interval);
    binds.insert(QStringLiteral("version"), request.configVersion);
    binds.insert(QStringLiteral("teacher"), request.teacherId);
    binds.insert(QStringLiteral("admin"), request.admin);
    binds.insert(QStringLiteral("tooFar"), request.tooFarAhead);
    binds.insert(QStringLiteral("maxActive"), request.maxActiveBookings);
    binds.insert(QStringLiteral("now"), SqlTime::toSql(request.now));
    binds.insert(QStringLiteral("ttl"), request.ttlSeconds);
    binds.insert(QStringLiteral("instance"),
                 request.instance.isNull() ? QStringLiteral("") : request.instance);
    QSqlQuery query = Database::exec(
        QStringLiteral("SELECT status, lock_id, holder, room_name, teacher_name, "
                       "array_to_string(expired_starts, ','), array_to_string(expired_ends, ',') "
                       "FROM roomclaim_take_lock(CAST(:version AS bigint), CAST(:room AS bigint), "
                       "CAST(:teacher AS bigint), CAST(:admin AS boolean), "
                       "CAST(:tooFar AS boolean), CAST(:maxActive AS integer), "
                       "CAST(:now AS timestamptz), CAST(:start AS timestamptz), "
                       "CAST(:end AS timestamptz), CAST(:instance AS text), "
                       "CAST(:ttl AS integer))"),
        binds);
    Taken taken;
    if (!query.next())
        return taken;
    taken.status = query.value(0).toString();
    taken.lockId = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
    taken.holder = query.value(2).toString();
    taken.roomName = query.value(3).toString();
    taken.teacherName = query.value(4).toString();
    const QStringList starts =
        query.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList ends = query.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < starts.size() && i < ends.size(); ++i)
        taken.expired << Interval(SqlTime::fromMs(starts.at(i)), SqlTime::fromMs(ends.at(i)));
    return taken;
}

QList<LockStore::Row> LockStore::removeExpired(qint64 roomId, const Interval &interval) {
    QSqlQuery query = Database::exec(
        QStringLiteral("WITH gone AS (DELETE FROM locks WHERE room_id = :room AND expires_at <= "
                       "now() AND during && %1 RETURNING *) SELECT %2 FROM gone l %3")
            .arg(SqlTime::range(), LockColumns, LockJoins),
        rangeBinds(roomId, interval));
    return locksFrom(query);
}

std::optional<qint64> LockStore::insert(qint64 roomId, const Interval &interval, qint64 teacherId,
                                        const QString &instance, int ttlSeconds) {
    QVariantMap binds = rangeBinds(roomId, interval);
    binds.insert(QStringLiteral("teacher"), teacherId);
    binds.insert(QStringLiteral("ttl"), ttlSeconds);
    // Never NULL (a NOT NULL column), also for callers that never named the instance.
    binds.insert(QStringLiteral("instance"), instance.isNull() ? QStringLiteral("") : instance);
    QSqlQuery query = Database::exec(
        QStringLiteral(
            "INSERT INTO locks (room_id, during, teacher_id, instance, expires_at) "
            "VALUES (:room, %1, :teacher, :instance, now() + make_interval(secs => :ttl)) "
            "ON CONFLICT DO NOTHING RETURNING id")
            .arg(SqlTime::range()),
        binds);
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<LockStore::Row> LockStore::remove(qint64 lockId) {
    QSqlQuery query =
        Database::exec(QStringLiteral("WITH gone AS (DELETE FROM locks WHERE id = :id RETURNING *) "
                                      "SELECT %1 FROM gone l %2")
                           .arg(LockColumns, LockJoins),
                       {{QStringLiteral("id"), lockId}});
    if (!query.next())
        return std::nullopt;
    return lockFrom(query);
}

std::optional<QString> LockStore::holder(qint64 roomId, const Interval &interval) {
    QSqlQuery query = Database::exec(
        QStringLiteral(
            "SELECT t.name FROM locks l JOIN teachers t ON t.id = l.teacher_id "
            "WHERE l.room_id = :room AND l.during && %1 AND l.expires_at > now() LIMIT 1")
            .arg(SqlTime::range()),
        rangeBinds(roomId, interval));
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

QList<LockStore::Row> LockStore::removeAllExpired() {
    QSqlQuery query = Database::exec(
        QStringLiteral("WITH gone AS (DELETE FROM locks WHERE expires_at <= now() RETURNING *) "
                       "SELECT %1 FROM gone l %2")
            .arg(LockColumns, LockJoins));
    return locksFrom(query);
}

QList<LockStore::Row> LockStore::listLive() {
    QSqlQuery query = Database::exec(
        QStringLiteral("SELECT %1 FROM locks l %2 WHERE l.expires_at > now() ORDER BY l.expires_at")
            .arg(LockColumns, LockJoins));
    return locksFrom(query);
}

QList<LockStore::Row> LockStore::listLive(const Interval &span) {
    QSqlQuery query = Database::exec(
        QStringLiteral("SELECT %1 FROM locks l %2 WHERE l.expires_at > now() AND l.during && %3 "
                       "ORDER BY lower(l.during), l.room_id")
            .arg(LockColumns, LockJoins, SqlTime::range()),
        {{QStringLiteral("start"), SqlTime::toSql(span.start())},
         {QStringLiteral("end"), SqlTime::toSql(span.end())}});
    return locksFrom(query);
}
