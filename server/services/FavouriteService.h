// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>

// Each teacher's favourite rooms, stored on the server so they follow the teacher to any PC.
class FavouriteService {
public:
    // The teacher's favourite room ids, ascending.
    static QList<qint64> favourites(qint64 teacherId);
    // Marks or unmarks a room and returns the favourites afterwards. Throws ProtocolError 404
    // ROOM_NOT_FOUND for an unknown room (or, when marking, a deactivated one).
    static QList<qint64> setFavourite(qint64 teacherId, qint64 roomId, bool favourite);
};
