#include "LockService.h"

#include "Database.h"
#include "EventHub.h"
#include "Rfc3339.h"
#include "SqlTime.h"

#include <QMutex>
#include <atomic>

namespace {
std::atomic<int> ttlSeconds{30};
QMutex instanceMutex;
QString instanceName;

const QString LockColumns = QStringLiteral("l.id, l.room_id, r.name, %1, %2, l.teacher_id, t.name, "
                                           "(extract(epoch FROM l.expires_at) * 1000)::bigint")
                                .arg(SqlTime::lowerMs(QStringLiteral("l.during")),
                                     SqlTime::upperMs(QStringLiteral("l.during")));
const QString LockJoins =
    QStringLiteral("JOIN rooms r ON r.id = l.room_id JOIN teachers t ON t.id = l.teacher_id");

LockInfo lockFrom(const QSqlQuery &query) {
    LockInfo lock;
    lock.id = query.value(0).toLongLong();
    lock.roomId = query.value(1).toLongLong();
    lock.roomName = query.value(2).toString();
    lock.interval = Interval(SqlTime::fromMs(query.value(3)), SqlTime::fromMs(query.value(4)));
    lock.teacherId = query.value(5).toLongLong();
    lock.holderName = query.value(6).toString();
    lock.expiresAt = SqlTime::fromMs(query.value(7));
    return lock;
}

QVariantMap rangeBinds(qint64 roomId, const Interval &interval) {
    return {{QStringLiteral("room"), roomId},
            {QStringLiteral("start"), SqlTime::toSql(interval.start())},
            {QStringLiteral("end"), SqlTime::toSql(interval.end())}};
}
} // namespace

void LockService::setTimeToLive(int seconds) {
    ttlSeconds = seconds;
}

int LockService::timeToLive() {
    return ttlSeconds;
}

void LockService::setInstanceName(const QString &name) {
    QMutexLocker locker(&instanceMutex);
    instanceName = name;
}

LockService::Acquired LockService::acquire(qint64 roomId, const Interval &interval,
                                           qint64 teacherId) {
    QVariantMap binds = rangeBinds(roomId, interval);
    // An expired lock must not block anyone, even before the periodic cleanup has run.
    Database::exec(QStringLiteral("DELETE FROM locks WHERE room_id = :room AND expires_at <= now() "
                                  "AND during && %1")
                       .arg(SqlTime::range()),
                   binds);
    binds.insert(QStringLiteral("teacher"), teacherId);
    binds.insert(QStringLiteral("ttl"), timeToLive());
    {
        QMutexLocker locker(&instanceMutex);
        // Never NULL (a NOT NULL column), also for callers that never named the instance.
        binds.insert(QStringLiteral("instance"),
                     instanceName.isNull() ? QStringLiteral("") : instanceName);
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        // The exclusion constraint makes concurrent inserts of overlapping locks wait for each
        // other; the loser inserts nothing.
        QSqlQuery insert = Database::exec(
            QStringLiteral(
                "INSERT INTO locks (room_id, during, teacher_id, instance, expires_at) "
                "VALUES (:room, %1, :teacher, :instance, now() + make_interval(secs => :ttl)) "
                "ON CONFLICT DO NOTHING RETURNING id")
                .arg(SqlTime::range()),
            binds);
        if (insert.next())
            return {true, insert.value(0).toLongLong(), {}};
        if (const std::optional<QString> name = holder(roomId, interval))
            return {false, 0, *name};
        // The holder released between our insert and our look-up: try again.
    }
    return {false, 0, QStringLiteral("another teacher")};
}

std::optional<LockInfo> LockService::release(qint64 lockId) {
    QSqlQuery query =
        Database::exec(QStringLiteral("WITH gone AS (DELETE FROM locks WHERE id = :id RETURNING *) "
                                      "SELECT %1 FROM gone l %2")
                           .arg(LockColumns, LockJoins),
                       {{QStringLiteral("id"), lockId}});
    if (!query.next())
        return std::nullopt;
    const LockInfo lock = lockFrom(query);
    announceUnlocked(lock);
    return lock;
}

std::optional<QString> LockService::holder(qint64 roomId, const Interval &interval) {
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

QList<LockInfo> LockService::cleanupExpired() {
    QSqlQuery query = Database::exec(
        QStringLiteral("WITH gone AS (DELETE FROM locks WHERE expires_at <= now() RETURNING *) "
                       "SELECT %1 FROM gone l %2")
            .arg(LockColumns, LockJoins));
    QList<LockInfo> locks;
    while (query.next())
        locks << lockFrom(query);
    for (const LockInfo &lock : std::as_const(locks))
        announceUnlocked(lock);
    return locks;
}

QList<LockInfo> LockService::list() {
    QSqlQuery query = Database::exec(
        QStringLiteral("SELECT %1 FROM locks l %2 WHERE l.expires_at > now() ORDER BY l.expires_at")
            .arg(LockColumns, LockJoins));
    QList<LockInfo> locks;
    while (query.next())
        locks << lockFrom(query);
    return locks;
}

void LockService::announceUnlocked(const LockInfo &lock) {
    EventHub::publish(QStringLiteral("roomUnlocked"),
                      {{QStringLiteral("roomId"), lock.roomId},
                       {QStringLiteral("start"), Rfc3339::formatLocal(lock.interval.start())},
                       {QStringLiteral("end"), Rfc3339::formatLocal(lock.interval.end())}});
}
