// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Interval.h"
#include "LockInfo.h"

#include <QList>
#include <QString>
#include <optional>

// Locks are rows in PostgreSQL with an expiry, so every server instance on one database agrees.
// A lock conflicts with any live lock on the same room whose interval overlaps.
class LockService {
public:
    struct Acquired {
        bool granted = false;
        qint64 lockId = 0;
        QString holder; // set when denied
    };

    static void setTimeToLive(int seconds);
    static int timeToLive();
    static void setInstanceName(const QString &name);
    // Written into each lock row, so that the console can tell which instance holds it.
    static QString instanceName();

    static Acquired acquire(qint64 roomId, const Interval &interval, qint64 teacherId);
    // Returns the released lock, or nothing when it had already gone. Every release, like every
    // expiry swept by cleanupExpired(), is announced to all clients as roomUnlocked.
    static std::optional<LockInfo> release(qint64 lockId);
    // Removes the lock without announcing it (a lock nobody was told about); returns whether it
    // was still there.
    static bool discard(qint64 lockId);
    // Tells every client that the lock on the room for the interval is gone.
    static void announceUnlocked(qint64 roomId, const Interval &interval);
    static std::optional<QString> holder(qint64 roomId, const Interval &interval);
    // Removes expired locks and returns them.
    static QList<LockInfo> cleanupExpired();
    static QList<LockInfo> list();
    // Live locks overlapping the span, by start then room.
    static QList<LockInfo> list(const Interval &span);

private:
    static void announceUnlocked(const LockInfo &lock);
};
