// SPDX-License-Identifier: GPL-3.0-or-later

// roomclaim-soak: the soak's load driver (roomclaim-soak --help). scripts/soak starts the
// database and two server instances, runs it, disturbs the servers meanwhile and checks the
// ledger it writes against the database.

#include "RoomClaimClient.h"
#include "SoakClient.h"
#include "SoakLedger.h"
#include "SoakOptions.h"
#include "SoakSetup.h"
#include "SoakStats.h"
#include "TokenCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>

namespace {
int fail(const QString &message) {
    std::fprintf(stderr, "roomclaim-soak: %s\n", qPrintable(message));
    return 1;
}

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

// Logs in as the first teacher on the first instance and lists the rooms (a few tries: the
// servers may still be starting).
bool fetchRoomIds(const SoakOptions &options, TokenCache *tokens, QList<qint64> *roomIds,
                  QString *error) {
    const QString username = options.userFormat.arg(1);
    for (int attempt = 0; attempt < 10; ++attempt) {
        error->clear();
        RoomClaimClient client(options.urls.first());
        QEventLoop loop;
        QTimer::singleShot(30000, &loop, [&] {
            *error = QStringLiteral("no answer from %1 within 30 s")
                         .arg(options.urls.first().toString());
            loop.quit();
        });
        QObject::connect(&client, &BenchClient::failed, &loop, [&](const QString &reason) {
            *error = QStringLiteral("cannot connect to %1: %2")
                         .arg(options.urls.first().toString(), reason);
            loop.quit();
        });
        QObject::connect(&client, &BenchClient::opened, &loop, [&] {
            client.login(username, options.password, [&](const BenchReply &login) {
                if (!login.ok) {
                    *error = QStringLiteral("login as %1 failed: %2 %3")
                                 .arg(username, login.code, login.message);
                    loop.quit();
                    return;
                }
                tokens->store(username, login.body.value(QStringLiteral("token")).toString());
                client.request(QStringLiteral("listRooms"), {}, [&](const BenchReply &reply) {
                    for (const QJsonValue &room :
                         reply.body.value(QStringLiteral("rooms")).toArray())
                        *roomIds << room.toObject().value(QStringLiteral("id")).toInteger();
                    if (roomIds->isEmpty())
                        *error = QStringLiteral("the server has no rooms");
                    loop.quit();
                });
            });
        });
        client.open();
        loop.exec();
        client.close();
        if (error->isEmpty())
            break;
        QThread::msleep(1000);
    }
    std::sort(roomIds->begin(), roomIds->end());
    return error->isEmpty();
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("roomclaim-soak"));
    SoakOptions options;
    if (!options.parse(app))
        return fail(options.error());
    SoakLedger ledger;
    if (!ledger.open(options.ledgerFile))
        return fail(ledger.error());

    TokenCache tokens;
    QList<qint64> roomIds;
    QString error;
    if (!fetchRoomIds(options, &tokens, &roomIds, &error))
        return fail(error);
    roomIds = roomIds.mid(0, options.rooms);

    SoakStats stats;
    SoakSetup setup;
    setup.urls = options.urls;
    setup.password = options.password;
    setup.plan = SoakPlan(roomIds, options.baseDate, options.days);
    setup.tokens = &tokens;
    setup.ledger = &ledger;
    setup.stats = &stats;
    setup.startedMs = nowMs();
    setup.thinkMs = options.thinkMs;
    setup.maxLive = options.maxLive;
    setup.churnMinSeconds = options.churnMinSeconds;
    setup.churnMaxSeconds = options.churnMaxSeconds;
    setup.requestTimeoutSeconds = options.requestTimeoutSeconds;

    QStringList urls;
    for (const QUrl &url : std::as_const(options.urls))
        urls << url.toString();
    std::printf("roomclaim-soak: %d clients as %d teachers on %s for %d s; %lld rooms, %d days "
                "from %s, think %d ms\n",
                options.clients, options.teachers, qPrintable(urls.join(QStringLiteral(", "))),
                options.seconds, static_cast<long long>(roomIds.size()), options.days,
                qPrintable(options.baseDate.toString(Qt::ISODate)), options.thinkMs);
    std::fflush(stdout);

