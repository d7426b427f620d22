// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "DatabaseUrl.h"

#include <QString>

// roomclaim-server --backup FILE and --restore FILE (the archive is described in
// BackupArchive.h). pg_dump takes its snapshot in one transaction, so a backup made while
// teachers book is consistent; a restore goes only into an empty database, in one transaction.
class DatabaseBackup {
public:
    // Both return the exit status: 0 after one line on stdout, 1 after one line on stderr.
    // configFile (may be empty) is packed in with its database password replaced.
    static int backup(const DatabaseUrl &url, const QString &configFile, const QString &file);
    static int restore(const DatabaseUrl &url, const QString &file);

    // The restore itself, into url's empty database, then migrated to this server's schema;
    // for --restore and --setup --restore. *summary says what came back.
    static bool restoreInto(const DatabaseUrl &url, const QString &file, QString *summary,
                            QString *error);

    // Whether file is a backup this server can restore (its manifest only); false with *error.
    static bool check(const QString &file, QString *error);

private:
    // The database server's version, e.g. "15.18", and its major version.
    static QString postgresVersion(int *major);
    static QStringList connectionArguments(const DatabaseUrl &url);
};
