// SPDX-License-Identifier: GPL-3.0-or-later

#include "FavouriteStore.h"

#include "Database.h"

QList<qint64> FavouriteStore::list(qint64 teacherId) {
    QSqlQuery query = Database::exec(
        QStringLiteral(
            "SELECT room_id FROM favourite_rooms WHERE teacher_id = :teacher ORDER BY room_id"),
        {{QStringLiteral("teacher"), teacherId}});
    QList<qint64> roomIds;
    while (query.next())
        roomIds << query.value(0).toLongLong();
    return roomIds;
}

void FavouriteStore::set(qint64 teacherId, qint64 roomId, bool favourite) {
    const QVariantMap binds{{QStringLiteral("teacher"), teacherId},
                            {QStringLiteral("room"), roomId}};
    if (favourite)
        Database::exec(QStringLiteral("INSERT INTO favourite_rooms (teacher_id, room_id) "
                                      "VALUES (:teacher, :room) ON CONFLICT DO NOTHING"),
                       binds);
    else
        Database::exec(QStringLiteral("DELETE FROM favourite_rooms "
                                      "WHERE teacher_id = :teacher AND room_id = :room"),
                       binds);
}
