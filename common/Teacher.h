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
    QJsonObject toJson() const;
    static Teacher fromJson(const QJsonObject &json);
};
