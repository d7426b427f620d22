// SPDX-License-Identifier: GPL-3.0-or-later

#include "Rfc3339.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QtTest>
#include <memory>
#include <vector>

// Two server instances on one database behave as one: events cross through LISTEN/NOTIFY and
// locks and bookings live in PostgreSQL.
class tst_Instances : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void eventsCrossInstances();
    void raceAcrossInstancesHasOneWinner();

private:
    static QString describe(const QJsonObject &frame) {
        return QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
    }
    static QJsonObject confirmParams(qint64 roomId, const QDateTime &start, int minutes);
    qint64 roomId(TestClient &client, const QString &name);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_first, m_second;
};

void tst_Instances::initTestCase() {
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    // Confirmations' locks are announced only when held for a minute: never in these tests
    // (tst_confirmpath covers the announcement of a lock that lives).
    const QStringList options{QStringLiteral("--demo"), QStringLiteral("--lock-announce-delay"),
                              QStringLiteral("60000")};
    m_first = std::make_unique<ServerProcess>();
    QVERIFY2(m_first->start(m_db->url(), options), qPrintable(m_first->error()));
    m_second = std::make_unique<ServerProcess>();
    QVERIFY2(m_second->start(m_db->url(), options), qPrintable(m_second->error()));
    QVERIFY(m_first->port() != m_second->port());
    // The second instance found the school already there and created nothing twice.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM teachers")).toInt(), 3);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM rooms")).toInt(), 12);
}

void tst_Instances::cleanupTestCase() {
    m_first.reset();
    m_second.reset();
    m_db.reset();
}

QJsonObject tst_Instances::confirmParams(qint64 roomId, const QDateTime &start, int minutes) {
    return {{QStringLiteral("roomId"), roomId},
            {QStringLiteral("start"), Rfc3339::formatLocal(start)},
            {QStringLiteral("end"), Rfc3339::formatLocal(start.addSecs(qint64(minutes) * 60))},
            {QStringLiteral("purpose"), QStringLiteral("9A History")}};
}

qint64 tst_Instances::roomId(TestClient &client, const QString &name) {
    const QJsonArray rooms =
        client.request(QStringLiteral("listRooms")).value(QStringLiteral("rooms")).toArray();
    for (const QJsonValue &room : rooms) {
        if (room.toObject().value(QStringLiteral("name")).toString() == name)
            return room.toObject().value(QStringLiteral("id")).toInteger();
    }
    return 0;
}

