// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Interval.h"

#include <QList>
#include <optional>

// Free time of one room, for the alternatives offered to a teacher who lost a room.
class SlotStore {
public:
    // The index of the first interval (in the order given) in which the room has neither a live
    // booking nor a live lock, in one statement; nothing when all are taken.
    static std::optional<qsizetype> firstFree(qint64 roomId, const QList<Interval> &intervals);

    struct RoomSlot {
        qint64 roomId = 0;
        Interval interval;
    };
    // Whether every room is still active (and unrestricted, unless for an admin) and free of live
    // bookings and live locks in its interval, in one statement.
    static bool allFree(const QList<RoomSlot> &wanted, bool admin);
};
