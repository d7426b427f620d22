// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QTime>

// One lesson slot of the school day's bell schedule.
class Period {
public:
    qint64 id = 0;
    int weekday = 0; // 1 (Monday) to 7 (Sunday), as QDate::dayOfWeek(); 0 when not tied to a day
    QString name;
    QTime start;
    QTime end;

    bool isValid() const {
        return !name.trimmed().isEmpty() && start.isValid() && end.isValid() && start < end;
    }
    // As the protocol sends it: start and end as RFC 3339 times on the given date (local time).
    QJsonObject toJson(const QDate &date) const;
};
