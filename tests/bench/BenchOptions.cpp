// SPDX-License-Identifier: GPL-3.0-or-later

#include "BenchOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <algorithm>

namespace {
const char *const Description = R"(Load driver for RoomClaim (and the web design it replaced).

Connects N real clients to a running server, logged in as M teachers (one password login per
teacher, the other connections resume with its token), and drives a workload for a while:

  spread  every client books free 5-minute slots spread over the rooms, back to back
          (or with --think-ms between bookings); every client receives every event
  hot     every client confirms the same room and interval at once, round after round:
          exactly one must succeed, the others are answered LOCK_HELD or BOOKING_CONFLICT
  mixed   each client cycles: searchRooms, confirmBooking, myBookings (a week),
          listBookings (a whole day: the day grid), cancelBooking of every other booking
  fanout  N listeners and one more client that books; fan-out latency is the time from the
          booker's reply to the last listener's bookingCreated for that booking
  idle    N logged-in connections that do nothing, for --duration; reports server RSS

Bookings go to distinct slots (16:00-24:00 local time, from --base-date on, spread over the
first --rooms rooms by id), so a spread run meets no conflict of its own making.
Prints per stage: bookings/s, round trip p50/p95/p99/max per request type, conflicts and
errors by code, fan-out latency, server peak RSS (VmHWM) and CPU seconds per 1,000 bookings
(from /proc of --server-pid), the driver's own CPU and how busy the machine was.
--workload and --clients take lists: every workload runs at every client count, in order.
Exit status 1 when something functionally failed (a connection, a login, a request answered
with an error other than a conflict, a lost event, a hot round without exactly one success);
never because of a speed.

Example: roomclaim-bench --url ws://127.0.0.1:7400/ --server-pid 1234 \
             --workload spread,hot --clients 1,10,50,200 --duration 20 --json out.json)";

bool parseList(const QString &text, QList<int> *values) {
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int value = part.trimmed().toInt(&ok);
        if (!ok || value < 1)
            return false;
        *values << value;
    }
    return !values->isEmpty();
}
} // namespace

