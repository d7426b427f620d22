// SPDX-License-Identifier: GPL-3.0-or-later

#include "LockService.h"

#include "EventHub.h"
#include "LockStore.h"
#include "Rfc3339.h"

#include <atomic>
#include <mutex>

namespace {
std::atomic<int> ttlSeconds{30};
std::mutex instanceMutex;
QString currentInstance;

LockInfo lockFrom(const LockStore::Row &row) {
    LockInfo lock;
    lock.id = row.id;
    lock.roomId = row.roomId;
    lock.roomName = row.roomName;
    lock.interval = row.interval;
    lock.teacherId = row.teacherId;
    lock.holderName = row.holderName;
    lock.expiresAt = row.expiresAt;
    return lock;
}

QList<LockInfo> locksFrom(const QList<LockStore::Row> &rows) {
    QList<LockInfo> locks;
    for (const LockStore::Row &row : rows)
        locks << lockFrom(row);
    return locks;
}
} // namespace

void LockService::setTimeToLive(int seconds) {
    ttlSeconds = seconds;
}

int LockService::timeToLive() {
    return ttlSeconds;
}

void LockService::setInstanceName(const QString &name) {
    std::lock_guard<std::mutex> locker(instanceMutex);
    currentInstance = name;
}

QString LockService::instanceName() {
    std::lock_guard<std::mutex> locker(instanceMutex);
    return currentInstance;
}

LockService::Acquired LockService::acquire(qint64 roomId, const Interval &interval,
                                           qint64 teacherId) {
    // An expired lock must not block anyone, even before the periodic cleanup has run; whoever
    // shows it as locked hears that it is gone, as from the cleanup.
    for (const LockInfo &expired : locksFrom(LockStore::removeExpired(roomId, interval)))
        announceUnlocked(expired);
    const QString instance = instanceName();
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (const std::optional<qint64> lockId =
                LockStore::insert(roomId, interval, teacherId, instance, timeToLive()))
            return {true, *lockId, {}};
        if (const std::optional<QString> name = holder(roomId, interval))
            return {false, 0, *name};
        // The holder released between our insert and our look-up: try again.
    }
    return {false, 0, QStringLiteral("another teacher")};
}

std::optional<LockInfo> LockService::release(qint64 lockId) {
    const std::optional<LockStore::Row> row = LockStore::remove(lockId);
    if (!row)
        return std::nullopt;
    const LockInfo lock = lockFrom(*row);
    announceUnlocked(lock);
    return lock;
}

bool LockService::discard(qint64 lockId) {
    return LockStore::remove(lockId).has_value();
}

std::optional<QString> LockService::holder(qint64 roomId, const Interval &interval) {
    return LockStore::holder(roomId, interval);
}

QList<LockInfo> LockService::cleanupExpired() {
    const QList<LockInfo> locks = locksFrom(LockStore::removeAllExpired());
    for (const LockInfo &lock : locks)
        announceUnlocked(lock);
    return locks;
}

QList<LockInfo> LockService::list() {
    return locksFrom(LockStore::listLive());
}

QList<LockInfo> LockService::list(const Interval &span) {
    return locksFrom(LockStore::listLive(span));
}

void LockService::announceUnlocked(const LockInfo &lock) {
    announceUnlocked(lock.roomId, lock.interval);
}

void LockService::announceUnlocked(qint64 roomId, const Interval &interval) {
    EventHub::publish(QStringLiteral("roomUnlocked"),
                      {{QStringLiteral("roomId"), roomId},
                       {QStringLiteral("start"), Rfc3339::formatLocal(interval.start())},
                       {QStringLiteral("end"), Rfc3339::formatLocal(interval.end())}});
}
