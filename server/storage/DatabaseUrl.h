// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// postgresql://user[:password]@host[:port]/dbname
class DatabaseUrl {
public:
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;

    bool isValid() const { return !databaseName.isEmpty() && !host.isEmpty(); }
    // Returns an invalid url and sets *error when text is not a PostgreSQL URL.
    static DatabaseUrl parse(const QString &text, QString *error);
    QString toDisplayString() const; // without the password
};
