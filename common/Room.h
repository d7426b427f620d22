// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

class Room {
public:
    qint64 id = 0;
    QString name;
    QString building;
    int capacity = 0;
    QStringList features;
    bool active = true;
    bool restricted = false; // only admins may book it (ROOM_RESTRICTED)

    QJsonObject toJson() const;
    static Room fromJson(const QJsonObject &json);
};
