// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

// A PostgreSQL cluster of one test's own, for what changes a whole cluster (ALTER SYSTEM, a
// reload) and so must never touch the cluster the other suites share: initdb into a temporary
// folder, started on a free loopback port with trust authentication for the superuser
// postgres, stopped and removed again by the destructor. PostgreSQL refuses to run as root, so
// under root (as in CI) the folder belongs to postgres and initdb and pg_ctl run through
// runuser. The server binaries are RC_PG_BINDIR's, or the newest /usr/lib/postgresql/*/bin,
// as for scripts/lib.sh.
class PrivateCluster {
public:
    // settings: extra "name=value" server settings, after (and so over) the defaults below,
    // e.g. "synchronous_commit=on" for a test that counts acknowledged commits across a crash.
    explicit PrivateCluster(const QStringList &settings = {});
    ~PrivateCluster();
    PrivateCluster(const PrivateCluster &) = delete;
    PrivateCluster &operator=(const PrivateCluster &) = delete;

    bool isValid() const { return m_running; }
    const QString &error() const { return m_error; }
    quint16 port() const { return m_port; }
    // The folder of its Unix socket (PGHOST for psql), reachable by postgres.
    QString socketDirectory() const { return m_dir.path(); }
    // postgresql://postgres@127.0.0.1:<port>/<database>
    QString url(const QString &database = QStringLiteral("postgres")) const;

    // On a fresh plain connection (no options of its own) as postgres to database `postgres`:
    // what a DBA's psql would see. exec is false, and error() says why, when the statement fails.
    bool exec(const QString &sql);
    QVariant scalar(const QString &sql);

    // pg_ctl restart -m <mode> ("smart", "fast" or "immediate"; immediate is a crash and
    // recovery) with the same settings, waiting until it accepts connections again. Blocks, and
    // may run on another thread than the one that runs statements; false with error() set.
    bool restart(const QString &mode);

private:
    // Runs a PostgreSQL program as the user that owns the cluster; false with m_error set.
    bool runAsOwner(const QString &program, const QStringList &arguments, int timeoutMs);
    QString binary(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_binDir;
    QString m_dataDir;
    quint16 m_port = 0;
    bool m_running = false;
    QString m_error;
};
