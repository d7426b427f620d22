// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Booking.h"
#include "FreeRoom.h"
#include "Interval.h"
#include "Period.h"
#include "Room.h"
#include "Teacher.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <optional>

// What the network and the console read: rooms, teachers, the bell schedule and bookings, so
// that neither reaches into storage. Failures throw DatabaseError.
class SchoolDirectory {
public:
    static QList<Room> rooms(bool includeInactive = false);
    // Active rooms free for the whole interval, best fit first.
    static QList<FreeRoom> searchFreeRooms(const Interval &interval, int minCapacity,
                                           const QStringList &features);
    static QList<Teacher> teachers(bool includeInactive = true);
    static QList<Period> periods();
    // Live bookings overlapping [from, to), optionally of one teacher or room, ordered by start.
    // With afterId and limit, one page of them (see BookingStore::list).
    static QList<Booking> bookings(const QDateTime &from, const QDateTime &to,
                                   std::optional<qint64> teacherId = std::nullopt,
                                   std::optional<qint64> roomId = std::nullopt,
                                   std::optional<qint64> afterId = std::nullopt, int limit = 0);
    // Room features as stored: trimmed, lower case, without duplicates, sorted.
    static QStringList normaliseFeatures(const QStringList &features);
    // Where the database is, for people (without the password).
    static QString databaseLocation();
};
