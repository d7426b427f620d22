// SPDX-License-Identifier: GPL-3.0-or-later

#include "Rfc3339.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QtTest>
#include <memory>
#include <vector>

// Many real connections confirm the same room at the same moment against the real server: the
// lock and the database must let exactly the right bookings through.
class tst_Race : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void fiftyConfirmsOfOneIntervalHaveOneWinner();
    void staggeredOverlappingConfirmsNeverDoubleBook();

private:
    using Clients = std::vector<std::unique_ptr<TestClient>>;
    bool connectLoggedIn(Clients &clients, int count);
    qint64 roomId(const QString &name);
    static QJsonObject confirmParams(qint64 roomId, const QDateTime &start, int minutes);
    static QString describe(const QJsonObject &frame) {
        return QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    QString m_failure;
};

void tst_Race::initTestCase() {
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_server = std::make_unique<ServerProcess>();
    // Fifty teachers at once, all from this one address: past the default per-address limit.
    QVERIFY2(m_server->start(m_db->url(), {QStringLiteral("--demo"),
                                           QStringLiteral("--max-connections-per-address"),
                                           QStringLiteral("0")}),
             qPrintable(m_server->error()));
}

void tst_Race::cleanupTestCase() {
    m_server.reset();
    m_db.reset();
}

bool tst_Race::connectLoggedIn(Clients &clients, int count) {
    // Two real logins, then every other connection resumes one of those sessions: the same
    // logged-in state without paying the deliberately slow password hash fifty times.
    QString tokens[2];
    QList<qint64> resumes;
    for (int i = 0; i < count; ++i) {
        auto client = std::make_unique<TestClient>();
        if (!client->open(m_server->url())) {
            m_failure = QStringLiteral("connection %1 did not open").arg(i);
            return false;
        }
        if (i < 2) {
            const QJsonObject reply =
                i == 0 ? client->login(QStringLiteral("teacher.a"), QStringLiteral("demo-a"))
                       : client->login(QStringLiteral("teacher.b"), QStringLiteral("demo-b"));
            tokens[i] = reply.value(QStringLiteral("token")).toString();
            if (!reply.value(QStringLiteral("ok")).toBool() || tokens[i].isEmpty()) {
                m_failure = QStringLiteral("login %1 failed: %2").arg(i).arg(describe(reply));
                return false;
            }
        } else {
            resumes << client->send(QStringLiteral("resume"),
                                    {{QStringLiteral("token"), tokens[i % 2]}});
        }
        clients.push_back(std::move(client));
    }
    for (int i = 2; i < count; ++i) {
        const QJsonObject reply = clients[size_t(i)]->waitForReply(resumes[i - 2], 60000);
        if (!reply.value(QStringLiteral("ok")).toBool()) {
            m_failure = QStringLiteral("resume %1 failed: %2").arg(i).arg(describe(reply));
            return false;
        }
    }
    return true;
}

qint64 tst_Race::roomId(const QString &name) {
    TestClient client;
    if (!client.open(m_server->url()) ||
        !client.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a"))
             .value(QStringLiteral("ok"))
             .toBool())
        return 0;
    const QJsonArray rooms =
        client.request(QStringLiteral("listRooms")).value(QStringLiteral("rooms")).toArray();
    for (const QJsonValue &room : rooms) {
        if (room.toObject().value(QStringLiteral("name")).toString() == name)
            return room.toObject().value(QStringLiteral("id")).toInteger();
    }
    return 0;
}

QJsonObject tst_Race::confirmParams(qint64 roomId, const QDateTime &start, int minutes) {
    return {{QStringLiteral("roomId"), roomId},
            {QStringLiteral("start"), Rfc3339::formatLocal(start)},
            {QStringLiteral("end"), Rfc3339::formatLocal(start.addSecs(qint64(minutes) * 60))},
            {QStringLiteral("purpose"), QStringLiteral("race")}};
}

