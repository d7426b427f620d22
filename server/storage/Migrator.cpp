// SPDX-License-Identifier: GPL-3.0-or-later

#include "Migrator.h"

#include "Database.h"

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
