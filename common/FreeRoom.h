// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Room.h"

#include <QJsonObject>
#include <QString>

// A room of a searchRooms result: free for the interval, with the name of whoever is booking
// it right now (empty when nobody; "lockedBy": null on the wire).
struct FreeRoom {
    Room room;
    QString lockedBy;

    QJsonObject toJson() const;
    static FreeRoom fromJson(const QJsonObject &json);
};
