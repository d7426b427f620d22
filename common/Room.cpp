// SPDX-License-Identifier: GPL-3.0-or-later

#include "Room.h"

#include <QJsonArray>

QJsonObject Room::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("building"), building},
            {QStringLiteral("capacity"), capacity},
            {QStringLiteral("features"), QJsonArray::fromStringList(features)},
            {QStringLiteral("restricted"), restricted}};
}

Room Room::fromJson(const QJsonObject &json) {
    Room room;
    room.id = json.value(QStringLiteral("id")).toInteger();
    room.name = json.value(QStringLiteral("name")).toString();
    room.building = json.value(QStringLiteral("building")).toString();
    room.capacity = json.value(QStringLiteral("capacity")).toInt();
    for (const QJsonValue &feature : json.value(QStringLiteral("features")).toArray())
        room.features << feature.toString();
    room.active = json.value(QStringLiteral("active")).toBool(true);
    room.restricted = json.value(QStringLiteral("restricted")).toBool(false);
    return room;
}
