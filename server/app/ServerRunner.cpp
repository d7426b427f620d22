#include "ServerRunner.h"

#include "CsvImporter.h"
#include "Database.h"
#include "DatabaseError.h"
#include "DemoSchool.h"
#include "LogBuffer.h"
#include "Migrator.h"
#include "RoomClaimServer.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <cstdio>

namespace {
int fail(const QString &message, int status = 1) {
    std::fprintf(stderr, "roomclaim-server: %s\n", qPrintable(message));
    return status;
}
} // namespace

int ServerRunner::runImports(const QString &roomsPath, const QString &teachersPath) {
    // Plan both files before writing either: all or nothing across the whole command.
    struct Job {
        QString path;
        ImportPlan plan;
    };
    QList<Job> jobs;
    bool valid = true;
    for (const bool rooms : {true, false}) {
        const QString &path = rooms ? roomsPath : teachersPath;
        if (path.isEmpty())
            continue;
        QString error;
        const QString csv = CsvImporter::readFile(path, &error);
        if (!error.isEmpty())
            return fail(error, 2);
        const ImportPlan plan =
            rooms ? CsvImporter::planRooms(csv) : CsvImporter::planTeachers(csv);
        for (const ImportPlan::Problem &problem : plan.problems)
            std::fprintf(stderr, "%s line %d: %s\n", qPrintable(path), problem.line,
                         qPrintable(problem.reason));
        valid = valid && plan.isValid();
        jobs.append({path, plan});
    }
    if (!valid) {
        std::fprintf(stderr, "roomclaim-server: nothing was imported\n");
        return 2;
    }
    Database::transaction([&] {
        for (const Job &job : std::as_const(jobs))
            CsvImporter::apply(job.plan);
    });
    for (const Job &job : std::as_const(jobs)) {
        const bool rooms = job.plan.kind == ImportPlan::Kind::Rooms;
        std::fprintf(
            stdout, "imported %lld %s from %s: %d added, %d updated\n",
            static_cast<long long>(rooms ? job.plan.rooms.size() : job.plan.teachers.size()),
            rooms ? "rooms" : "teachers", qPrintable(job.path), job.plan.additions,
            job.plan.updates);
    }
    return 0;
}

int ServerRunner::run(int argc, char *argv[], const ServerSettings &settings,
                      const Console &console) {
    // One-shot commands (--migrate, imports) never open a window.
    const bool withConsole =
        !settings.headless && !settings.migrateOnly && settings.importRoomsFile.isEmpty() &&
        settings.importTeachersFile.isEmpty() && console.createApplication && console.openWindow;
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
    // Before the database work, so the console's log pane also shows the migrations.
    if (withConsole)
        LogBuffer::install();

    Database::configure(settings.database);
    try {
        Database::connection();
        const QStringList applied = Migrator::migrate();
        if (settings.migrateOnly) {
            std::fprintf(stdout, "schema is at version %d (%lld migrations applied now)\n",
                         Migrator::latestVersion(), static_cast<long long>(applied.size()));
            return 0;
        }
        if (!settings.importRoomsFile.isEmpty() || !settings.importTeachersFile.isEmpty())
            return runImports(settings.importRoomsFile, settings.importTeachersFile);
        if (settings.demo && DemoSchool::createIfEmpty())
            std::fprintf(stdout, "created the demo school (teacher.a / demo-a, teacher.b / demo-b, "
                                 "admin / demo-admin)\n");
    } catch (const DatabaseError &error) {
        return fail(error.message());
    }

    RoomClaimServer server(settings);
    QString error;
    if (!server.start(&error))
        return fail(error);
    std::fprintf(stdout, "roomclaim-server: listening on %s\n", qPrintable(server.listenAddress()));
    std::fflush(stdout);
    // Declared after the server, so the window goes first and never sees a dead server.
    std::unique_ptr<QObject> window;
    if (withConsole)
        window = console.openWindow(server);
    return app->exec();
}
