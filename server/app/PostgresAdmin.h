// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// Statements run on the local PostgreSQL as a role that may create roles and databases, through
// psql: by default over the local socket as the operating-system user postgres (peer
// authentication, as Debian sets it up; through runuser when root), or as given by a URL
// (--pg-admin). psql rather than QPSQL because only it can act as another operating-system user.
class PostgresAdmin {
public:
    // superuserUrl: postgresql://user[:password]@host[:port][/database]; empty: the local socket.
    explicit PostgresAdmin(const QString &superuserUrl);

    // Reaches PostgreSQL and checks that the role may create roles and databases; false with
    // error() set otherwise.
    bool connect();
    // E.g. "postgres on the local socket", for the output.
    QString description() const;
    // Where the server itself reaches the same PostgreSQL over TCP (with the role's password).
    QString serverHost() const { return m_serverHost; }
    int port() const { return m_port; }
    // "15.18", known after connect().
    const QString &serverVersion() const { return m_serverVersion; }

    // The first column of the first row (an empty string for no row); nothing on failure.
    std::optional<QString> value(const QString &sql, const QString &database = {});
    bool exec(const QString &sql, const QString &database = {});
    const QString &error() const { return m_error; }

    // A string literal for SQL (standard_conforming_strings is on in every script).
    static QString literal(const QString &text);

private:
    std::optional<QString> run(const QString &sql, const QString &database);

    bool m_local = true;
    QString m_host;
    QString m_user;
    QString m_password;
    QString m_database = QStringLiteral("postgres");
    QString m_serverHost = QStringLiteral("localhost");
    int m_port = 5432;
    QString m_runAs;
    QString m_serverVersion;
    QString m_error;
};
