// SPDX-License-Identifier: GPL-3.0-or-later

#include "Migrator.h"

#include "Database.h"
#include "DatabaseError.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcMigrator, "roomclaim.migrations")

namespace {
// Any fixed number: serialises two instances that start at the same moment.
constexpr qint64 MigrationLockKey = 7400001;

QStringList migrationFiles() {
    QStringList files =
        QDir(QStringLiteral(":/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files);
    files.sort();
    return files;
}

int versionOf(const QString &fileName) {
    return fileName.section(QLatin1Char('_'), 0, 0).toInt();
}
} // namespace

int Migrator::latestVersion() {
    const QStringList files = migrationFiles();
    return files.isEmpty() ? 0 : versionOf(files.last());
}

int Migrator::installedVersion() {
    QSqlQuery exists =
        Database::exec(QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL"));
    if (!exists.next() || !exists.value(0).toBool())
        return 0;
    QSqlQuery current =
        Database::exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
    return current.next() ? current.value(0).toInt() : 0;
}

QStringList Migrator::migrate() {
    return Database::transaction([] {
        // An index built over a school's years of bookings takes longer than the statement
        // timeout that guards requests (10 s for 1,000,000 bookings): a migration has none, and
        // neither has an instance waiting for another's migration to end.
        Database::exec(QStringLiteral("SET LOCAL statement_timeout = 0"));
        Database::exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(MigrationLockKey));
        Database::exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                      "version integer PRIMARY KEY, name text NOT NULL, "
                                      "applied_at timestamptz NOT NULL DEFAULT now())"));
        QSqlQuery current = Database::exec(
            QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
        const int installed = current.next() ? current.value(0).toInt() : 0;
        // A newer release has been here (an upgrade was rolled back, or an old package runs
        // against a restored newer database): its schema may differ in ways this one cannot
        // know, so nothing runs against it and nothing is changed.
        if (installed > latestVersion())
            throw DatabaseError(
                QStringLiteral("the database's schema is at version %1, newer than version %2, "
                               "the newest this roomclaim-server %3 knows; install the newer "
                               "roomclaim-server again (or restore a backup made with this one)")
                    .arg(installed)
                    .arg(latestVersion())
                    .arg(QStringLiteral(ROOMCLAIM_VERSION)),
                QString(), false);

        QStringList applied;
        for (const QString &fileName : migrationFiles()) {
            const int version = versionOf(fileName);
            if (version <= installed)
                continue;
            QFile file(QStringLiteral(":/sql/") + fileName);
            file.open(QIODevice::ReadOnly);
            Database::exec(QString::fromUtf8(file.readAll()));
            Database::exec(
                QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (:v, :n)"),
                {{QStringLiteral("v"), version}, {QStringLiteral("n"), fileName}});
            qCDebug(lcMigrator) << "applied migration" << fileName;
            applied << fileName;
        }
        return applied;
    });
}
