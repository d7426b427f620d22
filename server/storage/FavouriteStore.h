// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>

// The favourite_rooms table: each teacher's favourite rooms.
class FavouriteStore {
public:
    // The teacher's favourite room ids, ascending.
    static QList<qint64> list(qint64 teacherId);
    // Adds or removes one favourite; either is a no-op when already so.
    static void set(qint64 teacherId, qint64 roomId, bool favourite);
};
