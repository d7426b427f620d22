// SPDX-License-Identifier: GPL-3.0-or-later

#include "FreeRoom.h"

QJsonObject FreeRoom::toJson() const {
    QJsonObject json = room.toJson();
    json.insert(QStringLiteral("lockedBy"),
                lockedBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(lockedBy));
    return json;
}

FreeRoom FreeRoom::fromJson(const QJsonObject &json) {
    return {Room::fromJson(json), json.value(QStringLiteral("lockedBy")).toString()};
}
