// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReplyChecks.h"
#include "Rfc3339.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QtTest>
#include <memory>

// A confirmation whose reply was lost (the client gone before reading it) is sent again with
// the same requestId: the server recognises it, on any instance, and answers with what the
// first one made instead of booking twice or saying "Room already booked by <yourself>".
class tst_Idempotency : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void confirmSentAgainGetsTheSameBooking();
    void sameKeyWithOtherContentIsRefused();
    void badRequestIdsAreRefused();
    void seriesSentAgainGetsTheSameSeries();
    void refusedSeriesKeepsNoKey();
    void keyHoldsAcrossInstances();
    void oldKeysAreSwept();

private:
    // A connection logged in as teacher.a (resuming the suite's session), on the given server.
    std::unique_ptr<TestClient> teacherA(const ServerProcess &server);
    qint64 roomId(const QString &name);
    static QJsonObject confirmParams(qint64 roomId, const QDateTime &start,
                                     const QString &requestId);
    // The bookingCreated events this client heard for that booking.
    static int createdEvents(const TestClient &client, qint64 bookingId);
    int count(const QString &sql) const { return m_db->scalar(sql).toInt(); }

    std::unique_ptr<TestDatabase> m_db;
    ServerProcess m_server;
    ServerProcess m_second;
    QString m_token;
    std::unique_ptr<TestClient> m_listener; // teacher.b, hearing every event
};

void tst_Idempotency::initTestCase() {
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    // A cleanup round every second, for the sweep of old keys.
    QVERIFY2(m_server.start(m_db->url(), {QStringLiteral("--demo"),
                                          QStringLiteral("--lock-cleanup"), QStringLiteral("1")}),
             qPrintable(m_server.error()));
    QVERIFY2(m_second.start(m_db->url()), qPrintable(m_second.error()));
    TestClient login;
    QVERIFY(login.open(m_server.url()));
    const QJsonObject reply = login.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    VERIFY_OK(reply);
    m_token = reply.value(QStringLiteral("token")).toString();
    m_listener = std::make_unique<TestClient>();
    QVERIFY(m_listener->open(m_second.url()));
    VERIFY_OK(m_listener->login(QStringLiteral("teacher.b"), QStringLiteral("demo-b")));
}

void tst_Idempotency::cleanupTestCase() {
    m_listener.reset();
    m_second.stop();
    m_server.stop();
    m_db.reset();
}

std::unique_ptr<TestClient> tst_Idempotency::teacherA(const ServerProcess &server) {
    auto client = std::make_unique<TestClient>();
    if (!client->open(server.url()) ||
        !client->request(QStringLiteral("resume"), {{QStringLiteral("token"), m_token}})
             .value(QStringLiteral("ok"))
             .toBool())
        return nullptr;
    return client;
}

qint64 tst_Idempotency::roomId(const QString &name) {
    return m_db->scalar(QStringLiteral("SELECT id FROM rooms WHERE name = '%1'").arg(name))
        .toLongLong();
}

QJsonObject tst_Idempotency::confirmParams(qint64 roomId, const QDateTime &start,
                                           const QString &requestId) {
    QJsonObject params{{QStringLiteral("roomId"), roomId},
                       {QStringLiteral("start"), Rfc3339::formatLocal(start)},
                       {QStringLiteral("end"), Rfc3339::formatLocal(start.addSecs(50 * 60))},
                       {QStringLiteral("purpose"), QStringLiteral("7B Maths")}};
    if (!requestId.isEmpty())
        params.insert(QStringLiteral("requestId"), requestId);
    return params;
}

int tst_Idempotency::createdEvents(const TestClient &client, qint64 bookingId) {
    int heard = 0;
    for (const TestClient::Event &event : client.events())
        if (event.frame.value(QStringLiteral("event")).toString() ==
                QLatin1String("bookingCreated") &&
            event.frame.value(QStringLiteral("booking"))
                    .toObject()
                    .value(QStringLiteral("id"))
                    .toInteger() == bookingId)
            ++heard;
    return heard;
}

