// SPDX-License-Identifier: GPL-3.0-or-later

#include "ServerSetup.h"

#include "Actor.h"
#include "AdminService.h"
#include "Database.h"
#include "DatabaseBackup.h"
#include "DatabaseError.h"
#include "GeneratedPassword.h"
#include "Migrator.h"
#include "ProtocolError.h"
#include "SetupPrompter.h"
#include "TeacherStore.h"
#include "TlsSetup.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <cstdio>
#include <grp.h>
#include <iostream>
#include <string>
#include <unistd.h>

namespace {
// The password the package's server.conf carries until the set-up replaces it.
const QString PackagePlaceholder = QStringLiteral("change-me");

bool isLocalHost(const QString &host) {
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") ||
           host == QLatin1String("::1") || host.startsWith(QLatin1Char('/'));
}
} // namespace

ServerSetup::ServerSetup(SetupOptions options)
    : m_options(std::move(options)), m_postgres(m_options.superuserUrl),
      m_config(m_options.configFile) {}

int ServerSetup::run(SetupOptions options) {
    QString typedPassword;
    if (options.interactive) {
        QString error;
        if (!SetupPrompter::ask(&options, &typedPassword, &error)) {
            std::fprintf(stderr, "roomclaim-server: %s\n", qPrintable(error));
            return 1;
        }
    }
    ServerSetup setup(std::move(options));
    setup.m_adminPassword = typedPassword;
    return setup.execute();
}

int ServerSetup::execute() {
    // Checks first: a mistake found here has changed nothing.
    const bool checked = readAdminPassword() && inspectConfig() && inspectPostgres();
    if (!checked) {
        std::fprintf(stderr, "roomclaim-server: %s; nothing was changed\n", qPrintable(m_error));
        return 1;
    }
    const bool made = makeCertificates() && makeRole() && makeDatabase() && writeConfig() &&
                      makeSchema() && makeAdmin();
    if (!made) {
        undo();
        std::fprintf(stderr, "roomclaim-server: %s\n", qPrintable(m_error));
        return 1;
    }
    if (m_changed == 0) {
        std::fprintf(stdout,
                     "Set-up complete: nothing changed, everything was already there "
                     "(%d steps).\n",
                     m_unchanged);
    } else {
        std::fprintf(stdout,
                     "Set-up complete: %d made, %d already there.\n"
                     "Start the service with: systemctl enable --now roomclaim-server\n"
                     "(or run: roomclaim-server --headless --config %s)\n",
                     m_changed, m_unchanged, qPrintable(m_config.path()));
    }
    return 0;
}

void ServerSetup::report(const QString &step, const QString &outcome, bool changed) {
    ++(changed ? m_changed : m_unchanged);
    std::fprintf(stdout, "%s: %s\n", qPrintable(step), qPrintable(outcome));
    std::fflush(stdout);
}

bool ServerSetup::fail(const QString &message) {
    m_error = message;
    return false;
}

bool ServerSetup::readAdminPassword() {
    const QString &path = m_options.adminPasswordFile;
    if (path.isEmpty())
        return true;
    QByteArray data;
    if (path == QLatin1String("-")) {
        std::string line;
        std::getline(std::cin, line);
        data = QByteArray::fromStdString(line);
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read --admin-password-file '%1': %2")
                            .arg(path, file.errorString()));
        data = file.readLine();
    }
    // The first line, without its line break: `echo secret > file` is how most people write it.
    m_adminPassword = QString::fromUtf8(data).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    if (m_adminPassword.size() < AdminService::MinPasswordLength)
        return fail(QStringLiteral("the admin password in '%1' has fewer than %2 characters")
                        .arg(path == QLatin1String("-") ? QStringLiteral("standard input") : path)
                        .arg(AdminService::MinPasswordLength));
    return true;
}

