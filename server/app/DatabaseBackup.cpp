// SPDX-License-Identifier: GPL-3.0-or-later

#include "DatabaseBackup.h"

#include "BackupArchive.h"
#include "Database.h"
#include "DatabaseError.h"
#include "Migrator.h"
#include "PostgresTools.h"
#include "ServerConfigFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

#include <cstdio>

namespace {
int fail(const QString &message) {
    std::fprintf(stderr, "roomclaim-server: %s\n", qPrintable(message));
    return 1;
}

qint64 count(const QString &table) {
    QSqlQuery query = Database::exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return query.next() ? query.value(0).toLongLong() : 0;
}
} // namespace

QString DatabaseBackup::postgresVersion(int *major) {
    QSqlQuery query =
        Database::exec(QStringLiteral("SELECT current_setting('server_version'), "
                                      "current_setting('server_version_num')::int / 10000"));
    if (!query.next())
        return {};
    *major = query.value(1).toInt();
    return query.value(0).toString().section(QLatin1Char(' '), 0, 0);
}

QStringList DatabaseBackup::connectionArguments(const DatabaseUrl &url) {
    return {QStringLiteral("-h"), url.host, QStringLiteral("-p"), QString::number(url.port),
            QStringLiteral("-U"), url.user, QStringLiteral("-d"), url.databaseName};
}

