// SPDX-License-Identifier: GPL-3.0-or-later

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
    // What roomclaim_take_lock (migration 006) answered; see there for each status.
    struct Taken {
        QString status;
        qint64 lockId = 0;
        QString holder;
        QString roomName;
        QString teacherName;
        QList<Interval> expired; // expired locks on the room removed on the way
    };
    // What the booking flow needs done before the booking itself, in one statement committed on
    // its own: the room, the rules the database must count, the lock, the teacher.
    struct TakeRequest {
        qint64 configVersion = -1; // -1: not checked
        qint64 roomId = 0;
        qint64 teacherId = 0;
        bool admin = false;
        bool tooFarAhead = false;
        int maxActiveBookings = 0; // 0: no limit
        QDateTime now;
        Interval interval;
        QString instance;
        int ttlSeconds = 30;
    };
    static Taken takeForBooking(const TakeRequest &request);

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
