// SPDX-License-Identifier: GPL-3.0-or-later

#include "HandOff.h"
#include "Rfc3339.h"
#include "ServerProcess.h"
#include "TcpProxy.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QScopeGuard>
#include <QThread>
#include <QtTest>
#include <memory>
#include <vector>

// A database that went away: the server talks to PostgreSQL through a proxy that the test cuts
// and resumes. Requests must fail cleanly with 503 meanwhile and work again afterwards.
class tst_Outage : public QObject {
    Q_OBJECT
private slots:
    void databaseGoesAwayAndComesBack();

private:
    static QString describe(const QJsonObject &frame) {
        return QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
    }
    static QJsonObject interval(const QDateTime &start, int minutes) {
        return {{QStringLiteral("start"), Rfc3339::formatLocal(start)},
                {QStringLiteral("end"), Rfc3339::formatLocal(start.addSecs(qint64(minutes) * 60))}};
    }
    static QJsonObject confirmParams(qint64 roomId, const QDateTime &start, int minutes) {
        QJsonObject params = interval(start, minutes);
        params.insert(QStringLiteral("roomId"), roomId);
        return params;
    }
};

void tst_Outage::databaseGoesAwayAndComesBack() {
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    // The proxy forwards on a thread of its own: this thread blocks while the server starts.
    QThread proxyThread;
    QObject proxyAnchor;
    proxyAnchor.moveToThread(&proxyThread);
    proxyThread.start();
    TcpProxy *proxy = nullptr;
    // Blocking, so each side sees what the other did. HandOff tells ThreadSanitizer: the work
    // travels in a static written before the release, and the queued lambda captures nothing,
    // since its captures would be written after it.
    auto onProxyThread = [&](const std::function<void()> &work) {
        static const char key = 0;
        static const std::function<void()> *pending = nullptr;
        pending = &work;
        HandOff::release(&key);
        QMetaObject::invokeMethod(
            &proxyAnchor,
            [] {
                HandOff::acquire(&key);
                (*pending)();
                HandOff::release(&key);
            },
            Qt::BlockingQueuedConnection);
        HandOff::acquire(&key);
    };
    const auto stopProxy = qScopeGuard([&] {
        onProxyThread([&] { delete proxy; });
        proxyThread.quit();
        proxyThread.wait();
    });
    bool listening = false;
    onProxyThread([&] {
        proxy = new TcpProxy(db.host(), db.port());
        listening = proxy->listen();
    });
    QVERIFY(listening);
    ServerProcess server;
    QVERIFY2(server.start(db.urlVia(QStringLiteral("127.0.0.1"), proxy->port()),
                          {QStringLiteral("--demo")}),
             qPrintable(server.error()));

    TestClient a, b;
    QVERIFY(a.open(server.url()));
    QVERIFY(b.open(server.url()));
    QVERIFY(a.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a"))
                .value(QStringLiteral("ok"))
                .toBool());
    QVERIFY(b.login(QStringLiteral("teacher.b"), QStringLiteral("demo-b"))
                .value(QStringLiteral("ok"))
                .toBool());
    const QJsonArray rooms =
        a.request(QStringLiteral("listRooms")).value(QStringLiteral("rooms")).toArray();
    QVERIFY(!rooms.isEmpty());
    const qint64 room = rooms.first().toObject().value(QStringLiteral("id")).toInteger();
    const QDateTime day(QDate(2030, 11, 4), QTime(8, 30));

    // A crowd of connections keeps every worker thread, and so every
    // worker's database connection, busy and open before the outage.
    std::vector<std::unique_ptr<TestClient>> crowd;
    for (int i = 0; i < 12; ++i) {
        crowd.push_back(std::make_unique<TestClient>());
        QVERIFY(crowd.back()->open(server.url()));
        QVERIFY(crowd.back()
                    ->login(i % 2 ? QStringLiteral("teacher.b") : QStringLiteral("teacher.a"),
                            i % 2 ? QStringLiteral("demo-b") : QStringLiteral("demo-a"))
                    .value(QStringLiteral("ok"))
                    .toBool());
    }
    auto burst = [&](int round) {
        QList<qint64> ids;
        for (const auto &client : crowd)
            ids << client->send(QStringLiteral("searchRooms"),
                                interval(day.addSecs(qint64(round) * 600), 50));
        QStringList failures;
        for (size_t i = 0; i < crowd.size(); ++i) {
            const QJsonObject reply = crowd[i]->waitForReply(ids[int(i)], 20000);
            if (!reply.value(QStringLiteral("ok")).toBool())
                failures << describe(reply);
        }
        return failures;
    };
    for (int round = 0; round < 3; ++round) {
        const QStringList failures = burst(round);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    onProxyThread([&] { proxy->cut(); });
    // Only a few requests meet the outage, as on a quiet night: most workers never notice it.
    for (int i = 0; i < 4; ++i) {
        const bool confirm = i % 2;
        const QJsonObject reply =
            confirm ? a.request(QStringLiteral("confirmBooking"),
                                confirmParams(room, day.addSecs(i * 3600), 50), 20000)
                    : a.request(QStringLiteral("searchRooms"), interval(day, 50), 20000);
        QVERIFY2(!reply.isEmpty(), "no reply while the database is away");
        QVERIFY2(!reply.value(QStringLiteral("ok")).toBool(), qPrintable(describe(reply)));
        QCOMPARE(reply.value(QStringLiteral("status")).toInt(), 503);
        QCOMPARE(reply.value(QStringLiteral("code")).toString(), QStringLiteral("UNAVAILABLE"));
        QVERIFY(!reply.value(QStringLiteral("message")).toString().isEmpty());
    }
    QVERIFY(a.isOpen());
    QVERIFY(b.isOpen());
    QVERIFY2(server.isRunning(), qPrintable(server.output()));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM bookings")).toInt(), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM locks")).toInt(), 0);
    QCOMPARE(b.eventCount(QStringLiteral("bookingCreated")), 0);

    onProxyThread([&] { proxy->resume(); });
    // The database is reachable again the moment resume() returns, and the server already saw
    // the loss (the requests above failed on it). So every request now succeeds, on every
    // worker: none may keep a dead connection around and fail whichever request it gets next.
    for (int round = 0; round < 3; ++round) {
        const QStringList failures = burst(round);
        QVERIFY2(failures.isEmpty(),
                 qPrintable(QStringLiteral("after recovery, round %1:\n").arg(round) +
                            failures.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                            server.output().right(3000)));
    }
    const QJsonObject search = a.request(QStringLiteral("searchRooms"), interval(day, 50));
    QVERIFY2(search.value(QStringLiteral("ok")).toBool(), qPrintable(describe(search)));

    // Events flow again once the LISTEN connection is back. Bookings announced before it
    // resubscribed are lost to b, so try a few, each on its own slot.
    qint64 heardId = 0;
    int attempts = 0;
    const QDeadlineTimer eventDeadline(30000);
    while (!heardId && !eventDeadline.hasExpired()) {
        const QDateTime start = day.addDays(1).addSecs(attempts++ * 3600);
        const QJsonObject reply =
            a.request(QStringLiteral("confirmBooking"), confirmParams(room, start, 50));
        QVERIFY2(reply.value(QStringLiteral("ok")).toBool(), qPrintable(describe(reply)));
        const qint64 id = reply.value(QStringLiteral("booking"))
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toInteger();
        for (QJsonObject event = b.waitForEvent(QStringLiteral("bookingCreated"), 2000);
             !event.isEmpty(); event = b.waitForEvent(QStringLiteral("bookingCreated"), 500)) {
            if (event.value(QStringLiteral("booking"))
                    .toObject()
                    .value(QStringLiteral("id"))
                    .toInteger() == id)
                heardId = id;
        }
    }
    QVERIFY2(heardId,
             "bookingCreated never reached the second client after the database came back");
    // And from then on, every booking is heard.
    const QJsonObject reply =
        a.request(QStringLiteral("confirmBooking"), confirmParams(room, day.addDays(2), 50));
    QVERIFY2(reply.value(QStringLiteral("ok")).toBool(), qPrintable(describe(reply)));
    const QJsonObject event = b.waitForEvent(QStringLiteral("bookingCreated"), 10000);
    QCOMPARE(event.value(QStringLiteral("booking")).toObject(),
             reply.value(QStringLiteral("booking")).toObject());
    qInfo("events flowed again after %d booking(s) following recovery", attempts);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM bookings")).toInt(), attempts + 1);
    QVERIFY(server.isRunning());
    qInfo().noquote() << server.output();
}

QTEST_GUILESS_MAIN(tst_Outage)
#include "tst_outage.moc"