void tst_Idempotency::confirmSentAgainGetsTheSameBooking() {
    const qint64 room = roomId(QStringLiteral("Room 101"));
    QVERIFY(room > 0);
    const QDateTime start(QDate(2030, 6, 3), QTime(9, 0));
    const QString key = QStringLiteral("5b0c1f7e-2d7c-4a8e-9f11-0c6a1d2e3f40");
    const QJsonObject params = confirmParams(room, start, key);

    // The request leaves and the client is gone before its reply comes.
    {
        std::unique_ptr<TestClient> lost = teacherA(m_server);
        QVERIFY(lost);
        lost->send(QStringLiteral("confirmBooking"), params);
        lost->close();
    }
    const QString ofRoom = QStringLiteral("SELECT %1 FROM bookings WHERE room_id = %2 AND "
                                          "extract(epoch FROM lower(during)) = %3")
                               .arg(QStringLiteral("%1"), QStringLiteral("%2"),
                                    QString::number(start.toSecsSinceEpoch()));
    QVERIFY2(
        QTest::qWaitFor(
            [&] { return count(ofRoom.arg(QStringLiteral("count(*)")).arg(room)) == 1; }, 10000),
        "the first confirmation was not booked");
    const qint64 bookingId = m_db->scalar(ofRoom.arg(QStringLiteral("id")).arg(room)).toLongLong();

    // Sent again on a new connection: the same booking, in the reply an ordinary confirmation
    // gets, and nothing more is booked or announced.
    std::unique_ptr<TestClient> again = teacherA(m_server);
    QVERIFY(again);
    const QJsonObject reply = again->request(QStringLiteral("confirmBooking"), params);
    VERIFY_OK(reply);
    QCOMPARE(QStringList(reply.keys()),
             (QStringList{QStringLiteral("booking"), QStringLiteral("ok"), QStringLiteral("re")}));
    const QJsonObject booking = reply.value(QStringLiteral("booking")).toObject();
    QCOMPARE(booking.value(QStringLiteral("id")).toInteger(), bookingId);
    QCOMPARE(booking.value(QStringLiteral("roomId")).toInteger(), room);
    QCOMPARE(booking.value(QStringLiteral("teacherName")).toString(), QStringLiteral("Teacher A"));
    QCOMPARE(booking.value(QStringLiteral("purpose")).toString(), QStringLiteral("7B Maths"));
    QCOMPARE(Rfc3339::parse(booking.value(QStringLiteral("start")).toString()), start);
    QVERIFY(booking.contains(QStringLiteral("seriesId")));

    // The same instant written in UTC is the same request; so is a third try on the other
    // instance.
    QJsonObject inUtc = params;
    inUtc.insert(QStringLiteral("start"), Rfc3339::format(start.toUTC()));
    inUtc.insert(QStringLiteral("end"), Rfc3339::format(start.addSecs(50 * 60).toUTC()));
    const QJsonObject utcReply = again->request(QStringLiteral("confirmBooking"), inUtc);
    VERIFY_OK(utcReply);
    QCOMPARE(utcReply.value(QStringLiteral("booking")).toObject().value(QStringLiteral("id")),
             QJsonValue(bookingId));
    std::unique_ptr<TestClient> elsewhere = teacherA(m_second);
    QVERIFY(elsewhere);
    const QJsonObject secondReply = elsewhere->request(QStringLiteral("confirmBooking"), params);
    VERIFY_OK(secondReply);
    QCOMPARE(secondReply.value(QStringLiteral("booking")), QJsonValue(booking));

    QCOMPARE(count(ofRoom.arg(QStringLiteral("count(*)")).arg(room)), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM locks")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                  "'booking.created' AND (details->>'booking')::bigint = %1")
                       .arg(bookingId)),
             1);
    QVERIFY(QTest::qWaitFor([&] { return createdEvents(*m_listener, bookingId) >= 1; }, 5000));
    QTest::qWait(300); // a second event would have come by now
    QCOMPARE(createdEvents(*m_listener, bookingId), 1);
    QCOMPARE(again->eventCount(QStringLiteral("bookingConflict")), 0);

    // Without a key, the same request is a new one, as always: the room is taken.
    VERIFY_FAILURE(again->request(QStringLiteral("confirmBooking"), confirmParams(room, start, {})),
                   409, "BOOKING_CONFLICT");
}

