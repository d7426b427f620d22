// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "FreeRoom.h"

#include "Interval.h"
#include "Room.h"

#include <QList>
#include <optional>

class RoomStore {
public:
    static QList<Room> list(bool includeInactive = false);
    static std::optional<Room> find(qint64 id);
    static std::optional<Room> findByName(const QString &name);
    // Active rooms free for the whole interval, best fit first.
    static QList<FreeRoom> searchFree(const Interval &interval, int minCapacity,
                                      const QStringList &features);
    // Inserts or updates by name; returns the stored room.
    static Room upsert(const Room &room);
    static Room update(const Room &room);
    static bool setActive(qint64 id, bool active);
    // Restricted rooms only admins may book.
    static bool setRestricted(qint64 id, bool restricted);
    static QStringList normaliseFeatures(const QStringList &features);
};
