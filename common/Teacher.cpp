// SPDX-License-Identifier: GPL-3.0-or-later

#include "Teacher.h"

#include <QRegularExpression>

bool Teacher::isValidRole(const QString &role) {
    return role == QLatin1String("teacher") || role == QLatin1String("admin");
}

bool Teacher::isValidUsername(const QString &username) {
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9._@-]+$"));
    return shape.match(username).hasMatch();
}

QJsonObject Teacher::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("username"), username},
            {QStringLiteral("name"), name},
            {QStringLiteral("role"), role}};
}

Teacher Teacher::fromJson(const QJsonObject &json) {
    Teacher teacher;
    teacher.id = json.value(QStringLiteral("id")).toInteger();
    teacher.username = json.value(QStringLiteral("username")).toString();
    teacher.name = json.value(QStringLiteral("name")).toString();
    teacher.role = json.value(QStringLiteral("role")).toString(QStringLiteral("teacher"));
    return teacher;
}
