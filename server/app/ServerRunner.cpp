// SPDX-License-Identifier: GPL-3.0-or-later

#include "ServerRunner.h"

#include "Actor.h"
#include "AuditLog.h"
#include "BookingRules.h"
#include "CsvImporter.h"
#include "Database.h"
#include "DatabaseBackup.h"
#include "DatabaseError.h"
#include "DemoSchool.h"
#include "LockAnnouncer.h"
#include "LogBuffer.h"
#include "Migrator.h"
#include "OpenFileLimit.h"
#include "ProtocolError.h"
#include "RoomClaimServer.h"
#include "ServerSetup.h"
#include "TlsCredentials.h"
#include "TlsSetup.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSslSocket>
#include <cstdio>
#include <ctime>

namespace {
int fail(const QString &message, int status = 1) {
    std::fprintf(stderr, "roomclaim-server: %s\n", qPrintable(message));
    return status;
}

// The server starts with a certificate that clients will refuse (it may be about to be
// replaced), but says so where the administrator looks.
void warnAboutValidity(const QSslCertificate &certificate) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString expiry = certificate.expiryDate().toUTC().date().toString(Qt::ISODate);
    QString warning;
    if (certificate.expiryDate() <= now)
        warning =
            QStringLiteral("the TLS certificate expired on %1: clients will refuse it").arg(expiry);
    else if (certificate.effectiveDate() > now)
        warning = QStringLiteral("the TLS certificate is valid only from %1: clients will refuse "
                                 "it until then")
                      .arg(certificate.effectiveDate().toUTC().toString(Qt::ISODate));
    else if (certificate.expiryDate() <= now.addDays(30))
        warning = QStringLiteral("the TLS certificate expires on %1: renew it soon").arg(expiry);
    if (!warning.isEmpty()) {
        std::fprintf(stderr, "roomclaim-server: warning: %s\n", qPrintable(warning));
        std::fflush(stderr);
    }
}
} // namespace

int ServerRunner::runImports(const ServerSettings &settings) {
    // The audit log names the command line (and the system user who ran it) for every change.
    const Actor::Scope acting(Actor::commandLine());
    // Plan every file before writing any: all or nothing across the whole command.
    struct Job {
        QString path;
        ImportPlan plan;
    };
    const QList<std::pair<QString, ImportPlan (*)(const QString &)>> requested = {
        {settings.importRoomsFile, &CsvImporter::planRooms},
        {settings.importTeachersFile, &CsvImporter::planTeachers},
        {settings.importPeriodsFile, &CsvImporter::planPeriods},
        {settings.importCalendarFile, &CsvImporter::planCalendar}};
    QList<Job> jobs;
    bool valid = true;
    for (const auto &[path, plan] : requested) {
        if (path.isEmpty())
            continue;
        QString error;
        const QString csv = CsvImporter::readFile(path, &error);
        if (!error.isEmpty())
            return fail(error, 2);
        jobs.append({path, plan(csv)});
        jobs.last().plan.source = path;
        for (const ImportPlan::Problem &problem : jobs.last().plan.problems)
            std::fprintf(stderr, "%s line %d: %s\n", qPrintable(path), problem.line,
                         qPrintable(problem.reason));
        valid = valid && jobs.last().plan.isValid();
    }
    if (!valid) {
        std::fprintf(stderr, "roomclaim-server: nothing was imported\n");
        return 2;
    }
    Database::transaction([&] {
        for (const Job &job : std::as_const(jobs))
            CsvImporter::apply(job.plan);
    });
    for (const Job &job : std::as_const(jobs))
        std::fprintf(stdout, "%s\n", qPrintable(summary(job.path, job.plan)));
    return 0;
}

void ServerRunner::writeBookingRules(const ServerSettings &settings) {
    // A value that differs from the shared one is recorded in the audit log as the config
    // file's; an unchanged one records nothing, however often the server starts.
    const Actor::Scope acting(Actor::configFile());
    if (settings.auditRetentionDays)
        AuditLog::setRetentionDays(*settings.auditRetentionDays);
    if (!settings.maxDaysAhead && !settings.maxActiveBookings)
        return;
    // The config file wins at start; the console edits the same shared rules afterwards.
    BookingRuleSet rules = BookingRules::current();
    rules.maxDaysAhead = settings.maxDaysAhead.value_or(rules.maxDaysAhead);
    rules.maxActiveBookings = settings.maxActiveBookings.value_or(rules.maxActiveBookings);
    BookingRules::save(rules);
}

QString ServerRunner::summary(const QString &path, const ImportPlan &plan) {
    switch (plan.kind) {
    case ImportPlan::Kind::Rooms:
    case ImportPlan::Kind::Teachers: {
        const bool rooms = plan.kind == ImportPlan::Kind::Rooms;
        return QStringLiteral("imported %1 %2 from %3: %4 added, %5 updated")
            .arg(rooms ? plan.rooms.size() : plan.teachers.size())
            .arg(rooms ? QStringLiteral("rooms") : QStringLiteral("teachers"), path)
            .arg(plan.additions)
            .arg(plan.updates);
    }
    case ImportPlan::Kind::Periods:
        return QStringLiteral("imported the bell schedule from %1: %2 periods")
            .arg(path)
            .arg(plan.periods.size());
    case ImportPlan::Kind::Calendar:
        return QStringLiteral("imported the calendar from %1: %2 terms, %3 closed ranges")
            .arg(path)
            .arg(plan.terms.size())
            .arg(plan.closedRanges.size());
    }
    return {};
}

