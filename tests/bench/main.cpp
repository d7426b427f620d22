// SPDX-License-Identifier: GPL-3.0-or-later

// roomclaim-bench: the load driver. Figures only; it fails when something functionally
// breaks, never because of a speed. `roomclaim-bench --help` tells how to use it.

#include "BenchOptions.h"
#include "LocalServer.h"
#include "PeerClient.h"
#include "RoomClaimClient.h"
#include "StageReport.h"
#include "StageRunner.h"
#include "TokenCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {
int fail(const QString &message) {
    std::fprintf(stderr, "roomclaim-bench: %s\n", qPrintable(message));
    return 1;
}

// Thousands of connections need as many file descriptors.
void raiseOpenFileLimit() {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

// Logs in as the first teacher and lists the rooms, on the main thread, before any stage.
bool fetchRoomIds(const ClientGroup::ClientFactory &factory, TokenCache *tokens,
                  const BenchOptions &options, QList<qint64> *roomIds, QString *error) {
    QObject owner;
    BenchClient *client = factory(&owner);
    QEventLoop loop;
    QTimer::singleShot(60000, &loop, [&] {
        *error = QStringLiteral("no answer from %1 within 60 s").arg(options.url);
        loop.quit();
    });
    const QString username = options.userFormat.arg(1);
    QObject::connect(client, &BenchClient::failed, &loop, [&](const QString &reason) {
        *error = QStringLiteral("cannot connect to %1: %2").arg(options.url, reason);
        loop.quit();
    });
    QObject::connect(client, &BenchClient::opened, &loop, [&] {
        client->login(username, options.password, [&](const BenchReply &login) {
            if (!login.ok) {
                *error = QStringLiteral("login as %1 failed: %2 %3")
                             .arg(username, login.code, login.message);
                loop.quit();
                return;
            }
            tokens->store(username, login.body.value(QStringLiteral("token")).toString());
            client->request(QStringLiteral("listRooms"), {}, [&](const BenchReply &reply) {
                for (const QJsonValue &room : reply.body.value(QStringLiteral("rooms")).toArray())
                    *roomIds << room.toObject().value(QStringLiteral("id")).toInteger();
                if (roomIds->isEmpty())
                    *error = QStringLiteral("the server has no rooms");
                loop.quit();
            });
        });
    });
    client->open();
    loop.exec();
    client->close();
    std::sort(roomIds->begin(), roomIds->end());
    return error->isEmpty();
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("roomclaim-bench"));
    BenchOptions options;
    if (!options.parse(app))
        return fail(options.error());
    raiseOpenFileLimit();

    LocalServer local;
    if (options.local) {
        if (options.backend != BenchOptions::Backend::RoomClaim)
            return fail(QStringLiteral("--local starts a RoomClaim server only"));
        if (!local.start(options.localRooms, options.localTeachers, options.userFormat,
                         options.password))
            return fail(local.error());
        options.url = local.url();
        options.serverPids = {local.processId()};
    }

    const QUrl url(options.url);
    const bool peer = options.backend == BenchOptions::Backend::Peer;
    const bool schemeFits =
        peer ? url.scheme() == QLatin1String("http")
             : url.scheme() == QLatin1String("ws") || url.scheme() == QLatin1String("wss");
    if (!url.isValid() || url.host().isEmpty() || !schemeFits)
        return fail(peer ? QStringLiteral("--url must be http://HOST:PORT for --backend peer")
                         : QStringLiteral("--url must be ws://HOST:PORT/ or wss://HOST:PORT/"));
    const ClientGroup::ClientFactory factory = [url, peer](QObject *parent) -> BenchClient * {
        if (peer)
            return new PeerClient(url, parent);
        return new RoomClaimClient(url, parent);
    };

    TokenCache tokens;
    QList<qint64> roomIds;
    QString error;
    if (!fetchRoomIds(factory, &tokens, options, &roomIds, &error))
        return fail(error);
    roomIds = roomIds.mid(0, options.rooms);

    std::atomic<qint64> nextSlot{0};
    StageRunner::Setup setup;
    setup.factory = factory;
    setup.tokens = &tokens;
    setup.userFormat = options.userFormat;
    setup.password = options.password;
    setup.serverPids = options.serverPids;
    setup.plan = SlotPlan(roomIds, options.baseDate, options.slotMinutes);
    setup.nextSlot = &nextSlot;
    StageRunner runner(setup);

    std::printf("roomclaim-bench against %s (%s), %lld rooms, bookings from %s on\n",
                qPrintable(options.url),
                options.backend == BenchOptions::Backend::Peer ? "web design" : "RoomClaim",
                static_cast<long long>(roomIds.size()),
                qPrintable(options.baseDate.toString(Qt::ISODate)));
    std::fflush(stdout);
    QJsonArray runs;
    bool anyFailed = false;
    for (const StageSpec &spec : std::as_const(options.stages)) {
        const StageResult result = runner.run(spec);
        StageReport::print(result);
        runs << StageReport::toJson(result);
        anyFailed = anyFailed || result.failed();
    }

    if (!options.jsonFile.isEmpty()) {
        const QJsonObject document{
            {QStringLiteral("tool"), QStringLiteral("roomclaim-bench")},
            {QStringLiteral("backend"), options.backend == BenchOptions::Backend::Peer
                                            ? QStringLiteral("peer")
                                            : QStringLiteral("roomclaim")},
            {QStringLiteral("url"), options.url},
            {QStringLiteral("label"), options.label},
            {QStringLiteral("at"), QDateTime::currentDateTime().toString(Qt::ISODate)},
            {QStringLiteral("rooms"), int(roomIds.size())},
            {QStringLiteral("baseDate"), options.baseDate.toString(Qt::ISODate)},
            {QStringLiteral("runs"), runs}};
        QFile file(options.jsonFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(document).toJson()) < 0)
            return fail(QStringLiteral("cannot write %1").arg(options.jsonFile));
    }
    if (anyFailed)
        return fail(QStringLiteral("some requests failed (see above)"));
    return 0;
}