    QObject owner; // after everything the clients use, so that it goes first
    QList<SoakClient *> clients;
    for (int i = 0; i < options.clients; ++i) {
        auto *client = new SoakClient(i, options.userFormat.arg(i % options.teachers + 1), &setup,
                                      options.seed * 7919u + quint32(i), &owner);
        clients << client;
        // Spread over the first seconds: the first of each teacher logs in with the password.
        QTimer::singleShot(i * 50, client, [client] { client->start(); });
    }
    const auto loggedIn = [&] {
        return int(std::count_if(clients.begin(), clients.end(),
                                 [](const SoakClient *client) { return client->loggedIn(); }));
    };

    // Once a minute the fewest clients seen logged in during it (a dip shows a restart).
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        const int minute = int((nowMs() - setup.startedMs) / 60000);
        const int now = loggedIn();
        stats.connectedByMinute[minute] =
            std::min(stats.connectedByMinute.value(minute, options.clients), now);
    });
    sampler.start(1000);
    QTimer reporter;
    QObject::connect(&reporter, &QTimer::timeout, [&] {
        const qint64 elapsed = (nowMs() - setup.startedMs) / 1000;
        const QJsonObject now = stats.toJson();
        qint64 unknown = 0;
        for (const QJsonValue &value : now.value(QStringLiteral("unknownOutcome")).toObject())
            unknown += value.toInteger();
        std::printf(
            "[%02lld:%02lld] logged in %d/%d; answered %lld (conflicts %lld); errors "
            "%lld; outcome unknown %lld; read checks failed %lld\n",
            static_cast<long long>(elapsed / 60), static_cast<long long>(elapsed % 60), loggedIn(),
            options.clients, static_cast<long long>(stats.okTotal() + stats.conflictTotal()),
            static_cast<long long>(stats.conflictTotal()), static_cast<long long>([&] {
                qint64 sum = 0;
                for (const QJsonValue &value : now.value(QStringLiteral("errors")).toObject())
                    sum += value.toInteger();
                return sum;
            }()),
            static_cast<long long>(unknown), static_cast<long long>(stats.readCheckFailures()));
        std::fflush(stdout);
    });
    reporter.start(options.reportSeconds * 1000);

    QEventLoop run;
    QTimer::singleShot(options.seconds * 1000, &run, &QEventLoop::quit);
    run.exec();

    // Stop: no new requests; a client that had no correct answer lately is stuck.
    const qint64 stoppedMs = nowMs();
    for (SoakClient *client : std::as_const(clients)) {
        client->stop();
        if (client->lastAnswerMs() < stoppedMs - qint64(options.stuckSeconds) * 1000)
            ++stats.stuckClients;
    }
    // The requests in flight get their answers (or their time runs out).
    QEventLoop drain;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        const bool busy = std::any_of(clients.begin(), clients.end(),
                                      [](const SoakClient *client) { return client->busy(); });
        if (!busy || nowMs() > stoppedMs + qint64(options.requestTimeoutSeconds + 5) * 1000)
            drain.quit();
    });
    poll.start(50);
    drain.exec();
    poll.stop();
    sampler.stop();
    reporter.stop();
    for (SoakClient *client : std::as_const(clients))
        client->abandon();
    QCoreApplication::processEvents();

    std::printf("\nroomclaim-soak: %d s, %d clients as %d teachers\n", options.seconds,
                options.clients, options.teachers);
    stats.print();
    if (!options.jsonFile.isEmpty()) {
        QJsonObject document = stats.toJson();
        document.insert(QStringLiteral("seconds"), options.seconds);
        document.insert(QStringLiteral("clients"), options.clients);
        document.insert(QStringLiteral("teachers"), options.teachers);
        document.insert(QStringLiteral("rooms"), int(roomIds.size()));
        document.insert(QStringLiteral("days"), options.days);
        document.insert(QStringLiteral("urls"), QJsonArray::fromStringList(urls));
        QFile file(options.jsonFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(document).toJson()) < 0)
            return fail(QStringLiteral("cannot write %1").arg(options.jsonFile));
    }
    if (stats.okTotal() == 0)
        return fail(QStringLiteral("no request succeeded"));
    if (stats.readCheckFailures() > 0 || stats.stuckClients > 0)
        return fail(QStringLiteral("%1 read checks failed, %2 clients stuck at the end")
                        .arg(stats.readCheckFailures())
                        .arg(stats.stuckClients));
    return 0;
}
