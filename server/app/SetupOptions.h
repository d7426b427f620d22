// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

// What roomclaim-server --setup is told by its options (and, without --yes, by the answers to
// its questions, which show these as their defaults).
struct SetupOptions {
    static constexpr const char *DefaultConfigFile = "/etc/roomclaim/server.conf";

    // Without --yes every value is asked for on the terminal first.
    bool interactive = true;
    QString configFile = QString::fromLatin1(DefaultConfigFile);
    QString databaseName = QStringLiteral("roomclaim");
    QString roleName = QStringLiteral("roomclaim");
    // --pg-admin URL: how to reach PostgreSQL as a role that may create roles and databases.
    // Empty: the local socket as the operating-system user postgres (through runuser when root).
    QString superuserUrl;
    QString adminUser = QStringLiteral("admin");
    // --admin-password-file FILE ("-": standard input); empty: a generated password, shown once.
    QString adminPasswordFile;
    // --init-tls DIR --host NAMES together with --setup; empty: no certificates are made.
    QString tlsDirectory;
    QStringList tlsHosts;
    // --restore FILE together with --setup: the new database is filled from this backup.
    QString restoreFile;

    // PostgreSQL names the set-up creates: plain lower-case identifiers, never quoted.
    static bool isValidSqlName(const QString &name);
};
