// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Interval.h"

#include <QJsonObject>
#include <QString>

class Booking {
public:
    qint64 id = 0;
    qint64 roomId = 0;
    QString roomName;
    qint64 teacherId = 0;
    QString teacherName;
    Interval interval;
    QString purpose;
    qint64 seriesId = 0; // 0: a single booking ("seriesId": null on the wire)

    QJsonObject toJson() const;
    static Booking fromJson(const QJsonObject &json);
};
