// SPDX-License-Identifier: GPL-3.0-or-later

#include "CertificateFactory.h"
#include "RawWebSocket.h"
#include "ReplyChecks.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <sys/resource.h>
#include <vector>

namespace {
// A time `days` days from today at +01:00, as a client writes it.
QString at(int days, int hour, int minute) {
    const QDateTime time(QDate::currentDate().addDays(days), QTime(hour, minute), Qt::OffsetFromUTC,
                         3600);
    return time.toString(Qt::ISODate);
}

// A listener on a raw TCP socket: a thousand of them cost the test little, and it sees the
// server's frames byte for byte.
struct RawListener {
    std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
    QByteArray pending;       // bytes not yet parsed into frames
    QList<QByteArray> frames; // text payloads, in arrival order
    bool upgraded = false;
    bool broken = false; // a frame the client could not have read

    // Reads what has arrived and splits it into frames (server frames are never masked).
    void read() {
        pending += socket->readAll();
        if (!upgraded) {
            const qsizetype end = pending.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            upgraded = pending.startsWith("HTTP/1.1 101");
            pending.remove(0, end + 4);
        }
        while (pending.size() >= 2) {
            const auto *bytes = reinterpret_cast<const uchar *>(pending.constData());
            if ((bytes[0] & 0x80) == 0 || (bytes[1] & 0x80) != 0) {
                broken = true; // fragmented or masked: not what the server writes
                return;
            }
            qint64 size = bytes[1] & 0x7f;
            qsizetype header = 2;
            if (size == 126) {
                if (pending.size() < 4)
                    return;
                size = (qint64(bytes[2]) << 8) | bytes[3];
                header = 4;
            } else if (size == 127) {
                if (pending.size() < 10)
                    return;
                size = 0;
                for (int i = 0; i < 8; ++i)
                    size = (size << 8) | bytes[2 + i];
                header = 10;
            }
            if (pending.size() < header + size)
                return;
            if ((bytes[0] & 0x0f) == 1)
                frames << pending.mid(header, size);
            pending.remove(0, header + size);
        }
    }

    QList<QJsonObject> objects() const {
        QList<QJsonObject> result;
        for (const QByteArray &frame : frames)
            result << QJsonDocument::fromJson(frame).object();
        return result;
    }

    // The frames of bookingCreated events for this booking.
    QList<QByteArray> created(qint64 bookingId) const {
        QList<QByteArray> result;
        for (const QByteArray &frame : frames) {
            const QJsonObject object = QJsonDocument::fromJson(frame).object();
            if (object.value(QStringLiteral("event")).toString() ==
                    QLatin1String("bookingCreated") &&
                object.value(QStringLiteral("booking")).toObject().value(QStringLiteral("id")) ==
                    bookingId)
                result << frame;
        }
        return result;
    }
};

// How many connections this process can hold open besides its other files.
int connectionsWithinFileLimit(int wanted) {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 0;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
        getrlimit(RLIMIT_NOFILE, &limit);
    }
    return int(std::min<rlim_t>(rlim_t(wanted), limit.rlim_cur > 200 ? limit.rlim_cur - 200 : 0));
}
} // namespace

// Events reach every logged-in connection exactly once, the same bytes for all of them, over
// plain and TLS connections, and a connection that reads slowly still gets every frame whole and
// in order (the server writes frames to the sockets itself, encoded once per event).
class tst_Fanout : public QObject {
    Q_OBJECT
private slots:
    void cleanup();

    void thousandConnectionsReceiveOneEventOnce();
    void slowReaderGetsEveryFrameWholeAndInOrder();
    void eventsReachTlsConnectionsOnce();

private:
    void startServer(const QStringList &arguments = {});
    std::unique_ptr<TestClient> loggedIn(const QString &url, const QString &username,
                                         const QString &password,
                                         const QList<QSslCertificate> &authorities = {});
    // Opens `count` raw connections; with a token, each resumes the session and waits for it.
    std::vector<RawListener> openListeners(int count, const QString &token);
    qint64 book(TestClient &booker, int days, int hour);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
};