int DatabaseBackup::backup(const DatabaseUrl &url, const QString &configFile, const QString &file) {
    const QString target = QFileInfo(file).absoluteFilePath();
    if (QFileInfo::exists(target))
        return fail(QStringLiteral("'%1' already exists; nothing was written (choose a new name, "
                                   "e.g. with the date)")
                        .arg(file));
    QString configText;
    if (!configFile.isEmpty()) {
        QFile config(configFile);
        if (!config.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read config file '%1'").arg(configFile));
        configText = ServerConfigFile::redacted(QString::fromUtf8(config.readAll()));
    }
    BackupArchive::Manifest manifest;
    int major = 0;
    Database::configure(url);
    try {
        Database::connection();
        manifest.postgresVersion = postgresVersion(&major);
        manifest.schemaVersion = Migrator::installedVersion();
    } catch (const DatabaseError &error) {
        return fail(error.message());
    }
    if (manifest.schemaVersion == 0)
        return fail(QStringLiteral("%1 holds no RoomClaim schema; nothing was written")
                        .arg(url.toDisplayString()));
    // Beside the backup, not in /tmp: a school's dump may be larger than a small /tmp.
    QTemporaryDir work(QFileInfo(target).absolutePath() +
                       QStringLiteral("/.roomclaim-backup-XXXXXX"));
    if (!work.isValid())
        return fail(QStringLiteral("cannot write into '%1'").arg(QFileInfo(target).absolutePath()));
    const QString dump = work.filePath(QLatin1String(BackupArchive::DumpName));
    const PostgresTools::Result dumped = PostgresTools::run(
        PostgresTools::binary(QStringLiteral("pg_dump"), major),
        QStringList{QStringLiteral("--format=custom"), QStringLiteral("--file"), dump} +
            connectionArguments(url),
        {}, url.password, {}, 24 * 3600000);
    if (!dumped.started || dumped.exitCode != 0)
        return fail(
            QStringLiteral("pg_dump failed: %1; nothing was written").arg(dumped.firstErrorLine()));
    if (!configText.isEmpty()) {
        QFile redacted(work.filePath(QLatin1String(BackupArchive::ConfigName)));
        if (!redacted.open(QIODevice::WriteOnly) || redacted.write(configText.toUtf8()) < 0)
            return fail(QStringLiteral("cannot write into '%1'").arg(work.path()));
        manifest.hasConfig = true;
    }
    manifest.created = QDateTime::currentDateTimeUtc();
    manifest.serverVersion = QStringLiteral(ROOMCLAIM_VERSION);
    manifest.database = url.toDisplayString();
    QString error;
    if (!BackupArchive::write(target, work.path(), manifest, &error))
        return fail(error + QStringLiteral("; nothing was written"));
    std::fprintf(
        stdout, "backup %s: database %s at schema version %d (PostgreSQL %s), %s%s\n",
        qPrintable(file), qPrintable(url.databaseName), manifest.schemaVersion,
        qPrintable(manifest.postgresVersion),
        qPrintable(QLocale::c().formattedDataSize(QFileInfo(target).size())),
        manifest.hasConfig
            ? qPrintable(QStringLiteral(", with %1 (its password removed)").arg(configFile))
            : "");
    return 0;
}

bool DatabaseBackup::check(const QString &file, QString *error) {
    QTemporaryDir work;
    if (!work.isValid()) {
        *error = QStringLiteral("cannot make a temporary folder: %1").arg(work.errorString());
        return false;
    }
    return BackupArchive::unpack(file, work.path(), Migrator::latestVersion(), error, true)
        .has_value();
}

int DatabaseBackup::restore(const DatabaseUrl &url, const QString &file) {
    QString summary, error;
    Database::configure(url);
    if (!restoreInto(url, file, &summary, &error))
        return fail(error);
    std::fprintf(stdout, "restored %s into %s: %s\n", qPrintable(file),
                 qPrintable(url.toDisplayString()), qPrintable(summary));
    return 0;
}

bool DatabaseBackup::restoreInto(const DatabaseUrl &url, const QString &file, QString *summary,
                                 QString *error) {
    QTemporaryDir work;
    if (!work.isValid()) {
        *error = QStringLiteral("cannot make a temporary folder: %1").arg(work.errorString());
        return false;
    }
    const std::optional<BackupArchive::Manifest> manifest =
        BackupArchive::unpack(file, work.path(), Migrator::latestVersion(), error);
    if (!manifest)
        return false;
    try {
        Database::connection();
        QSqlQuery objects = Database::exec(QStringLiteral(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') "
            "AND n.nspname NOT LIKE 'pg\\_toast%' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', "
            "'f')"));
        const qint64 found = objects.next() ? objects.value(0).toLongLong() : 0;
        if (found > 0) {
            *error = QStringLiteral("the database %1 is not empty (%2 tables, views or sequences); "
                                    "a backup is restored only into an empty database, so nothing "
                                    "was restored (create a new one, e.g. with --setup --db-name)")
                         .arg(url.databaseName)
                         .arg(found);
            return false;
        }
        int major = 0;
        postgresVersion(&major);
        // --no-owner: everything belongs to the role restoring it, whoever owned it before.
        // One transaction that stops at the first error: the database is whole or still empty.
        const PostgresTools::Result restored = PostgresTools::run(
            PostgresTools::binary(QStringLiteral("pg_restore"), major),
            QStringList{QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
                        QStringLiteral("--single-transaction"), QStringLiteral("--exit-on-error")} +
                connectionArguments(url) +
                QStringList{work.filePath(QLatin1String(BackupArchive::DumpName))},
            {}, url.password, {}, 24 * 3600000);
        if (!restored.started || restored.exitCode != 0) {
            *error = QStringLiteral("pg_restore failed: %1; nothing was restored")
                         .arg(restored.firstErrorLine());
            return false;
        }
        const int restoredVersion = Migrator::installedVersion();
        const QStringList applied = Migrator::migrate();
        *summary =
            QStringLiteral("%1 bookings, %2 series, %3 teachers, %4 rooms from %5 (schema "
                           "version %6%7)")
                .arg(count(QStringLiteral("bookings")))
                .arg(count(QStringLiteral("series")))
                .arg(count(QStringLiteral("teachers")))
                .arg(count(QStringLiteral("rooms")))
                .arg(manifest->created.toUTC().toString(Qt::ISODate))
                .arg(restoredVersion)
                .arg(applied.isEmpty() ? QString()
                                       : QStringLiteral(", now %1").arg(Migrator::latestVersion()));
    } catch (const DatabaseError &dbError) {
        *error = dbError.message();
        return false;
    }
    return true;
}