bool ServerSetup::inspectConfig() {
    if (!m_options.restoreFile.isEmpty() && !DatabaseBackup::check(m_options.restoreFile, &m_error))
        return false;
    if (!m_config.writable(&m_error))
        return false;
    m_configExisted = m_config.exists();
    if (!m_configExisted)
        return true;
    if (!m_config.load(&m_error))
        return false;
    m_configOriginal = m_config.text();
    const QString text = m_config.value(QStringLiteral("database"), QStringLiteral("url"));
    if (text.isEmpty())
        return true;
    QString urlError;
    const DatabaseUrl url = DatabaseUrl::parse(text, &urlError);
    if (!url.isValid())
        return fail(QStringLiteral("'%1' has a [database] url that is not a PostgreSQL URL (%2)")
                        .arg(m_config.path(), urlError));
    // The package's file, never set up: its URL is a template to fill in.
    if (url.password.isEmpty() || url.password == PackagePlaceholder)
        return true;
    const bool same = url.databaseName == m_options.databaseName &&
                      url.user == m_options.roleName && isLocalHost(url.host) &&
                      url.port == m_postgres.port();
    if (!same)
        return fail(QStringLiteral("'%1' already points at %2, not at database %3 as role %4 on "
                                   "port %5 here (give another --config, or --db-name and "
                                   "--db-user that match it)")
                        .arg(m_config.path(), url.toDisplayString(), m_options.databaseName,
                             m_options.roleName)
                        .arg(m_postgres.port()));
    m_configHasUrl = true;
    m_rolePassword = url.password;
    return true;
}

bool ServerSetup::inspectPostgres() {
    if (!m_postgres.connect())
        return fail(m_postgres.error());
    report(QStringLiteral("PostgreSQL"),
           QStringLiteral("reached as %1 (version %2)")
               .arg(m_postgres.description(), m_postgres.serverVersion()),
           false);
    --m_unchanged; // reaching it is no step of the set-up
    const auto role =
        m_postgres.value(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = %1")
                             .arg(PostgresAdmin::literal(m_options.roleName)));
    const auto owner = m_postgres.value(
        QStringLiteral("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = %1")
            .arg(PostgresAdmin::literal(m_options.databaseName)));
    if (!role || !owner)
        return fail(m_postgres.error());
    m_roleExists = *role != QLatin1String("0");
    m_databaseExists = !owner->isEmpty();
    if (m_roleExists && !m_configHasUrl)
        return fail(QStringLiteral("the PostgreSQL role %1 already exists, and '%2' holds no "
                                   "password for it (give --config the file that has it, or "
                                   "choose another --db-user)")
                        .arg(m_options.roleName, m_config.path()));
    if (m_databaseExists && *owner != m_options.roleName)
        return fail(QStringLiteral("the database %1 already exists and belongs to %2, not to %3 "
                                   "(choose another --db-name, or --db-user %2)")
                        .arg(m_options.databaseName, *owner, m_options.roleName));
    return true;
}

QString ServerSetup::tlsFile(const char *name) const {
    return QDir(m_options.tlsDirectory).filePath(QLatin1String(name));
}

bool ServerSetup::makeCertificates() {
    if (m_options.tlsDirectory.isEmpty())
        return true;
    const QString step = QStringLiteral("TLS certificates in %1").arg(m_options.tlsDirectory);
    const QString cert = tlsFile(TlsSetup::ServerCertificateName);
    const QString key = tlsFile(TlsSetup::ServerKeyName);
    if (QFileInfo::exists(cert) && QFileInfo::exists(key)) {
        report(step, QStringLiteral("already there"), false);
        return true;
    }
    QStringList before;
    const QStringList all{tlsFile(TlsSetup::AuthorityCertificateName),
                          tlsFile(TlsSetup::AuthorityKeyName), cert, key};
    for (const QString &path : all)
        if (QFileInfo::exists(path))
            before << path;
    const bool folderExisted = QFileInfo::exists(m_options.tlsDirectory);
    std::fflush(stdout);
    if (TlsSetup::run(m_options.tlsDirectory, m_options.tlsHosts, TlsSetup::Advice::WithinSetup) !=
        0)
        return fail(QStringLiteral("no certificates were made"));
    for (const QString &path : all)
        if (!before.contains(path))
            m_madeFiles << path;
    // The packaged service runs as roomclaim: it must reach and read its key, and no one else
    // may. The school CA's key stays root's alone.
    if (const group *serviceGroup = getgrnam(ServerConfigFile::ServiceGroup)) {
        const auto giveToGroup = [serviceGroup](const QString &path,
                                                QFileDevice::Permissions permissions) {
            if (::chown(QFile::encodeName(path).constData(), uid_t(-1), serviceGroup->gr_gid) == 0)
                QFile::setPermissions(path, permissions);
        };
        const QFileDevice::Permissions ownerWrites =
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
        giveToGroup(key, ownerWrites);
        if (!folderExisted)
            giveToGroup(m_options.tlsDirectory,
                        ownerWrites | QFileDevice::ExeOwner | QFileDevice::ExeGroup);
    }
    report(step,
           QStringLiteral("created for %1").arg(m_options.tlsHosts.join(QStringLiteral(", "))),
           true);
    return true;
}

