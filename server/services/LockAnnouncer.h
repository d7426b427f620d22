// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Interval.h"

#include <QString>
#include <memory>

// roomLocked for a confirmation's lock only once it has been held for a while. Most locks live a
// few milliseconds, and a pair of events to every connection for each of them cost more than the
// booking itself; a lock still held after the delay (a confirmation waiting on the database) is
// announced as before, and its release then as roomUnlocked by the caller. listLocks and the
// lockedBy of searchRooms show every live lock regardless.
class LockAnnouncer {
public:
    class Watch;

    // How long a lock is held unannounced, in ms; 0 announces at once. Default 150 ms.
    static void setDelay(int milliseconds);
    static int delay();

    // Starts watching a lock the caller has just taken.
    static std::shared_ptr<Watch> watch(qint64 roomId, const Interval &interval,
                                        const QString &holder);
    // The lock is gone (or about to go): no roomLocked from now on. Returns whether roomLocked
    // went out, in which case the caller announces roomUnlocked; an announcement under way is
    // waited for, so that roomUnlocked always follows it.
    static bool finish(const std::shared_ptr<Watch> &watch);
};
