// SPDX-License-Identifier: GPL-3.0-or-later

#include "SchoolDay.h"

QJsonObject SchoolDay::toJson() const {
    QJsonObject json{{QStringLiteral("date"), date.toString(Qt::ISODate)},
                     {QStringLiteral("open"), open},
                     {QStringLiteral("term"), term.isEmpty() ? QJsonValue() : QJsonValue(term)},
                     {QStringLiteral("week"), week.isEmpty() ? QJsonValue() : QJsonValue(week)}};
    if (!open)
        json.insert(QStringLiteral("reason"), reason);
    return json;
}

SchoolDay SchoolDay::fromJson(const QJsonObject &json) {
    SchoolDay day;
    day.date = QDate::fromString(json.value(QStringLiteral("date")).toString(), Qt::ISODate);
    day.open = json.value(QStringLiteral("open")).toBool(true);
    day.reason = json.value(QStringLiteral("reason")).toString();
    day.term = json.value(QStringLiteral("term")).toString();
    day.week = json.value(QStringLiteral("week")).toString();
    return day;
}