bool ServerSetup::makeRole() {
    const QString step = QStringLiteral("PostgreSQL role %1").arg(m_options.roleName);
    if (m_roleExists) {
        report(step, QStringLiteral("already there"), false);
        return true;
    }
    // A config that names this role keeps its password (the role was dropped since).
    const bool generated = m_rolePassword.isEmpty();
    if (generated)
        m_rolePassword = GeneratedPassword::make();
    if (!m_postgres.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2")
                             .arg(m_options.roleName, PostgresAdmin::literal(m_rolePassword))))
        return fail(m_postgres.error());
    m_madeRole = true;
    report(step,
           generated ? QStringLiteral("created, with a generated password")
                     : QStringLiteral("created, with the password in %1").arg(m_config.path()),
           true);
    return true;
}

bool ServerSetup::makeDatabase() {
    const QString step = QStringLiteral("database %1").arg(m_options.databaseName);
    if (m_databaseExists) {
        report(step, QStringLiteral("already there, owned by %1").arg(m_options.roleName), false);
        return true;
    }
    if (!m_postgres.exec(QStringLiteral("CREATE DATABASE %1 OWNER %2 ENCODING 'UTF8' TEMPLATE "
                                        "template0")
                             .arg(m_options.databaseName, m_options.roleName)))
        return fail(m_postgres.error());
    m_madeDatabase = true;
    report(step, QStringLiteral("created, owned by %1").arg(m_options.roleName), true);
    return true;
}

DatabaseUrl ServerSetup::serverUrl() const {
    DatabaseUrl url;
    url.host = m_postgres.serverHost();
    url.port = m_postgres.port();
    url.user = m_options.roleName;
    url.password = m_rolePassword;
    url.databaseName = m_options.databaseName;
    return url;
}

bool ServerSetup::writeConfig() {
    const QString step = QStringLiteral("config %1").arg(m_config.path());
    QStringList changes;
    if (!m_configHasUrl) {
        if (!m_configExisted)
            m_config.create(
                QStringLiteral(
                    "; RoomClaim server settings, written by roomclaim-server --setup "
                    "on %1.\n; Command-line options and ROOMCLAIM_DB override "
                    "these; roomclaim-server --help lists them.\n\n[database]\n\n[server]\n"
                    "listen=0.0.0.0:7400\n")
                    .arg(QDate::currentDate().toString(Qt::ISODate)));
        const DatabaseUrl url = serverUrl();
        QUrl text;
        text.setScheme(QStringLiteral("postgresql"));
        text.setHost(url.host);
        text.setPort(url.port);
        text.setUserName(url.user);
        text.setPassword(url.password);
        text.setPath(QLatin1Char('/') + url.databaseName);
        m_config.setValue(QStringLiteral("database"), QStringLiteral("url"), text.toString());
        changes << QStringLiteral("database URL");
    }
    QString tlsNote;
    if (!m_options.tlsDirectory.isEmpty()) {
        const QString cert = tlsFile(TlsSetup::ServerCertificateName);
        const QString key = tlsFile(TlsSetup::ServerKeyName);
        const QString haveCert = m_config.value(QStringLiteral("tls"), QStringLiteral("cert"));
        const QString haveKey = m_config.value(QStringLiteral("tls"), QStringLiteral("key"));
        if (haveCert.isEmpty() && haveKey.isEmpty()) {
            m_config.setValue(QStringLiteral("tls"), QStringLiteral("cert"), cert);
            m_config.setValue(QStringLiteral("tls"), QStringLiteral("key"), key);
            changes << QStringLiteral("[tls] cert and key");
        } else if (haveCert != cert || haveKey != key) {
            tlsNote = QStringLiteral(" (its [tls] names other files, %1 and %2; left as they are)")
                          .arg(haveCert, haveKey);
        }
    }
    if (changes.isEmpty()) {
        report(step, QStringLiteral("already there") + tlsNote, false);
        return true;
    }
    QString groupNote;
    if (!m_config.save(&m_error, &groupNote))
        return false;
    m_wroteConfig = true;
    report(step,
           QStringLiteral("%1 (%2; mode 0640, %3)%4")
               .arg(m_configExisted ? QStringLiteral("filled in") : QStringLiteral("created"),
                    changes.join(QStringLiteral(", ")), groupNote, tlsNote),
           true);
    return true;
}