void tst_Race::fiftyConfirmsOfOneIntervalHaveOneWinner() {
    constexpr int Count = 50;
    Clients clients;
    QVERIFY2(connectLoggedIn(clients, Count), qPrintable(m_failure));
    const qint64 room = roomId(QStringLiteral("Room 101"));
    QVERIFY(room > 0);
    const QDateTime start(QDate(2030, 5, 6), QTime(10, 0));
    const QJsonObject params = confirmParams(room, start, 60);

    // Every request leaves before any reply is read.
    QList<qint64> ids;
    for (const auto &client : clients)
        ids << client->send(QStringLiteral("confirmBooking"), params);

    int ok = 0, lockHeld = 0, conflict = 0;
    qint64 winnerBookingId = 0;
    QList<int> losers;
    for (int i = 0; i < Count; ++i) {
        const QJsonObject reply = clients[size_t(i)]->waitForReply(ids[i], 60000);
        QVERIFY2(!reply.isEmpty(), qPrintable(QStringLiteral("no reply on connection %1").arg(i)));
        if (reply.value(QStringLiteral("ok")).toBool()) {
            ++ok;
            winnerBookingId = reply.value(QStringLiteral("booking"))
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toInteger();
            continue;
        }
        losers << i;
        QCOMPARE(reply.value(QStringLiteral("status")).toInt(), 409);
        const QString code = reply.value(QStringLiteral("code")).toString();
        if (code == QLatin1String("LOCK_HELD")) {
            ++lockHeld;
            const QString holder = reply.value(QStringLiteral("holder")).toString();
            QVERIFY2(holder == QLatin1String("Teacher A") || holder == QLatin1String("Teacher B"),
                     qPrintable(describe(reply)));
        } else if (code == QLatin1String("BOOKING_CONFLICT")) {
            ++conflict;
            QCOMPARE(reply.value(QStringLiteral("conflict"))
                         .toObject()
                         .value(QStringLiteral("roomId"))
                         .toInteger(),
                     room);
        } else {
            QFAIL(qPrintable(QStringLiteral("unexpected failure: ") + describe(reply)));
        }
    }
    qInfo("same-interval race of %d: %d ok, %d LOCK_HELD, %d BOOKING_CONFLICT", Count, ok, lockHeld,
          conflict);
    QCOMPARE(ok, 1);
    QCOMPARE(lockHeld + conflict, Count - 1);
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT count(*) FROM bookings WHERE room_id = %1").arg(room))
            .toInt(),
        1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT id FROM bookings WHERE room_id = %1").arg(room))
                 .toLongLong(),
             winnerBookingId);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM locks")).toInt(), 0);
    // Every loser is also told through a bookingConflict event.
    for (int i : std::as_const(losers)) {
        const QJsonObject event =
            clients[size_t(i)]->waitForEvent(QStringLiteral("bookingConflict"), 10000);
        QVERIFY2(!event.isEmpty(),
                 qPrintable(QStringLiteral("no bookingConflict on connection %1").arg(i)));
        QCOMPARE(event.value(QStringLiteral("roomId")).toInteger(), room);
    }
}

void tst_Race::staggeredOverlappingConfirmsNeverDoubleBook() {
    constexpr int Count = 40;
    Clients clients;
    QVERIFY2(connectLoggedIn(clients, Count), qPrintable(m_failure));
    const qint64 room = roomId(QStringLiteral("Room 102"));
    QVERIFY(room > 0);
    // 60-minute bookings starting every 15 minutes: each overlaps its three neighbours each side.
    const QDateTime base(QDate(2030, 5, 7), QTime(7, 0));
    QList<qint64> ids;
    for (int i = 0; i < Count; ++i)
        ids << clients[size_t(i)]->send(QStringLiteral("confirmBooking"),
                                        confirmParams(room, base.addSecs(i * 15 * 60), 60));

    QList<QJsonObject> winners;
    int lockHeld = 0, conflict = 0;
    for (int i = 0; i < Count; ++i) {
        const QJsonObject reply = clients[size_t(i)]->waitForReply(ids[i], 60000);
        QVERIFY2(!reply.isEmpty(), qPrintable(QStringLiteral("no reply on connection %1").arg(i)));
        if (reply.value(QStringLiteral("ok")).toBool()) {
            const QJsonObject booking = reply.value(QStringLiteral("booking")).toObject();
            QCOMPARE(Rfc3339::parse(booking.value(QStringLiteral("start")).toString()),
                     base.addSecs(i * 15 * 60));
            winners << booking;
            continue;
        }
        QCOMPARE(reply.value(QStringLiteral("status")).toInt(), 409);
        const QString code = reply.value(QStringLiteral("code")).toString();
        QVERIFY2(code == QLatin1String("LOCK_HELD") || code == QLatin1String("BOOKING_CONFLICT"),
                 qPrintable(describe(reply)));
        (code == QLatin1String("LOCK_HELD") ? lockHeld : conflict)++;
    }
    qInfo("staggered race of %d: %lld ok, %d LOCK_HELD, %d BOOKING_CONFLICT", Count,
          static_cast<long long>(winners.size()), lockHeld, conflict);
    QVERIFY(!winners.isEmpty());

    QCOMPARE(
        m_db->scalar(QStringLiteral(
                         "SELECT count(*) FROM bookings a JOIN bookings b "
                         "ON a.room_id = b.room_id AND a.id < b.id AND a.during && b.during "
                         "WHERE a.room_id = %1 AND a.canceled_at IS NULL AND b.canceled_at IS NULL")
                         .arg(room))
            .toInt(),
        0);
    QCOMPARE(
        m_db->scalar(QStringLiteral(
                         "SELECT count(*) FROM bookings WHERE room_id = %1 AND canceled_at IS NULL")
                         .arg(room))
            .toInt(),
        int(winners.size()));
    for (const QJsonObject &booking : std::as_const(winners)) {
        const QDateTime start = Rfc3339::parse(booking.value(QStringLiteral("start")).toString());
        const QDateTime end = Rfc3339::parse(booking.value(QStringLiteral("end")).toString());
        const QString sql =
            QStringLiteral("SELECT count(*) FROM bookings WHERE id = %1 AND room_id = %2 AND "
                           "canceled_at IS NULL "
                           "AND during = tstzrange('%3', '%4', '[)')")
                .arg(booking.value(QStringLiteral("id")).toInteger())
                .arg(room)
                .arg(start.toUTC().toString(Qt::ISODate), end.toUTC().toString(Qt::ISODate));
        QVERIFY2(m_db->scalar(sql).toInt() == 1, qPrintable(describe(booking)));
    }
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM locks")).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_Race)
#include "tst_race.moc"