void tst_Idempotency::sameKeyWithOtherContentIsRefused() {
    const qint64 room = roomId(QStringLiteral("Room 102"));
    const qint64 otherRoom = roomId(QStringLiteral("Room 103"));
    QVERIFY(room > 0 && otherRoom > 0);
    const QDateTime start(QDate(2030, 6, 4), QTime(9, 0));
    const QString key = QStringLiteral("key-used-twice");
    std::unique_ptr<TestClient> client = teacherA(m_server);
    QVERIFY(client);
    VERIFY_OK(client->request(QStringLiteral("confirmBooking"), confirmParams(room, start, key)));

    const QJsonObject otherRoomReply =
        client->request(QStringLiteral("confirmBooking"), confirmParams(otherRoom, start, key));
    VERIFY_FAILURE(otherRoomReply, 409, "REQUEST_ID_REUSED");
    QVERIFY2(otherRoomReply.value(QStringLiteral("message"))
                 .toString()
                 .contains(QLatin1String("requestId")),
             qPrintable(json(otherRoomReply)));
    QJsonObject otherPurpose = confirmParams(room, start, key);
    otherPurpose.insert(QStringLiteral("purpose"), QStringLiteral("8C Physics"));
    VERIFY_FAILURE(client->request(QStringLiteral("confirmBooking"), otherPurpose), 409,
                   "REQUEST_ID_REUSED");
    VERIFY_FAILURE(client->request(QStringLiteral("confirmBooking"),
                                   confirmParams(room, start.addSecs(3600), key)),
                   409, "REQUEST_ID_REUSED");
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM bookings WHERE room_id = %1").arg(otherRoom)),
        0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bookings WHERE room_id = %1").arg(room)),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM locks")), 0);

    // Keys belong to one teacher: a colleague's key of the same name is another request.
    TestClient colleague;
    QVERIFY(colleague.open(m_server.url()));
    VERIFY_OK(colleague.login(QStringLiteral("admin"), QStringLiteral("demo-admin")));
    VERIFY_OK(
        colleague.request(QStringLiteral("confirmBooking"), confirmParams(otherRoom, start, key)));
}

void tst_Idempotency::badRequestIdsAreRefused() {
    const qint64 room = roomId(QStringLiteral("Room 201"));
    QVERIFY(room > 0);
    const QDateTime start(QDate(2030, 6, 5), QTime(9, 0));
    std::unique_ptr<TestClient> client = teacherA(m_server);
    QVERIFY(client);
    for (const QJsonValue &bad : {QJsonValue(42), QJsonValue(true), QJsonValue(QStringLiteral("")),
                                  QJsonValue(QString(101, QLatin1Char('k'))),
                                  QJsonValue(QJsonArray{QStringLiteral("a")})}) {
        QJsonObject params = confirmParams(room, start, {});
        params.insert(QStringLiteral("requestId"), bad);
        const QJsonObject reply = client->request(QStringLiteral("confirmBooking"), params);
        VERIFY_FAILURE(reply, 400, "BAD_REQUEST");
        QVERIFY2(reply.value(QStringLiteral("message"))
                     .toString()
                     .contains(QLatin1String("'requestId'")),
                 qPrintable(json(reply)));
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bookings WHERE room_id = %1").arg(room)),
             0);
    // null is the same as no key; 100 characters are allowed.
    QJsonObject withNull = confirmParams(room, start, {});
    withNull.insert(QStringLiteral("requestId"), QJsonValue::Null);
    VERIFY_OK(client->request(QStringLiteral("confirmBooking"), withNull));
    // Without a key nothing is remembered: the next request without one is a new request.
    VERIFY_OK(client->request(QStringLiteral("confirmBooking"),
                              confirmParams(room, start.addSecs(7200), {})));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM request_keys k JOIN bookings b ON "
                                  "b.id = k.booking_id WHERE b.room_id = %1")
                       .arg(room)),
             0);
    VERIFY_OK(
        client->request(QStringLiteral("confirmBooking"),
                        confirmParams(room, start.addSecs(3600), QString(100, QLatin1Char('k')))));
}