bool ServerSetup::makeSchema() {
    Database::configure(serverUrl());
    try {
        Database::connection();
        int before = Migrator::installedVersion();
        if (!m_options.restoreFile.isEmpty()) {
            const QString step = QStringLiteral("backup %1").arg(m_options.restoreFile);
            if (before > 0) {
                report(step,
                       QStringLiteral("not restored: the database already holds a schema "
                                      "(version %1)")
                           .arg(before),
                       false);
            } else {
                QString summary;
                if (!DatabaseBackup::restoreInto(serverUrl(), m_options.restoreFile, &summary,
                                                 &m_error))
                    return false;
                report(step, QStringLiteral("restored, %1").arg(summary), true);
                before = Migrator::installedVersion();
            }
        }
        const QStringList applied = Migrator::migrate();
        const int latest = Migrator::latestVersion();
        if (applied.isEmpty())
            report(QStringLiteral("schema"), QStringLiteral("already at version %1").arg(latest),
                   false);
        else if (before == 0)
            report(QStringLiteral("schema"),
                   QStringLiteral("created at version %1 (%2 migrations)")
                       .arg(latest)
                       .arg(applied.size()),
                   true);
        else
            report(QStringLiteral("schema"),
                   QStringLiteral("brought from version %1 to %2").arg(before).arg(latest), true);
    } catch (const DatabaseError &error) {
        return fail(error.message());
    }
    return true;
}

bool ServerSetup::makeAdmin() {
    const QString step = QStringLiteral("admin account %1").arg(m_options.adminUser);
    try {
        if (const auto existing = TeacherStore::findCredentials(m_options.adminUser)) {
            report(step,
                   existing->teacher.isAdmin()
                       ? QStringLiteral("already there (its password is left as it is)")
                       : QStringLiteral("already there, as a %1 (left as it is; make it an "
                                        "admin in the console)")
                             .arg(existing->teacher.role),
                   false);
            return true;
        }
        m_adminPasswordGenerated = m_adminPassword.isEmpty();
        if (m_adminPasswordGenerated)
            m_adminPassword = GeneratedPassword::make(16);
        Teacher admin;
        admin.username = m_options.adminUser;
        admin.name = QStringLiteral("Administrator");
        admin.role = QStringLiteral("admin");
        const Actor::Scope acting(Actor::commandLine());
        AdminService::saveTeacher(admin, m_adminPassword);
    } catch (const DatabaseError &error) {
        return fail(error.message());
    } catch (const ProtocolError &error) {
        return fail(error.message());
    }
    report(step,
           m_adminPasswordGenerated
               ? QStringLiteral("created, password %1 (shown only now: note it, or change it in "
                                "the console)")
                     .arg(m_adminPassword)
               : QStringLiteral("created, with the password given"),
           true);
    return true;
}

void ServerSetup::undo() {
    // Nothing made by this run stays behind half-finished; what was there before is kept.
    if (m_madeDatabase &&
        m_postgres.exec(
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_options.databaseName)))
        std::fprintf(stderr, "roomclaim-server: removed the database %s made by this run\n",
                     qPrintable(m_options.databaseName));
    if (m_madeRole &&
        m_postgres.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_options.roleName)))
        std::fprintf(stderr, "roomclaim-server: removed the role %s made by this run\n",
                     qPrintable(m_options.roleName));
    if (m_wroteConfig) {
        if (!m_configExisted) {
            QFile::remove(m_config.path());
        } else {
            QFile file(m_config.path());
            if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                file.write(m_configOriginal.toUtf8());
        }
    }
    for (const QString &path : std::as_const(m_madeFiles))
        QFile::remove(path);
}
