// SPDX-License-Identifier: GPL-3.0-or-later

#include "Booking.h"

#include "Rfc3339.h"

QJsonObject Booking::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("roomId"), roomId},
            {QStringLiteral("roomName"), roomName},
            {QStringLiteral("teacherId"), teacherId},
            {QStringLiteral("teacherName"), teacherName},
            {QStringLiteral("start"), Rfc3339::formatLocal(interval.start())},
            {QStringLiteral("end"), Rfc3339::formatLocal(interval.end())},
            {QStringLiteral("purpose"), purpose},
            {QStringLiteral("seriesId"), seriesId > 0 ? QJsonValue(seriesId) : QJsonValue()}};
}

Booking Booking::fromJson(const QJsonObject &json) {
    Booking booking;
    booking.id = json.value(QStringLiteral("id")).toInteger();
    booking.roomId = json.value(QStringLiteral("roomId")).toInteger();
    booking.roomName = json.value(QStringLiteral("roomName")).toString();
    booking.teacherId = json.value(QStringLiteral("teacherId")).toInteger();
    booking.teacherName = json.value(QStringLiteral("teacherName")).toString();
    booking.interval = Interval(Rfc3339::parse(json.value(QStringLiteral("start")).toString()),
                                Rfc3339::parse(json.value(QStringLiteral("end")).toString()));
    booking.purpose = json.value(QStringLiteral("purpose")).toString();
    booking.seriesId = json.value(QStringLiteral("seriesId")).toInteger();
    return booking;
}
