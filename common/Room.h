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

    QJsonObject toJson() const;
    static Room fromJson(const QJsonObject &json);
};