void ServerRunner::applyTimeZone(const QString &zone) {
    if (zone.isEmpty()) {
        // The system's zone. Without TZ, glibc looks at /etc/localtime again on every local-time
        // conversion (a stat call each, about twenty per booking); naming that same file reads
        // it once. A zone changed on the host then counts from the next start.
        if (!qEnvironmentVariableIsSet("TZ") &&
            QFileInfo::exists(QStringLiteral("/etc/localtime"))) {
            qputenv("TZ", ":/etc/localtime");
            tzset();
        }
        return;
    }
    // Period times are wall-clock times in the school's zone: make it the process's local time
    // before anything reads the clock.
    qputenv("TZ", zone.toUtf8());
    tzset();
}

int ServerRunner::run(int argc, char *argv[], const ServerSettings &settings,
                      const Console &console) {
    applyTimeZone(settings.timeZone);
    // One-shot commands (--migrate, imports, --init-tls) never open a window.
    const bool maintenance =
        settings.setup || !settings.backupFile.isEmpty() || !settings.restoreFile.isEmpty();
    const bool withConsole = !settings.headless && !settings.migrateOnly && !maintenance &&
                             !settings.hasImports() && settings.initTlsDirectory.isEmpty() &&
                             console.createApplication && console.openWindow;
    std::unique_ptr<QCoreApplication> app = withConsole
                                                ? console.createApplication(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    if (!app)
        return fail(QStringLiteral("no display for the console window (DISPLAY and "
                                   "WAYLAND_DISPLAY are unset); use --headless to run as a "
                                   "service"));
    QCoreApplication::setApplicationName(QStringLiteral("roomclaim-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROOMCLAIM_VERSION));
    qSetMessagePattern(
        QStringLiteral("%{time yyyy-MM-dd hh:mm:ss.zzz} %{if-warning}warning "
                       "%{endif}%{if-critical}error %{endif}%{category}: %{message}"));
    // Debug detail stays off unless asked for with QT_LOGGING_RULES.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false"));
    if (!settings.initTlsDirectory.isEmpty())
        return TlsSetup::run(settings.initTlsDirectory, settings.initTlsHosts);
    if (settings.setup)
        return ServerSetup::run(*settings.setup);
    // Before any migration: a backup takes the database as it is, a restore needs it empty.
    if (!settings.backupFile.isEmpty())
        return DatabaseBackup::backup(settings.database, settings.configFile, settings.backupFile);
    if (!settings.restoreFile.isEmpty())
        return DatabaseBackup::restore(settings.database, settings.restoreFile);
    // Before the database and before anything listens: a bad certificate stops the start (the
    // one-shot commands do not need it).
    std::optional<TlsCredentials> tls;
    if (!settings.tlsCertificateFile.isEmpty() && !settings.migrateOnly && !settings.hasImports()) {
        QString error;
        tls = TlsCredentials::load(settings.tlsCertificateFile, settings.tlsKeyFile, &error);
        if (!tls)
            return fail(error);
        if (!QSslSocket::supportsSsl())
            return fail(QStringLiteral("TLS is not available: Qt found no TLS backend (%1)")
                            .arg(QSslSocket::sslLibraryVersionString()));
    }
    // Before the database work, so the console's log pane also shows the migrations.
    if (withConsole)
        LogBuffer::install();

    Database::setTimeouts(settings.statementTimeoutSeconds * 1000,
                          settings.lockTimeoutSeconds * 1000);
    LockAnnouncer::setDelay(settings.lockAnnounceDelayMs);
    Database::configure(settings.database);
    try {
        Database::connection();
        const QStringList applied = Migrator::migrate();
        if (settings.migrateOnly) {
            std::fprintf(stdout, "schema is at version %d (%lld migrations applied now)\n",
                         Migrator::latestVersion(), static_cast<long long>(applied.size()));
            return 0;
        }
        if (settings.hasImports())
            return runImports(settings);
        if (settings.demo && DemoSchool::createIfEmpty())
            std::fprintf(stdout, "created the demo school (teacher.a / demo-a, teacher.b / demo-b, "
                                 "admin / demo-admin)\n");
        writeBookingRules(settings);
    } catch (const DatabaseError &error) {
        return fail(error.message());
    } catch (const ProtocolError &error) {
        return fail(error.message());
    }

    InstanceSettings instance = settings;
    OpenFileLimit::apply(&instance);
    if (tls)
        instance.tls = tls->serverConfiguration();
    RoomClaimServer server(instance);
    QString error;
    if (!server.start(&error))
        return fail(error);
    // These lines come first: whoever waits for "listening on" then knows both ports and
    // whether they speak TLS.
    if (tls) {
        std::fprintf(stdout, "roomclaim-server: TLS on (%s)\n", qPrintable(tls->description()));
        warnAboutValidity(tls->certificate());
    } else {
        std::fprintf(stdout, "roomclaim-server: TLS off\n");
    }
    const QString feed = server.feedListenAddress();
    std::fprintf(stdout, "roomclaim-server: calendar feed at %s\n",
                 feed.isEmpty() ? "(off)" : qPrintable(feed));
    std::fprintf(stdout, "roomclaim-server: listening on %s\n", qPrintable(server.listenAddress()));
    std::fflush(stdout);
    // Declared after the server, so the window goes first and never sees a dead server.
    std::unique_ptr<QObject> window;
    if (withConsole)
        window = console.openWindow(server);
    return app->exec();
}
