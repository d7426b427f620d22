// SPDX-License-Identifier: GPL-3.0-or-later

#include "SetupPrompter.h"

#include "CertificateFactory.h"
#include "DatabaseUrl.h"
#include "ServerConfigFile.h"
#include "Teacher.h"
#include "TlsSetup.h"

#include <QFileInfo>
#include <QHostInfo>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace {
QString noProblem(const QString &) {
    return {};
}

QString checkSqlName(const QString &answer) {
    return SetupOptions::isValidSqlName(answer)
               ? QString()
               : QStringLiteral("use lower-case letters, digits and _ only, starting with a "
                                "letter (at most 63)");
}

QString checkHosts(const QString &answer) {
    QStringList names;
    for (const QString &name : answer.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!CertificateFactory::isValidHost(name.trimmed()))
            return QStringLiteral("'%1' is not a host name or an IP address").arg(name.trimmed());
        names << name.trimmed();
    }
    return names.isEmpty() ? QStringLiteral("give at least one name") : QString();
}
} // namespace

void SetupPrompter::takeDefaultsFrom(const QString &configFile, SetupOptions *options) {
    ServerConfigFile config(configFile);
    QString error;
    if (!config.exists() || !config.load(&error))
        return;
    // A set-up run before: Enter then repeats it (and so changes nothing) instead of asking
    // for another database.
    const DatabaseUrl url =
        DatabaseUrl::parse(config.value(QStringLiteral("database"), QStringLiteral("url")), &error);
    if (url.isValid() && SetupOptions::isValidSqlName(url.databaseName) &&
        SetupOptions::isValidSqlName(url.user)) {
        options->databaseName = url.databaseName;
        options->roleName = url.user;
    }
    const QString certificate = config.value(QStringLiteral("tls"), QStringLiteral("cert"));
    if (options->tlsDirectory.isEmpty() &&
        QFileInfo(certificate).fileName() == QLatin1String(TlsSetup::ServerCertificateName))
        options->tlsDirectory = QFileInfo(certificate).absolutePath();
}

std::optional<QString> SetupPrompter::readLine(bool secret) {
    termios saved{};
    const bool hideEcho =
        secret && ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hideEcho) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    const bool ok = bool(std::getline(std::cin, line));
    if (hideEcho) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stdout);
    }
    if (!ok)
        return std::nullopt;
    return QString::fromLocal8Bit(line.c_str()).trimmed();
}

std::optional<QString> SetupPrompter::question(const QString &text, const QString &defaultValue,
                                               const std::function<QString(const QString &)> &check,
                                               bool secret) {
    for (;;) {
        if (defaultValue.isEmpty())
            std::fprintf(stdout, "%s: ", qPrintable(text));
        else
            std::fprintf(stdout, "%s [%s]: ", qPrintable(text), qPrintable(defaultValue));
        std::fflush(stdout);
        const std::optional<QString> line = readLine(secret);
        if (!line) {
            std::fputs("\n", stdout);
            return std::nullopt;
        }
        const QString answer = line->isEmpty() ? defaultValue : *line;
        const QString problem = check(answer);
        if (problem.isEmpty())
            return answer;
        std::fprintf(stdout, "  %s\n", qPrintable(problem));
    }
}

bool SetupPrompter::ask(SetupOptions *options, QString *adminPassword, QString *error) {
    *error = QStringLiteral("no answer (the input ended); nothing was changed");
    std::fprintf(stdout, "RoomClaim server set-up. Press Enter to take the value in brackets.\n");
    const auto config = question(
        QStringLiteral("Config file to write"), options->configFile, [](const QString &answer) {
            return answer.isEmpty() ? QStringLiteral("give a file name") : QString();
        });
    if (!config)
        return false;
    options->configFile = QFileInfo(*config).absoluteFilePath();
    takeDefaultsFrom(options->configFile, options);
    const auto database =
        question(QStringLiteral("PostgreSQL database"), options->databaseName, checkSqlName);
    if (!database)
        return false;
    options->databaseName = *database;
    const auto role = question(QStringLiteral("PostgreSQL role the server logs in as"),
                               options->roleName, checkSqlName);
    if (!role)
        return false;
    options->roleName = *role;
    const auto admin = question(QStringLiteral("Admin account's username"), options->adminUser,
                                [](const QString &answer) {
                                    return Teacher::isValidUsername(answer)
                                               ? QString()
                                               : QStringLiteral("letters, digits and . _ - @ only");
                                });
    if (!admin)
        return false;
    options->adminUser = *admin;
    if (options->adminPasswordFile.isEmpty()) {
        const auto password = question(
            QStringLiteral("Its password, if the account is new (Enter: generate one)"), {},
            [](const QString &answer) {
                return answer.isEmpty() || answer.size() >= 6
                           ? QString()
                           : QStringLiteral("at least 6 characters, or none to generate one");
            },
            true);
        if (!password)
            return false;
        *adminPassword = *password;
    }
    const auto tls = question(QStringLiteral("Folder for the school's TLS certificates "
                                             "(Enter: none; '-': none even if given)"),
                              options->tlsDirectory, noProblem);
    if (!tls)
        return false;
    options->tlsDirectory = *tls == QLatin1String("-") ? QString() : *tls;
    if (!options->tlsDirectory.isEmpty()) {
        options->tlsDirectory = QFileInfo(options->tlsDirectory).absoluteFilePath();
        const QString hosts = options->tlsHosts.isEmpty()
                                  ? QHostInfo::localHostName()
                                  : options->tlsHosts.join(QLatin1Char(','));
        const auto names =
            question(QStringLiteral("Names teachers reach the server by, comma-separated"), hosts,
                     checkHosts);
        if (!names)
            return false;
        options->tlsHosts.clear();
        for (const QString &name : names->split(QLatin1Char(','), Qt::SkipEmptyParts))
            options->tlsHosts << name.trimmed();
    }
    const auto go =
        question(QStringLiteral("Go ahead (y/n)"), QStringLiteral("y"), [](const QString &answer) {
            const QString a = answer.toLower();
            return a == QLatin1String("y") || a == QLatin1String("yes") ||
                           a == QLatin1String("n") || a == QLatin1String("no")
                       ? QString()
                       : QStringLiteral("answer y or n");
        });
    if (!go)
        return false;
    if (go->toLower().startsWith(QLatin1Char('n'))) {
        *error = QStringLiteral("set-up cancelled; nothing was changed");
        return false;
    }
    error->clear();
    return true;
}
