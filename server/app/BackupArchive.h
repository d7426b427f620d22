// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

// The file roomclaim-server --backup writes and --restore reads: a plain tar (readable with
// `tar -tf`, nothing to install) holding
//   manifest.ini          format, date, schema version, server and PostgreSQL versions
//   roomclaim.dump        pg_dump --format=custom of the whole database
//   server.conf.redacted  the config file with the database password replaced (if one was used)
class BackupArchive {
public:
    static constexpr const char *ManifestName = "manifest.ini";
    static constexpr const char *DumpName = "roomclaim.dump";
    static constexpr const char *ConfigName = "server.conf.redacted";
    static constexpr int Format = 1;

    struct Manifest {
        int format = Format;
        QDateTime created;
        int schemaVersion = 0;
        QString serverVersion;   // roomclaim-server's
        QString postgresVersion; // the database server's, e.g. 15.18
        QString database;        // the URL without its password
        bool hasConfig = false;
    };

    // Packs the files named above from folder (the manifest is written here) into file, which
    // must not exist yet; mode 0600, since it holds every password hash. False with *error set
    // and nothing left behind.
    static bool write(const QString &file, const QString &folder, const Manifest &manifest,
                      QString *error);
    // Unpacks file's known members (only the manifest when manifestOnly) into folder and reads
    // its manifest; nothing on failure, and also for a manifest newer than this server's
    // schema (latestSchema).
    static std::optional<Manifest> unpack(const QString &file, const QString &folder,
                                          int latestSchema, QString *error,
                                          bool manifestOnly = false);
};