void tst_Idempotency::seriesSentAgainGetsTheSameSeries() {
    const qint64 room = roomId(QStringLiteral("Room 202"));
    QVERIFY(room > 0);
    const QDateTime first(QDate(2030, 9, 2), QTime(10, 0));
    // A colleague has the third Monday, so the series skips one date.
    TestClient colleague;
    QVERIFY(colleague.open(m_server.url()));
    VERIFY_OK(colleague.login(QStringLiteral("teacher.b"), QStringLiteral("demo-b")));
    VERIFY_OK(colleague.request(QStringLiteral("confirmBooking"),
                                confirmParams(room, first.addDays(14), {})));
    QJsonObject params = confirmParams(room, first, QStringLiteral("series-key-1"));
    params.insert(QStringLiteral("repeat"),
                  QJsonObject{{QStringLiteral("every"), QStringLiteral("week")},
                              {QStringLiteral("until"), QStringLiteral("2030-09-23")}});
    params.insert(QStringLiteral("policy"), QStringLiteral("freeOnly"));

    {
        std::unique_ptr<TestClient> lost = teacherA(m_server);
        QVERIFY(lost);
        lost->send(QStringLiteral("confirmSeries"), params);
        lost->close();
    }
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return count(QStringLiteral("SELECT count(*) FROM series WHERE room_id = %1")
                                      .arg(room)) == 1;
                 },
                 10000),
             "the first series was not written");
    const qint64 seriesId =
        m_db->scalar(QStringLiteral("SELECT id FROM series WHERE room_id = %1").arg(room))
            .toLongLong();

    std::unique_ptr<TestClient> again = teacherA(m_second);
    QVERIFY(again);
    QJsonObject reply = again->request(QStringLiteral("confirmSeries"), params);
    VERIFY_OK(reply);
    QCOMPARE(reply.value(QStringLiteral("seriesId")).toInteger(), seriesId);
    const QJsonArray bookings = reply.value(QStringLiteral("bookings")).toArray();
    QCOMPARE(bookings.size(), 3);
    for (const QJsonValue &booking : bookings) {
        QCOMPARE(booking.toObject().value(QStringLiteral("seriesId")).toInteger(), seriesId);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bookings WHERE id = %1 AND "
                                      "series_id = %2")
                           .arg(booking.toObject().value(QStringLiteral("id")).toInteger())
                           .arg(seriesId)),
                 1);
    }
    const QJsonArray skipped = reply.value(QStringLiteral("skipped")).toArray();
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(skipped.at(0).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("BOOKING_CONFLICT"));
    QCOMPARE(Rfc3339::parse(skipped.at(0).toObject().value(QStringLiteral("start")).toString()),
             first.addDays(14));

    // Once more on the first instance: the very same reply.
    std::unique_ptr<TestClient> third = teacherA(m_server);
    QVERIFY(third);
    QJsonObject thirdReply = third->request(QStringLiteral("confirmSeries"), params);
    reply.remove(QStringLiteral("re"));
    thirdReply.remove(QStringLiteral("re"));
    QCOMPARE(thirdReply, reply);

    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM series WHERE room_id = %1").arg(room)), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bookings WHERE room_id = %1").arg(room)),
             4);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM locks")), 0);
    for (const QJsonValue &booking : bookings) {
        const qint64 id = booking.toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(QTest::qWaitFor([&] { return createdEvents(*m_listener, id) >= 1; }, 5000));
    }
    QTest::qWait(300);
    for (const QJsonValue &booking : bookings)
        QCOMPARE(
            createdEvents(*m_listener, booking.toObject().value(QStringLiteral("id")).toInteger()),
            1);

    // The key names this series: another policy with it is another request.
    params.insert(QStringLiteral("policy"), QStringLiteral("allOrNothing"));
    VERIFY_FAILURE(third->request(QStringLiteral("confirmSeries"), params), 409,
                   "REQUEST_ID_REUSED");
    // And a single booking with a series' key too.
    VERIFY_FAILURE(
        third->request(QStringLiteral("confirmBooking"),
                       confirmParams(room, first.addDays(28), QStringLiteral("series-key-1"))),
        409, "REQUEST_ID_REUSED");
}

void tst_Idempotency::refusedSeriesKeepsNoKey() {
    const qint64 room = roomId(QStringLiteral("Room 202"));
    const QDateTime first(QDate(2030, 9, 2), QTime(10, 0));
    QJsonObject params = confirmParams(room, first, QStringLiteral("series-key-2"));
    params.insert(QStringLiteral("purpose"), QStringLiteral("9C Chemistry"));
    params.insert(QStringLiteral("repeat"),
                  QJsonObject{{QStringLiteral("every"), QStringLiteral("week")},
                              {QStringLiteral("until"), QStringLiteral("2030-09-23")}});
    params.insert(QStringLiteral("policy"), QStringLiteral("allOrNothing"));
    std::unique_ptr<TestClient> client = teacherA(m_server);
    QVERIFY(client);
    VERIFY_FAILURE(client->request(QStringLiteral("confirmSeries"), params), 409,
                   "SERIES_CONFLICT");
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM request_keys WHERE request_id = "
                                  "'series-key-2'")),
             0);
    // Sent again, it is decided again (still refused), not answered from a key.
    VERIFY_FAILURE(client->request(QStringLiteral("confirmSeries"), params), 409,
                   "SERIES_CONFLICT");
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM locks")), 0);
}