void tst_Fanout::startServer(const QStringList &arguments) {
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(m_db->url(),
                             QStringList{QStringLiteral("--demo"),
                                         QStringLiteral("--max-connections"), QStringLiteral("0"),
                                         QStringLiteral("--max-connections-per-address"),
                                         QStringLiteral("0")} +
                                 arguments),
             qPrintable(m_server->error()));
}

void tst_Fanout::cleanup() {
    if (QTest::currentTestFailed() && m_server)
        qWarning().noquote() << "server log:\n" << m_server->output().right(4000);
    m_server.reset();
    if (QSqlDatabase::contains(QStringLiteral("test-db")))
        QSqlDatabase::database(QStringLiteral("test-db"), false).close();
    m_db.reset();
}

std::unique_ptr<TestClient> tst_Fanout::loggedIn(const QString &url, const QString &username,
                                                 const QString &password,
                                                 const QList<QSslCertificate> &authorities) {
    auto client = std::make_unique<TestClient>();
    if (!authorities.isEmpty())
        client->setTrustedCertificates(authorities);
    if (!client->open(url))
        return nullptr;
    if (!client->login(username, password).value(QStringLiteral("ok")).toBool())
        return nullptr;
    return client;
}

std::vector<RawListener> tst_Fanout::openListeners(int count, const QString &token) {
    std::vector<RawListener> listeners(static_cast<size_t>(count));
    const QByteArray upgrade = QStringLiteral("GET / HTTP/1.1\r\nHost: 127.0.0.1:%1\r\n"
                                              "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                                              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                              "Sec-WebSocket-Version: 13\r\n\r\n")
                                   .arg(m_server->port())
                                   .toLatin1();
    for (RawListener &listener : listeners) {
        listener.socket->connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
        listener.socket->write(upgrade);
    }
    const auto all = [&](auto condition) {
        for (RawListener &listener : listeners) {
            listener.read();
            if (!condition(listener))
                return false;
        }
        return true;
    };
    if (!QTest::qWaitFor([&] { return all([](const RawListener &l) { return l.upgraded; }); },
                         60000))
        return {};
    if (token.isEmpty())
        return listeners;
    for (RawListener &listener : listeners)
        listener.socket->write(
            requestFrame(1, QStringLiteral("resume"), {{QStringLiteral("token"), token}}));
    if (!QTest::qWaitFor(
            [&] { return all([](const RawListener &l) { return !l.frames.isEmpty(); }); }, 60000))
        return {};
    for (RawListener &listener : listeners) {
        const QJsonObject reply = QJsonDocument::fromJson(listener.frames.first()).object();
        if (!reply.value(QStringLiteral("ok")).toBool())
            return {};
        listener.frames.clear();
    }
    return listeners;
}

qint64 tst_Fanout::book(TestClient &booker, int days, int hour) {
    const QJsonObject reply = booker.request(
        QStringLiteral("confirmBooking"), {{QStringLiteral("roomId"), 1},
                                           {QStringLiteral("start"), at(days, hour, 0)},
                                           {QStringLiteral("end"), at(days, hour, 45)},
                                           {QStringLiteral("purpose"), QStringLiteral("Fan-out")}});
    return reply.value(QStringLiteral("booking"))
        .toObject()
        .value(QStringLiteral("id"))
        .toInteger();
}

void tst_Fanout::thousandConnectionsReceiveOneEventOnce() {
    const int count = connectionsWithinFileLimit(1000);
    QVERIFY2(count >= 100, "too few open files allowed for this test");
    startServer();
    const auto booker =
        loggedIn(m_server->url(), QStringLiteral("teacher.b"), QStringLiteral("demo-b"));
    QVERIFY(booker);
    const auto teacher =
        loggedIn(m_server->url(), QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    QVERIFY(teacher);
    // The session token of teacher.a, from a fresh login on another connection.
    TestClient tokenSource;
    QVERIFY(tokenSource.open(m_server->url()));
    const QString sessionToken =
        tokenSource.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a"))
            .value(QStringLiteral("token"))
            .toString();
    QVERIFY(!sessionToken.isEmpty());

    QElapsedTimer opening;
    opening.start();
    std::vector<RawListener> listeners = openListeners(count, sessionToken);
    QCOMPARE(int(listeners.size()), count);
    // Connected but never logged in: events are not theirs.
    std::vector<RawListener> strangers = openListeners(20, QString());
    QCOMPARE(int(strangers.size()), 20);
    const qint64 openMs = opening.elapsed();

    QElapsedTimer delivery;
    delivery.start();
    const qint64 bookingId = book(*booker, 2, 10);
    QVERIFY(bookingId > 0);
    const bool everyone = QTest::qWaitFor(
        [&] {
            for (RawListener &listener : listeners) {
                listener.read();
                if (listener.created(bookingId).isEmpty())
                    return false;
            }
            return true;
        },
        30000);
    const qint64 deliveryMs = delivery.elapsed();
    QVERIFY2(everyone, "some logged-in connection did not receive bookingCreated");
    // Anything sent twice would have come by now, right behind the first.
    QTest::qWait(300);
    const QByteArray first = listeners.front().created(bookingId).value(0);
    for (RawListener &listener : listeners) {
        listener.read();
        QVERIFY(!listener.broken);
        const QList<QByteArray> received = listener.created(bookingId);
        QCOMPARE(received.size(), 1);
        // One encoding for everyone.
        QCOMPARE(received.first(), first);
    }
    for (RawListener &stranger : strangers) {
        stranger.read();
        QVERIFY(stranger.frames.isEmpty());
    }
    QCOMPARE(QJsonDocument::fromJson(first)
                 .object()
                 .value(QStringLiteral("booking"))
                 .toObject()
                 .value(QStringLiteral("purpose"))
                 .toString(),
             QStringLiteral("Fan-out"));
    // The booker's own connection and an ordinary client hear it once too.
    QVERIFY(teacher->waitForEvent(QStringLiteral("bookingCreated")).size() > 0);
    QTest::qWait(100);
    QCOMPARE(teacher->eventCount(QStringLiteral("bookingCreated")), 1);
    QCOMPARE(booker->eventCount(QStringLiteral("bookingCreated")), 1);
    qInfo().noquote() << QStringLiteral("%1 listeners opened and logged in in %2 ms; the event "
                                        "reached every one of them %3 ms after the request")
                             .arg(count)
                             .arg(openMs)
                             .arg(deliveryMs);
}

void tst_Fanout::slowReaderGetsEveryFrameWholeAndInOrder() {
    startServer();
    // 2,000 bookings tomorrow: one listBookings page is some 500 kB.
    QVERIFY(m_db->exec(QStringLiteral(
        "INSERT INTO bookings (room_id, teacher_id, during, purpose) "
        "SELECT r.id, t.id, tstzrange(s, s + interval '30 seconds'), 'Slow \"reader\" ' || n "
        "FROM (SELECT min(id) AS id FROM rooms) r, teachers t, generate_series(0, 1999) n, "
        "LATERAL (SELECT date_trunc('day', now()) + interval '1 day' + n * interval '30 seconds' "
        "AS s) slot WHERE t.username = 'teacher.b'")));
    const auto booker =
        loggedIn(m_server->url(), QStringLiteral("teacher.b"), QStringLiteral("demo-b"));
    QVERIFY(booker);
    TestClient tokenSource;
    QVERIFY(tokenSource.open(m_server->url()));
    const QString token = tokenSource.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a"))
                              .value(QStringLiteral("token"))
                              .toString();
    std::vector<RawListener> readers = openListeners(1, token);
    QCOMPARE(int(readers.size()), 1);
    RawListener &reader = readers.front();

    // Three big replies asked for and not read: most of them wait in the server.
    const QJsonObject span{{QStringLiteral("from"), at(1, 0, 0)},
                           {QStringLiteral("to"), at(2, 0, 0)}};
    for (qint64 id = 2; id <= 4; ++id)
        reader.socket->write(requestFrame(id, QStringLiteral("listBookings"), span));
    QVERIFY(reader.socket->waitForBytesWritten(5000));
    QTest::qWait(500);
    // Events behind and between them.
    QList<qint64> booked;
    for (int hour = 8; hour < 13; ++hour) {
        booked << book(*booker, 5, hour);
        QVERIFY(booked.last() > 0);
    }
    QVERIFY(QTest::qWaitFor(
        [&] {
            reader.read();
            return reader.created(booked.last()).size() == 1 && reader.frames.size() >= 8;
        },
        30000));
    QVERIFY(!reader.broken);
    QVERIFY(reader.pending.isEmpty());
    QList<qint64> replies;
    QList<qint64> events;
    for (const QJsonObject &frame : reader.objects()) {
        QVERIFY2(!frame.isEmpty(), "a frame that is not a JSON object");
        if (frame.contains(QStringLiteral("re"))) {
            replies << frame.value(QStringLiteral("re")).toInteger();
            QVERIFY(frame.value(QStringLiteral("ok")).toBool());
            QCOMPARE(frame.value(QStringLiteral("bookings")).toArray().size(), 2000);
        } else if (frame.value(QStringLiteral("event")) == QStringLiteral("bookingCreated")) {
            events << frame.value(QStringLiteral("booking"))
                          .toObject()
                          .value(QStringLiteral("id"))
                          .toInteger();
        }
    }
    QCOMPARE(replies, (QList<qint64>{2, 3, 4}));
    QCOMPARE(events, booked);
}

void tst_Fanout::eventsReachTlsConnectionsOnce() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    const CertificatePair authority = CertificateFactory::createAuthority(
        QStringLiteral("Fan-out School CA"), now.addSecs(-3600), now.addYears(1), &error);
    QVERIFY2(!authority.isNull(), qPrintable(error));
    const CertificatePair server = CertificateFactory::issueServer(
        authority, {QStringLiteral("127.0.0.1")}, now.addSecs(-3600), now.addDays(30), &error);
    QVERIFY2(!server.isNull(), qPrintable(error));
    const auto write = [&](const QString &name, const QByteArray &data) {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    };
    QVERIFY(write(QStringLiteral("server.crt"), server.certificatePem));
    QVERIFY(write(QStringLiteral("server.key"), server.privateKeyPem));
    startServer({QStringLiteral("--tls-cert"), dir.filePath(QStringLiteral("server.crt")),
                 QStringLiteral("--tls-key"), dir.filePath(QStringLiteral("server.key"))});
    const QList<QSslCertificate> trusted = QSslCertificate::fromData(authority.certificatePem);

    const auto booker = loggedIn(m_server->secureUrl(), QStringLiteral("teacher.b"),
                                 QStringLiteral("demo-b"), trusted);
    QVERIFY(booker);
    std::vector<std::unique_ptr<TestClient>> listeners;
    for (int i = 0; i < 20; ++i) {
        listeners.push_back(loggedIn(m_server->secureUrl(), QStringLiteral("teacher.a"),
                                     QStringLiteral("demo-a"), trusted));
        QVERIFY(listeners.back());
    }
    const qint64 bookingId = book(*booker, 2, 11);
    QVERIFY(bookingId > 0);
    for (const auto &listener : listeners) {
        const QJsonObject event = listener->waitForEvent(QStringLiteral("bookingCreated"));
        QCOMPARE(event.value(QStringLiteral("booking")).toObject().value(QStringLiteral("id")),
                 bookingId);
    }
    QTest::qWait(200);
    for (const auto &listener : listeners)
        QCOMPARE(listener->eventCount(QStringLiteral("bookingCreated")), 1);
}

QTEST_GUILESS_MAIN(tst_Fanout)
#include "tst_fanout.moc"
