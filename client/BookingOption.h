// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Interval.h"
#include "Rfc3339.h"
#include "Room.h"

#include <QJsonObject>

// Something the teacher could book instead after losing a room: another room at the same
// time, or the same room at another time (an entry of a 409 reply's "alternatives").
struct BookingOption {
    Room room;
    Interval interval;

    static BookingOption fromJson(const QJsonObject &json) {
        BookingOption option;
        const QJsonValue room = json.value(QStringLiteral("room"));
        if (room.isObject())
            option.room = Room::fromJson(room.toObject());
        else
            option.room.id = room.toInteger();
        option.interval = Interval(Rfc3339::parse(json.value(QStringLiteral("start")).toString()),
                                   Rfc3339::parse(json.value(QStringLiteral("end")).toString()));
        return option;
    }
};