void tst_Idempotency::keyHoldsAcrossInstances() {
    const qint64 room = roomId(QStringLiteral("Computer Lab 1"));
    const qint64 otherRoom = roomId(QStringLiteral("Computer Lab 2"));
    QVERIFY(room > 0 && otherRoom > 0);
    std::unique_ptr<TestClient> onFirst = teacherA(m_server);
    std::unique_ptr<TestClient> onSecond = teacherA(m_second);
    QVERIFY(onFirst && onSecond);
    for (int round = 0; round < 6; ++round) {
        const QDateTime start(QDate(2030, 7, 1).addDays(round), QTime(9, 0));
        const QString key = QStringLiteral("both-instances-%1").arg(round);
        // The same request on both instances at the same moment: one booking, both told of it.
        const qint64 a =
            onFirst->send(QStringLiteral("confirmBooking"), confirmParams(room, start, key));
        const qint64 b =
            onSecond->send(QStringLiteral("confirmBooking"), confirmParams(room, start, key));
        const QJsonObject replyA = onFirst->waitForReply(a, 20000);
        const QJsonObject replyB = onSecond->waitForReply(b, 20000);
        VERIFY_OK(replyA);
        VERIFY_OK(replyB);
        QCOMPARE(replyA.value(QStringLiteral("booking")), replyB.value(QStringLiteral("booking")));

        // The same key for two different rooms at the same moment: one of them only.
        const QString otherKey = QStringLiteral("two-rooms-%1").arg(round);
        const QDateTime later = start.addSecs(3600);
        const qint64 c =
            onFirst->send(QStringLiteral("confirmBooking"), confirmParams(room, later, otherKey));
        const qint64 d = onSecond->send(QStringLiteral("confirmBooking"),
                                        confirmParams(otherRoom, later, otherKey));
        const QJsonObject replyC = onFirst->waitForReply(c, 20000);
        const QJsonObject replyD = onSecond->waitForReply(d, 20000);
        const bool cWon = replyC.value(QStringLiteral("ok")).toBool();
        const bool dWon = replyD.value(QStringLiteral("ok")).toBool();
        QVERIFY2(cWon != dWon, qPrintable(json(replyC) + QLatin1Char(' ') + json(replyD)));
        VERIFY_FAILURE(cWon ? replyD : replyC, 409, "REQUEST_ID_REUSED");
        const QString at = QStringLiteral("SELECT count(*) FROM bookings WHERE room_id IN (%1, %2) "
                                          "AND extract(epoch FROM lower(during)) = %3")
                               .arg(room)
                               .arg(otherRoom);
        QCOMPARE(count(at.arg(start.toSecsSinceEpoch())), 1);
        QCOMPARE(count(at.arg(later.toSecsSinceEpoch())), 1);
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bookings WHERE room_id IN (%1, %2)")
                       .arg(room)
                       .arg(otherRoom)),
             12);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM locks")), 0);
}

void tst_Idempotency::oldKeysAreSwept() {
    const qint64 room = roomId(QStringLiteral("Science Lab A"));
    QVERIFY(room > 0);
    std::unique_ptr<TestClient> client = teacherA(m_server);
    QVERIFY(client);
    VERIFY_OK(client->request(
        QStringLiteral("confirmBooking"),
        confirmParams(room, QDateTime(QDate(2030, 8, 1), QTime(9, 0)), QStringLiteral("old-key"))));
    VERIFY_OK(client->request(
        QStringLiteral("confirmBooking"),
        confirmParams(room, QDateTime(QDate(2030, 8, 2), QTime(9, 0)), QStringLiteral("new-key"))));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE request_keys SET created_at = now() - interval "
                                      "'25 hours' WHERE request_id = 'old-key'")));
    // The server sweeps every second (--lock-cleanup 1).
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return count(QStringLiteral("SELECT count(*) FROM request_keys WHERE "
                                                 "request_id = 'old-key'")) == 0;
                 },
                 10000),
             "a key older than a day was not swept");
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM request_keys WHERE request_id = "
                                  "'new-key'")),
             1);
    // The booking stays; only the key is forgotten.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bookings WHERE room_id = %1").arg(room)),
             2);
}

QTEST_GUILESS_MAIN(tst_Idempotency)
#include "tst_idempotency.moc"
