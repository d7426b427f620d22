#pragma once

#include "Interval.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// The locks table: one row per confirmation in flight, with an expiry. An exclusion constraint
// keeps live locks on one room from overlapping.
class LockStore {
public:
    struct Row {
        qint64 id = 0;
        qint64 roomId = 0;
        QString roomName;
        Interval interval;
        qint64 teacherId = 0;
        QString holderName;
        QDateTime expiresAt;
    };

    // Deletes the expired locks on the room that overlap the interval; returns them.
    static QList<Row> removeExpired(qint64 roomId, const Interval &interval);
    // Inserts a lock expiring ttlSeconds from now; returns its id, or nothing when a live
    // overlapping lock exists (concurrent inserts wait for each other; the loser gets nothing).
    static std::optional<qint64> insert(qint64 roomId, const Interval &interval, qint64 teacherId,
                                        const QString &instance, int ttlSeconds);
    // Deletes the lock and returns it, or nothing when it had already gone.
    static std::optional<Row> remove(qint64 lockId);
    // The name of the teacher holding a live lock on the room overlapping the interval.
    static std::optional<QString> holder(qint64 roomId, const Interval &interval);
    // Deletes every expired lock and returns them.
    static QList<Row> removeAllExpired();
    // Live locks, soonest expiry first.
    static QList<Row> listLive();
    // Live locks overlapping the span, by start then room.
    static QList<Row> listLive(const Interval &span);
};
