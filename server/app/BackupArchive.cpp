// SPDX-License-Identifier: GPL-3.0-or-later

#include "BackupArchive.h"

#include "PostgresTools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <cstdio>

namespace {
// tar is part of every Debian system (Essential: yes) and of Windows 10 and later.
PostgresTools::Result tar(const QStringList &arguments) {
    return PostgresTools::run(QStringLiteral("tar"), arguments, {}, {}, {}, 3600000);
}
} // namespace

bool BackupArchive::write(const QString &file, const QString &folder, const Manifest &manifest,
                          QString *error) {
    const QString manifestPath = QDir(folder).filePath(QLatin1String(ManifestName));
    {
        QSettings ini(manifestPath, QSettings::IniFormat);
        ini.beginGroup(QStringLiteral("backup"));
        ini.setValue(QStringLiteral("format"), manifest.format);
        ini.setValue(QStringLiteral("created"), manifest.created.toUTC().toString(Qt::ISODate));
        ini.setValue(QStringLiteral("schemaVersion"), manifest.schemaVersion);
        ini.setValue(QStringLiteral("roomclaimServer"), manifest.serverVersion);
        ini.setValue(QStringLiteral("postgresql"), manifest.postgresVersion);
        ini.setValue(QStringLiteral("database"), manifest.database);
        ini.setValue(QStringLiteral("config"), manifest.hasConfig);
        ini.endGroup();
        ini.sync();
        if (ini.status() != QSettings::NoError) {
            *error = QStringLiteral("cannot write '%1'").arg(manifestPath);
            return false;
        }
    }
    QStringList members{QLatin1String(ManifestName), QLatin1String(DumpName)};
    if (manifest.hasConfig)
        members << QLatin1String(ConfigName);
    // Written under another name and renamed: a file named like the backup is a whole one.
    const QString partial = file + QStringLiteral(".partial");
    QFile::remove(partial);
    const PostgresTools::Result packed =
        tar(QStringList{QStringLiteral("-cf"), partial, QStringLiteral("-C"), folder} + members);
    if (!packed.started || packed.exitCode != 0) {
        QFile::remove(partial);
        *error = QStringLiteral("cannot write '%1': %2").arg(file, packed.firstErrorLine());
        return false;
    }
    if (!QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        QFileInfo::exists(file) || !QFile::rename(partial, file)) {
        QFile::remove(partial);
        *error = QStringLiteral("cannot write '%1'").arg(file);
        return false;
    }
    return true;
}

std::optional<BackupArchive::Manifest> BackupArchive::unpack(const QString &file,
                                                             const QString &folder,
                                                             int latestSchema, QString *error,
                                                             bool manifestOnly) {
    if (!QFileInfo(file).isReadable()) {
        *error = QStringLiteral("cannot read the backup '%1'").arg(file);
        return std::nullopt;
    }
    const PostgresTools::Result listing = tar({QStringLiteral("-tf"), file});
    if (!listing.started || listing.exitCode != 0) {
        *error = QStringLiteral("'%1' is not a RoomClaim backup (not a tar file: %2)")
                     .arg(file, listing.firstErrorLine());
        return std::nullopt;
    }
    const QStringList names =
        QString::fromUtf8(listing.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!names.contains(QLatin1String(ManifestName)) || !names.contains(QLatin1String(DumpName))) {
        *error = QStringLiteral("'%1' is not a RoomClaim backup (it lacks %2 or %3)")
                     .arg(file, QLatin1String(ManifestName), QLatin1String(DumpName));
        return std::nullopt;
    }
    // Only the members named here, so nothing in the archive can land anywhere else.
    QStringList members{QLatin1String(ManifestName)};
    if (!manifestOnly)
        members << QLatin1String(DumpName);
    if (!manifestOnly && names.contains(QLatin1String(ConfigName)))
        members << QLatin1String(ConfigName);
    const PostgresTools::Result unpacked =
        tar(QStringList{QStringLiteral("-xf"), file, QStringLiteral("-C"), folder} + members);
    if (!unpacked.started || unpacked.exitCode != 0) {
        *error = QStringLiteral("cannot unpack '%1': %2").arg(file, unpacked.firstErrorLine());
        return std::nullopt;
    }
    QSettings ini(QDir(folder).filePath(QLatin1String(ManifestName)), QSettings::IniFormat);
    ini.beginGroup(QStringLiteral("backup"));
    Manifest manifest;
    bool ok = false;
    manifest.format = ini.value(QStringLiteral("format")).toInt(&ok);
    if (!ok || manifest.format != Format) {
        *error = QStringLiteral("'%1' is a backup of format %2, which this roomclaim-server does "
                                "not read (it reads format %3)")
                     .arg(file, ini.value(QStringLiteral("format")).toString())
                     .arg(Format);
        return std::nullopt;
    }
    manifest.created =
        QDateTime::fromString(ini.value(QStringLiteral("created")).toString(), Qt::ISODate);
    manifest.schemaVersion = ini.value(QStringLiteral("schemaVersion")).toInt();
    manifest.serverVersion = ini.value(QStringLiteral("roomclaimServer")).toString();
    manifest.postgresVersion = ini.value(QStringLiteral("postgresql")).toString();
    manifest.database = ini.value(QStringLiteral("database")).toString();
    manifest.hasConfig = ini.value(QStringLiteral("config")).toBool();
    if (manifest.schemaVersion > latestSchema) {
        *error = QStringLiteral("the backup '%1' is at schema version %2, newer than version %3, "
                                "the newest this roomclaim-server %4 knows; nothing was restored "
                                "(restore it with roomclaim-server %5 or newer)")
                     .arg(file)
                     .arg(manifest.schemaVersion)
                     .arg(latestSchema)
                     .arg(QStringLiteral(ROOMCLAIM_VERSION), manifest.serverVersion);
        return std::nullopt;
    }
    return manifest;
}
