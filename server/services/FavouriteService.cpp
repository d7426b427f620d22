// SPDX-License-Identifier: GPL-3.0-or-later

#include "FavouriteService.h"

#include "ErrorCodes.h"
#include "FavouriteStore.h"
#include "ProtocolError.h"
#include "RoomStore.h"

QList<qint64> FavouriteService::favourites(qint64 teacherId) {
    return FavouriteStore::list(teacherId);
}

QList<qint64> FavouriteService::setFavourite(qint64 teacherId, qint64 roomId, bool favourite) {
    const std::optional<Room> room = RoomStore::find(roomId);
    // A deactivated room can still leave the favourites, but not join them.
    if (!room || (favourite && !room->active))
        throw ProtocolError(404, QString(ErrorCodes::RoomNotFound),
                            QStringLiteral("Room %1 does not exist").arg(roomId));
    FavouriteStore::set(teacherId, roomId, favourite);
    return FavouriteStore::list(teacherId);
}
