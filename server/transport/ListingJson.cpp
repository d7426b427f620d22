// SPDX-License-Identifier: GPL-3.0-or-later

#include "ListingJson.h"

#include "Rfc3339.h"

#include <QHash>

namespace {
// Enough for the times of a long listing; past it the cache starts afresh.
constexpr qsizetype MaxCachedTimes = 8192;
} // namespace

const QByteArray &ListingJson::timeJson(const QDateTime &time) {
    // Per thread, so workers never wait for each other; the server's time zone is set before
    // any request runs and never changes.
    thread_local QHash<qint64, QByteArray> cache;
    const qint64 instant = time.toMSecsSinceEpoch();
    const auto found = cache.constFind(instant);
    if (found != cache.cend())
        return *found;
    if (cache.size() >= MaxCachedTimes)
        cache.clear();
    QByteArray text;
    JsonWriter::appendString(&text, Rfc3339::formatLocal(time));
    return *cache.insert(instant, text);
}

void ListingJson::writeBooking(JsonWriter &json, const Booking &booking) {
    json.beginObject();
    json.key("end").raw(timeJson(booking.interval.end()));
    json.key("id").value(booking.id);
    json.key("purpose").value(booking.purpose);
    json.key("roomId").value(booking.roomId);
    json.key("roomName").value(booking.roomName);
    json.key("seriesId");
    if (booking.seriesId > 0)
        json.value(booking.seriesId);
    else
        json.null();
    json.key("start").raw(timeJson(booking.interval.start()));
    json.key("teacherId").value(booking.teacherId);
    json.key("teacherName").value(booking.teacherName);
    json.endObject();
}

void ListingJson::writeRoom(JsonWriter &json, const Room &room, bool favourite,
                            const QString *lockedBy) {
    json.beginObject();
    json.key("building").value(room.building);
    json.key("capacity").value(room.capacity);
    json.key("favourite").value(favourite);
    json.key("features").beginArray();
    for (const QString &feature : room.features)
        json.value(feature);
    json.endArray();
    json.key("id").value(room.id);
    if (lockedBy) {
        json.key("lockedBy");
        if (lockedBy->isEmpty())
            json.null();
        else
            json.value(*lockedBy);
    }
    json.key("name").value(room.name);
    json.key("restricted").value(room.restricted);
    json.endObject();
}
