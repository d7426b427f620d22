// SPDX-License-Identifier: GPL-3.0-or-later

#include "PostgresAdmin.h"

#include "PostgresTools.h"

#include <QUrl>

#include <pwd.h>
#include <unistd.h>

namespace {
const QString LocalSuperuser = QStringLiteral("postgres");

bool runningAs(const QString &user) {
    const passwd *entry = getpwuid(geteuid());
    return entry && QString::fromLocal8Bit(entry->pw_name) == user;
}
} // namespace

PostgresAdmin::PostgresAdmin(const QString &superuserUrl) {
    if (superuserUrl.isEmpty()) {
        // psql itself honours PGHOST and PGPORT; the server is told the same port.
        bool ok = false;
        const int port = qEnvironmentVariable("PGPORT").toInt(&ok);
        if (ok && port > 0 && port < 65536)
            m_port = port;
        if (geteuid() == 0)
            m_runAs = LocalSuperuser;
        return;
    }
    const QUrl url(superuserUrl, QUrl::StrictMode);
    m_local = false;
    m_host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    m_serverHost = m_host;
    m_port = url.port(5432);
    m_user = url.userName();
    m_password = url.password();
    if (url.path().size() > 1)
        m_database = url.path().mid(1);
}

QString PostgresAdmin::description() const {
    if (m_local)
        return QStringLiteral("%1 on the local socket")
            .arg(m_runAs.isEmpty() ? QStringLiteral("this user") : m_runAs);
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(m_user.isEmpty() ? QStringLiteral("(this user)") : m_user, m_host)
        .arg(m_port)
        .arg(m_database);
}

bool PostgresAdmin::connect() {
    const std::optional<QString> version = value(QStringLiteral("SHOW server_version"));
    if (!version)
        return false;
    m_serverVersion = version->section(QLatin1Char(' '), 0, 0);
    const std::optional<QString> allowed =
        value(QStringLiteral("SELECT rolsuper OR (rolcreaterole AND rolcreatedb) FROM pg_roles "
                             "WHERE rolname = current_user"));
    if (!allowed)
        return false;
    if (*allowed != QLatin1String("t")) {
        m_error = QStringLiteral("the PostgreSQL role of %1 may not create roles and databases; "
                                 "run the set-up as root, or give --pg-admin a superuser's URL")
                      .arg(description());
        return false;
    }
    return true;
}

QString PostgresAdmin::literal(const QString &text) {
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

std::optional<QString> PostgresAdmin::value(const QString &sql, const QString &database) {
    return run(sql, database);
}

bool PostgresAdmin::exec(const QString &sql, const QString &database) {
    return run(sql, database).has_value();
}

std::optional<QString> PostgresAdmin::run(const QString &sql, const QString &database) {
    QStringList arguments{QStringLiteral("-X"), QStringLiteral("-q"),
                          QStringLiteral("-A"), QStringLiteral("-t"),
                          QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1")};
    if (!m_local) {
        arguments << QStringLiteral("-h") << m_host << QStringLiteral("-p")
                  << QString::number(m_port);
        if (!m_user.isEmpty())
            arguments << QStringLiteral("-U") << m_user;
    }
    arguments << QStringLiteral("-d") << (database.isEmpty() ? m_database : database);
    // On standard input, never on the command line: a password in it stays out of `ps`.
    const QByteArray script =
        QByteArrayLiteral("SET standard_conforming_strings = on;\nSET client_min_messages = "
                          "warning;\n") +
        sql.toUtf8() + QByteArrayLiteral(";\n");
    // Already the superuser's account (run by postgres itself): no runuser needed.
    const QString runAs = m_runAs.isEmpty() || runningAs(m_runAs) ? QString() : m_runAs;
    const PostgresTools::Result result =
        PostgresTools::run(PostgresTools::binary(QStringLiteral("psql")), arguments, script,
                           m_password, runAs, 120000);
    if (!result.started || result.exitCode != 0) {
        m_error =
            QStringLiteral("PostgreSQL (as %1): %2").arg(description(), result.firstErrorLine());
        // Only root can become postgres; anyone else needs a role of their own.
        if (m_local && m_runAs.isEmpty() && !runningAs(LocalSuperuser))
            m_error += QStringLiteral(" (run the set-up as root, or give --pg-admin the URL of a "
                                      "role that may create roles and databases)");
        return std::nullopt;
    }
    const QString out = QString::fromUtf8(result.out);
    return out.section(QLatin1Char('\n'), 0, 0).trimmed();
}