bool BenchOptions::parse(const QCoreApplication &app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(Description));
    parser.addHelpOption();
    const QCommandLineOption urlOption(
        QStringLiteral("url"),
        QStringLiteral("Server to drive: ws://HOST:PORT/ (RoomClaim) or http://HOST:PORT "
                       "(--backend peer). Default ws://127.0.0.1:7400/."),
        QStringLiteral("URL"));
    const QCommandLineOption backendOption(
        QStringLiteral("backend"),
        QStringLiteral("roomclaim (default) or peer: the web design under tests/bench/peer "
                       "(HTTP POST + Socket.IO)."),
        QStringLiteral("NAME"), QStringLiteral("roomclaim"));
    const QCommandLineOption workloadOption(
        QStringLiteral("workload"),
        QStringLiteral("spread, hot, mixed, fanout, idle, or a comma-separated list. Default "
                       "spread."),
        QStringLiteral("LIST"), QStringLiteral("spread"));
    const QCommandLineOption clientsOption(
        QStringLiteral("clients"),
        QStringLiteral("Clients (fanout: listeners; idle: connections), or a comma-separated "
                       "list. Default 10."),
        QStringLiteral("LIST"), QStringLiteral("10"));
    const QCommandLineOption teachersOption(
        QStringLiteral("teachers"),
        QStringLiteral("Teacher accounts the clients log in as, round robin. Default: as many "
                       "as clients, at most 200."),
        QStringLiteral("M"), QStringLiteral("0"));
    const QCommandLineOption userOption(
        QStringLiteral("user-format"), QStringLiteral("Usernames, %1 being 1..M. Default bench%1."),
        QStringLiteral("FORMAT"), QStringLiteral("bench%1"));
    const QCommandLineOption passwordOption(QStringLiteral("password"),
                                            QStringLiteral("Every teacher's password. Default "
                                                           "bench-password."),
                                            QStringLiteral("PASSWORD"),
                                            QStringLiteral("bench-password"));
    const QCommandLineOption roomsOption(QStringLiteral("rooms"),
                                         QStringLiteral("Rooms bookings spread over. Default 200."),
                                         QStringLiteral("R"), QStringLiteral("200"));
    const QCommandLineOption slotOption(QStringLiteral("slot-minutes"),
                                        QStringLiteral("Length of each booking. Default 5."),
                                        QStringLiteral("MINUTES"), QStringLiteral("5"));
    const QCommandLineOption durationOption(
        QStringLiteral("duration"),
        QStringLiteral("Seconds each stage runs (idle: how long the connections stay). "
                       "Default 10."),
        QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption warmupOption(
        QStringLiteral("warmup"),
        QStringLiteral("Seconds at the start of each stage that are not measured. Default 1."),
        QStringLiteral("SECONDS"), QStringLiteral("1"));
    const QCommandLineOption thinkOption(
        QStringLiteral("think-ms"),
        QStringLiteral("Pause between one client's requests, jittered ±50% (hot: between "
                       "rounds). Default 0: back to back."),
        QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption threadsOption(
        QStringLiteral("threads"),
        QStringLiteral("Driver threads, each with its own event loop and connections "
                       "(fanout: one more for the booker). Default 2."),
        QStringLiteral("T"), QStringLiteral("2"));
    const QCommandLineOption baseDateOption(
        QStringLiteral("base-date"),
        QStringLiteral("First day bookings go to (YYYY-MM-DD). Default: a random day 2 to 50 "
                       "years ahead, so repeated runs do not meet each other's bookings."),
        QStringLiteral("DATE"));
    const QCommandLineOption pidOption(
        QStringLiteral("server-pid"),
        QStringLiteral("Server process(es) to read RSS and CPU of, comma-separated (summed)."),
        QStringLiteral("PIDS"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Also write the figures to FILE as JSON."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption labelOption(QStringLiteral("label"),
                                         QStringLiteral("Free text stored in the JSON."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption localOption(
        QStringLiteral("local"),
        QStringLiteral("Start a private roomclaim-server on a fresh database of the PostgreSQL "
                       "in ROOMCLAIM_TEST_PG (20 rooms, --teachers teachers, default 4) "
                       "instead of --url."));
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke"),
        QStringLiteral("A short run of every workload at a few clients (the test suite's "
                       "check that the driver and the server work together)."));
    parser.addOptions({urlOption, backendOption, workloadOption, clientsOption, teachersOption,
                       userOption, passwordOption, roomsOption, slotOption, durationOption,
                       warmupOption, thinkOption, threadsOption, baseDateOption, pidOption,
                       jsonOption, labelOption, localOption, smokeOption});
    parser.process(app);

    const QString backendName = parser.value(backendOption).toLower();
    if (backendName == QLatin1String("roomclaim"))
        backend = Backend::RoomClaim;
    else if (backendName == QLatin1String("peer"))
        backend = Backend::Peer;
    else
        return m_error = QStringLiteral("--backend must be roomclaim or peer"), false;
    url = parser.value(urlOption);
    if (url.isEmpty())
        url = QStringLiteral("ws://127.0.0.1:7400/");
    userFormat = parser.value(userOption);
    if (!userFormat.contains(QLatin1String("%1")))
        return m_error = QStringLiteral("--user-format must contain %1"), false;
    password = parser.value(passwordOption);
    jsonFile = parser.value(jsonOption);
    label = parser.value(labelOption);
    local = parser.isSet(localOption);

    bool ok = false;
    rooms = parser.value(roomsOption).toInt(&ok);
    if (!ok || rooms < 1)
        return m_error = QStringLiteral("--rooms must be a positive number"), false;
    slotMinutes = parser.value(slotOption).toInt(&ok);
    if (!ok || slotMinutes < 1 || slotMinutes > 240)
        return m_error = QStringLiteral("--slot-minutes must be from 1 to 240"), false;
    const double duration = parser.value(durationOption).toDouble(&ok);
    if (!ok || duration <= 0 || duration > 86400)
        return m_error = QStringLiteral("--duration must be a positive number of seconds"), false;
    const double warmup = parser.value(warmupOption).toDouble(&ok);
    if (!ok || warmup < 0 || warmup >= duration)
        return m_error = QStringLiteral("--warmup must be from 0 to less than --duration"), false;
    const int think = parser.value(thinkOption).toInt(&ok);
    if (!ok || think < 0)
        return m_error = QStringLiteral("--think-ms must be 0 or more"), false;
    const int threads = parser.value(threadsOption).toInt(&ok);
    if (!ok || threads < 1 || threads > 64)
        return m_error = QStringLiteral("--threads must be from 1 to 64"), false;
    const int teachers = parser.value(teachersOption).toInt(&ok);
    if (!ok || teachers < 0)
        return m_error = QStringLiteral("--teachers must be a positive number"), false;
    for (const QString &pid : parser.value(pidOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qint64 value = pid.trimmed().toLongLong(&ok);
        if (!ok || value < 1)
            return m_error = QStringLiteral("--server-pid takes process ids"), false;
        serverPids << value;
    }
    if (parser.isSet(baseDateOption)) {
        baseDate = QDate::fromString(parser.value(baseDateOption), Qt::ISODate);
        if (!baseDate.isValid())
            return m_error = QStringLiteral("--base-date must be YYYY-MM-DD"), false;
    } else {
        baseDate = QDate::currentDate().addDays(730 + QRandomGenerator::global()->bounded(17000));
    }

    if (local && teachers > 0)
        localTeachers = teachers;
    const auto stage = [&](Workload workload, int clients, int ms, int warmupMs) {
        StageSpec spec;
        spec.workload = workload;
        spec.clients = clients;
        spec.teachers = teachers > 0 ? teachers : std::min(clients + 1, 200);
        if (local)
            spec.teachers = std::min(spec.teachers, localTeachers);
        spec.durationMs = ms;
        spec.warmupMs = warmupMs;
        spec.thinkMs = think;
        spec.threads = threads;
        stages << spec;
    };
    if (parser.isSet(smokeOption)) {
        // Seconds, not minutes: it checks that everything works, not how fast.
        stage(Workload::Spread, 4, 1500, 0);
        stage(Workload::Hot, 4, 1500, 0);
        stage(Workload::Mixed, 4, 1500, 0);
        stage(Workload::Fanout, 8, 1500, 0);
        stage(Workload::Idle, 16, 500, 0);
        return true;
    }
    QList<int> clientCounts;
    if (!parseList(parser.value(clientsOption), &clientCounts))
        return m_error = QStringLiteral("--clients takes positive numbers, comma-separated"), false;
    for (const QString &name :
         parser.value(workloadOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        Workload workload;
        if (!workloadFromName(name, &workload))
            return m_error = QStringLiteral("unknown workload '%1' (spread, hot, mixed, fanout, "
                                            "idle)")
                                 .arg(name),
                   false;
        for (int clients : std::as_const(clientCounts))
            stage(workload, clients, int(duration * 1000), int(warmup * 1000));
    }
    if (stages.isEmpty())
        return m_error = QStringLiteral("--workload names no workload"), false;
    return true;
}
