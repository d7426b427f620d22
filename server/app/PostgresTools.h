// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// PostgreSQL's own programs (psql, pg_dump, pg_restore), found and run. pg_dump refuses a server
// newer than itself and writes archives older pg_restore versions cannot read, so the programs
// of the server's own major version are preferred: Debian installs each version's programs in
// /usr/lib/postgresql/<major>/bin.
class PostgresTools {
public:
    struct Result {
        bool started = false;
        int exitCode = -1;
        QByteArray out;
        QString err;
        // The first line of what went wrong, for a one-line message.
        QString firstErrorLine() const;
    };

    // /usr/lib/postgresql/<major>/bin/<name> if there; otherwise the newest installed version's;
    // otherwise <name> from PATH. major 0: the newest.
    static QString binary(const QString &name, int major = 0);

    // Runs program with arguments, input on its standard input, password (if any) in PGPASSWORD
    // rather than on the command line, where every user could read it. runAs: an operating-system
    // user to run it as through runuser (only root can); empty: this process's user.
    static Result run(const QString &program, const QStringList &arguments,
                      const QByteArray &input = {}, const QString &password = {},
                      const QString &runAs = {}, int timeoutMs = 600000);
};