void tst_Instances::eventsCrossInstances() {
    TestClient booker, watcher, canceler;
    QVERIFY(booker.open(m_first->url()));
    QVERIFY(watcher.open(m_second->url()));
    QVERIFY(canceler.open(m_second->url()));
    QVERIFY(booker.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a"))
                .value(QStringLiteral("ok"))
                .toBool());
    QVERIFY(watcher.login(QStringLiteral("teacher.b"), QStringLiteral("demo-b"))
                .value(QStringLiteral("ok"))
                .toBool());
    QVERIFY(canceler.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a"))
                .value(QStringLiteral("ok"))
                .toBool());
    const qint64 room = roomId(booker, QStringLiteral("Room 103"));
    QVERIFY(room > 0);

    const QDateTime start(QDate(2030, 9, 2), QTime(9, 25));
    const QJsonObject reply =
        booker.request(QStringLiteral("confirmBooking"), confirmParams(room, start, 50));
    QVERIFY2(reply.value(QStringLiteral("ok")).toBool(), qPrintable(describe(reply)));
    const QJsonObject booking = reply.value(QStringLiteral("booking")).toObject();
    const qint64 bookingId = booking.value(QStringLiteral("id")).toInteger();
    QVERIFY(bookingId > 0);

    const QJsonObject created = watcher.waitForEvent(QStringLiteral("bookingCreated"), 10000);
    QVERIFY2(!created.isEmpty(), "instance 2 did not hear bookingCreated");
    QCOMPARE(created.value(QStringLiteral("booking")).toObject(), booking);
    // The lock lived only while the confirmation ran: announced to nobody.
    QCOMPARE(watcher.eventCount(QStringLiteral("roomLocked")), 0);
    QCOMPARE(watcher.eventCount(QStringLiteral("roomUnlocked")), 0);
    // The booker's own instance delivers it too.
    QCOMPARE(booker.waitForEvent(QStringLiteral("bookingCreated"), 10000)
                 .value(QStringLiteral("booking"))
                 .toObject(),
             booking);

    // The same teacher cancels through the other instance; the first instance hears it.
    const QJsonObject cancel = canceler.request(QStringLiteral("cancelBooking"),
                                                {{QStringLiteral("bookingId"), bookingId}});
    QVERIFY2(cancel.value(QStringLiteral("ok")).toBool(), qPrintable(describe(cancel)));
    const QJsonObject canceled = booker.waitForEvent(QStringLiteral("bookingCanceled"), 10000);
    QVERIFY2(!canceled.isEmpty(), "instance 1 did not hear bookingCanceled");
    QCOMPARE(canceled.value(QStringLiteral("booking"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toInteger(),
             bookingId);
    QCOMPARE(canceled.value(QStringLiteral("canceledBy")).toString(), QStringLiteral("Teacher A"));
    QVERIFY(!watcher.waitForEvent(QStringLiteral("bookingCanceled"), 10000).isEmpty());
    QCOMPARE(
        m_db->scalar(QStringLiteral(
                         "SELECT count(*) FROM bookings WHERE id = %1 AND canceled_at IS NOT NULL")
                         .arg(bookingId))
            .toInt(),
        1);

    // Freed again: instance 2 can now book the same slot.
    const QJsonObject rebook =
        watcher.request(QStringLiteral("confirmBooking"), confirmParams(room, start, 50));
    QVERIFY2(rebook.value(QStringLiteral("ok")).toBool(), qPrintable(describe(rebook)));
    QCOMPARE(booker.waitForEvent(QStringLiteral("bookingCreated"), 10000)
                 .value(QStringLiteral("booking"))
                 .toObject()
                 .value(QStringLiteral("teacherName"))
                 .toString(),
             QStringLiteral("Teacher B"));
}

void tst_Instances::raceAcrossInstancesHasOneWinner() {
    constexpr int Count = 20;
    std::vector<std::unique_ptr<TestClient>> clients;
    QList<qint64> ids;
    for (int i = 0; i < Count; ++i) {
        auto client = std::make_unique<TestClient>();
        QVERIFY(client->open((i % 2 ? m_second : m_first)->url()));
        const bool a = (i / 2) % 2 == 0;
        ids << client->send(QStringLiteral("login"),
                            {{QStringLiteral("username"),
                              a ? QStringLiteral("teacher.a") : QStringLiteral("teacher.b")},
                             {QStringLiteral("password"),
                              a ? QStringLiteral("demo-a") : QStringLiteral("demo-b")}});
        clients.push_back(std::move(client));
    }
    for (int i = 0; i < Count; ++i)
        QVERIFY(
            clients[size_t(i)]->waitForReply(ids[i], 60000).value(QStringLiteral("ok")).toBool());
    const qint64 room = roomId(*clients.front(), QStringLiteral("Room 201"));
    QVERIFY(room > 0);

    const QJsonObject params = confirmParams(room, QDateTime(QDate(2030, 9, 3), QTime(10, 35)), 50);
    ids.clear();
    for (const auto &client : clients)
        ids << client->send(QStringLiteral("confirmBooking"), params);
    int ok = 0, lockHeld = 0, conflict = 0;
    for (int i = 0; i < Count; ++i) {
        const QJsonObject reply = clients[size_t(i)]->waitForReply(ids[i], 60000);
        QVERIFY2(!reply.isEmpty(), qPrintable(QStringLiteral("no reply on connection %1").arg(i)));
        if (reply.value(QStringLiteral("ok")).toBool()) {
            ++ok;
            continue;
        }
        QCOMPARE(reply.value(QStringLiteral("status")).toInt(), 409);
        const QString code = reply.value(QStringLiteral("code")).toString();
        QVERIFY2(code == QLatin1String("LOCK_HELD") || code == QLatin1String("BOOKING_CONFLICT"),
                 qPrintable(describe(reply)));
        (code == QLatin1String("LOCK_HELD") ? lockHeld : conflict)++;
    }
    qInfo("two-instance race of %d: %d ok, %d LOCK_HELD, %d BOOKING_CONFLICT", Count, ok, lockHeld,
          conflict);
    QCOMPARE(ok, 1);
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT count(*) FROM bookings WHERE room_id = %1").arg(room))
            .toInt(),
        1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM locks")).toInt(), 0);
    // Every connection, on either instance, hears about the one booking exactly once.
    for (const auto &client : clients) {
        QVERIFY(!client->waitForEvent(QStringLiteral("bookingCreated"), 10000).isEmpty());
        QCOMPARE(client->eventCount(QStringLiteral("bookingCreated")), 1);
    }
}

QTEST_GUILESS_MAIN(tst_Instances)
#include "tst_instances.moc"
