// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QString>

class Teacher {
public:
    qint64 id = 0;
    QString username;
    QString name;
    QString email;
    QString role = QStringLiteral("teacher");
    bool active = true;

    bool isAdmin() const { return role == QLatin1String("admin"); }
    static bool isValidRole(const QString &role);
    // Letters, digits and . _ - @ only: usernames are typed at login and appear in CSV files.
    static bool isValidUsername(const QString &username);
    QJsonObject toJson() const;
    static Teacher fromJson(const QJsonObject &json);
};
