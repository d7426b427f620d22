// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Booking.h"
#include "JsonWriter.h"
#include "Room.h"

#include <QList>

// The bookings and rooms of listing replies, written as JSON text (JsonWriter): the same members
// and values as Booking::toJson, Room::toJson and FreeRoom::toJson, in the same (sorted) order.
class ListingJson {
public:
    static void writeBooking(JsonWriter &json, const Booking &booking);
    // lockedBy: the search's holder of a lock on the room ("lockedBy": null when empty); without
    // it (nullptr), no lockedBy member, as in listRooms.
    static void writeRoom(JsonWriter &json, const Room &room, bool favourite,
                          const QString *lockedBy = nullptr);
    // The start or end of a booking as Rfc3339::formatLocal writes it, as a JSON string. A
    // day's listing has thousands of bookings but a few dozen distinct times: each is formatted
    // once per worker thread.
    static const QByteArray &timeJson(const QDateTime &time);
};
