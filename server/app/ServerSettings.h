// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "DatabaseUrl.h"
#include "InstanceSettings.h"
#include "SetupOptions.h"

#include <QString>
#include <QStringList>
#include <optional>

// Everything the server is told by its command line, environment and INI file (contract section 2).
struct ServerSettings : InstanceSettings {
    DatabaseUrl database;
    bool headless = false;
    bool migrateOnly = false;
    bool demo = false;
    QString importRoomsFile;
    QString importTeachersFile;
    QString importPeriodsFile;
    QString importCalendarFile;
    // The school's time zone (IANA name), applied to the process; empty: the system's.
    QString timeZone;
    // --tls-cert and --tls-key (or [tls] cert and key), absolute; both or neither.
    QString tlsCertificateFile;
    QString tlsKeyFile;
    // --init-tls DIR --host NAME[,NAME...]: write a school CA and a server certificate, then exit.
    QString initTlsDirectory;
    QStringList initTlsHosts;
    // --setup: make the database, the config file and the first admin account, then exit.
    std::optional<SetupOptions> setup;
    // --backup FILE / --restore FILE: pack the database (and the config without its password)
    // into FILE, or fill the empty database from FILE, then exit.
    QString backupFile;
    QString restoreFile;
    // --config FILE as given (a backup carries it, without its password).
    QString configFile;
    // [booking] in the config file; when given, written to the shared settings at start.
    std::optional<int> maxDaysAhead;
    std::optional<int> maxActiveBookings;
    // [audit] retentionDays in the config file; written to the shared settings at start.
    std::optional<int> auditRetentionDays;
    // [database] statementTimeout and lockTimeout, in seconds (0: none).
    int statementTimeoutSeconds = 10;
    int lockTimeoutSeconds = 5;
    // --lock-announce-delay or [locks] announceDelay: ms before a confirmation's lock is announced.
    int lockAnnounceDelayMs = 150;

    bool hasImports() const {
        return !importRoomsFile.isEmpty() || !importTeachersFile.isEmpty() ||
               !importPeriodsFile.isEmpty() || !importCalendarFile.isEmpty();
    }
};
