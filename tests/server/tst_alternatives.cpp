// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReplyChecks.h"
#include "Rfc3339.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <memory>

namespace {
struct Slot {
    QString start;
    QString end;
};

QJsonObject confirmParams(qint64 roomId, const Slot &slot) {
    return {{QStringLiteral("roomId"), roomId},
            {QStringLiteral("start"), slot.start},
            {QStringLiteral("end"), slot.end}};
}

QString describe(const QJsonArray &alternatives) {
    QStringList parts;
    for (const QJsonValue &value : alternatives) {
        const QJsonObject alternative = value.toObject();
        parts << QStringLiteral("%1 %2").arg(
            alternative.value(QStringLiteral("room"))
                .toObject()
                .value(QStringLiteral("name"))
                .toString(),
            Rfc3339::parse(alternative.value(QStringLiteral("start")).toString())
                .toLocalTime()
                .time()
                .toString(QStringLiteral("HH:mm")));
    }
    return parts.join(QStringLiteral(", "));
}
} // namespace

// A teacher who loses a room is offered what they can have instead (contract section 4,
// "alternatives"), against the real server and the demo school.
class tst_Alternatives : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void conflictOffersFreeFittingRoomsBestFirstThenAnotherPeriod();
    void lockHeldOffersAlternativesToo();
    void adminsAreOfferedRestrictedRooms();
    void alternativesAreFreeAndCanBeBooked();

private:
    qint64 roomId(const QString &name) const {
        return m_rooms.value(name).value(QStringLiteral("id")).toInteger();
    }
    QJsonArray alternativesFor(TestClient &client, const QString &room, int period,
                               const char *expectedCode);
    // The period of the test date closest in start time to `period` among the free ones.
    int nearestFree(int period, const QList<int> &taken) const;
    void verifyFits(const QJsonArray &alternatives, const QString &takenRoom) const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    TestClient m_a;
    TestClient m_b;
    TestClient m_admin;
    QHash<QString, QJsonObject> m_rooms;
    QList<Slot> m_periods; // the bell schedule of the test date
};

void tst_Alternatives::initTestCase() {
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(m_db->url(), {QStringLiteral("--demo")}),
             qPrintable(m_server->error()));
    // Room 102 is for admins only (and no other room is).
    QVERIFY(m_db->exec(QStringLiteral("UPDATE rooms SET restricted = (name = 'Room 102')")));
    QVERIFY(m_a.open(m_server->url()));
    VERIFY_OK(m_a.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a")));
    QVERIFY(m_b.open(m_server->url()));
    VERIFY_OK(m_b.login(QStringLiteral("teacher.b"), QStringLiteral("demo-b")));
    QVERIFY(m_admin.open(m_server->url()));
    VERIFY_OK(m_admin.login(QStringLiteral("admin"), QStringLiteral("demo-admin")));
    for (const QJsonValue &room :
         m_a.request(QStringLiteral("listRooms")).value(QStringLiteral("rooms")).toArray())
        m_rooms.insert(room.toObject().value(QStringLiteral("name")).toString(), room.toObject());

    // A school day (Monday to Thursday, six periods) a few days ahead.
    const QDate today = QDate::currentDate();
    const QJsonObject calendar =
        m_a.request(QStringLiteral("listCalendar"),
                    {{QStringLiteral("from"), today.addDays(2).toString(Qt::ISODate)},
                     {QStringLiteral("to"), today.addDays(16).toString(Qt::ISODate)}});
    VERIFY_OK(calendar);
    QDate date;
    for (const QJsonValue &day : calendar.value(QStringLiteral("days")).toArray()) {
        const QDate candidate =
            QDate::fromString(day.toObject().value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (day.toObject().value(QStringLiteral("open")).toBool() && candidate.dayOfWeek() <= 4) {
            date = candidate;
            break;
        }
    }
    QVERIFY2(date.isValid(), qPrintable(json(calendar)));
    const QJsonObject periods = m_a.request(QStringLiteral("listPeriods"),
                                            {{QStringLiteral("date"), date.toString(Qt::ISODate)}});
    for (const QJsonValue &period : periods.value(QStringLiteral("periods")).toArray())
        m_periods << Slot{period.toObject().value(QStringLiteral("start")).toString(),
                          period.toObject().value(QStringLiteral("end")).toString()};
    QVERIFY2(m_periods.size() >= 6, qPrintable(json(periods)));
    qInfo("test date %s", qPrintable(date.toString(Qt::ISODate)));

    // A colleague has Room 201 in periods 3 and 4 and Science Lab B in period 3.
    VERIFY_OK(m_b.request(QStringLiteral("confirmBooking"),
                          confirmParams(roomId(QStringLiteral("Room 201")), m_periods.at(2))));
    VERIFY_OK(m_b.request(QStringLiteral("confirmBooking"),
                          confirmParams(roomId(QStringLiteral("Room 201")), m_periods.at(3))));
    VERIFY_OK(m_b.request(QStringLiteral("confirmBooking"),
                          confirmParams(roomId(QStringLiteral("Science Lab B")), m_periods.at(2))));
}

void tst_Alternatives::cleanupTestCase() {
    m_a.close();
    m_b.close();
    m_admin.close();
    m_server.reset();
    m_db.reset();
}

void tst_Alternatives::cleanup() {
    if (QTest::currentTestFailed())
        qInfo().noquote() << "server log:" << m_server->output().right(4000);
}

QJsonArray tst_Alternatives::alternativesFor(TestClient &client, const QString &room, int period,
                                             const char *expectedCode) {
    const QJsonObject reply = client.request(QStringLiteral("confirmBooking"),
                                             confirmParams(roomId(room), m_periods.at(period)));
    if (reply.value(QStringLiteral("ok")).toBool() ||
        reply.value(QStringLiteral("code")).toString() != QLatin1String(expectedCode) ||
        !reply.value(QStringLiteral("alternatives")).isArray()) {
        qWarning("unexpected reply: %s", qPrintable(json(reply)));
        return {};
    }
    return reply.value(QStringLiteral("alternatives")).toArray();
}

int tst_Alternatives::nearestFree(int period, const QList<int> &taken) const {
    const QDateTime wanted = Rfc3339::parse(m_periods.at(period).start);
    int best = -1;
    qint64 bestDistance = 0;
    for (int i = 0; i < m_periods.size(); ++i) {
        if (i == period || taken.contains(i))
            continue;
        const qint64 distance = qAbs(wanted.secsTo(Rfc3339::parse(m_periods.at(i).start)));
        if (best < 0 || distance < bestDistance)
            best = i, bestDistance = distance;
    }
    return best;
}

void tst_Alternatives::verifyFits(const QJsonArray &alternatives, const QString &takenRoom) const {
    const QJsonObject taken = m_rooms.value(takenRoom);
    const int seats = taken.value(QStringLiteral("capacity")).toInt();
    const QJsonArray features = taken.value(QStringLiteral("features")).toArray();
    for (const QJsonValue &value : alternatives) {
        const QJsonObject room = value.toObject().value(QStringLiteral("room")).toObject();
        QVERIFY2(room.value(QStringLiteral("capacity")).toInt() >= seats, qPrintable(json(room)));
        for (const QJsonValue &feature : features)
            QVERIFY2(room.value(QStringLiteral("features")).toArray().contains(feature),
                     qPrintable(json(room)));
    }
}

void tst_Alternatives::conflictOffersFreeFittingRoomsBestFirstThenAnotherPeriod() {
    // Room 201 (24 seats, whiteboard) is taken in period 3. Rooms with at least 24 seats and a
    // whiteboard, smallest first: Science Lab B (24, booked), Room 102 (28, restricted),
    // Room 101 (30), Room 103 (32). Then Room 201 itself at the nearest free period (period 4
    // is taken too).
    const QJsonArray alternatives =
        alternativesFor(m_a, QStringLiteral("Room 201"), 2, "BOOKING_CONFLICT");
    const int other = nearestFree(2, {3});
    QCOMPARE(describe(alternatives), QStringLiteral("Room 101 %1, Room 103 %1, Room 201 %2")
                                         .arg(Rfc3339::parse(m_periods.at(2).start)
                                                  .toLocalTime()
                                                  .toString(QStringLiteral("HH:mm")),
                                              Rfc3339::parse(m_periods.at(other).start)
                                                  .toLocalTime()
                                                  .toString(QStringLiteral("HH:mm"))));
    QCOMPARE(alternatives.at(0).toObject().value(QStringLiteral("start")).toString(),
             m_periods.at(2).start);
    QCOMPARE(alternatives.at(0).toObject().value(QStringLiteral("end")).toString(),
             m_periods.at(2).end);
    QCOMPARE(alternatives.at(2).toObject().value(QStringLiteral("end")).toString(),
             m_periods.at(other).end);
    verifyFits(alternatives, QStringLiteral("Room 201"));
}

void tst_Alternatives::lockHeldOffersAlternativesToo() {
    // Teacher B is confirming Room 101 (30 seats, projector and whiteboard) for period 5.
    QVERIFY(m_db->exec(
        QStringLiteral("INSERT INTO locks (room_id, during, teacher_id, expires_at) "
                       "SELECT %1, tstzrange('%2', '%3', '[)'), id, now() + interval '10 minutes' "
                       "FROM teachers WHERE username = 'teacher.b'")
            .arg(roomId(QStringLiteral("Room 101")))
            .arg(Rfc3339::parse(m_periods.at(4).start).toUTC().toString(Qt::ISODate),
                 Rfc3339::parse(m_periods.at(4).end).toUTC().toString(Qt::ISODate))));
    const QJsonArray alternatives =
        alternativesFor(m_a, QStringLiteral("Room 101"), 4, "LOCK_HELD");
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM locks")));
    // Only Room 103 has 30 seats, a projector and a whiteboard.
    const int other = nearestFree(4, {});
    QCOMPARE(describe(alternatives), QStringLiteral("Room 103 %1, Room 101 %2")
                                         .arg(Rfc3339::parse(m_periods.at(4).start)
                                                  .toLocalTime()
                                                  .toString(QStringLiteral("HH:mm")),
                                              Rfc3339::parse(m_periods.at(other).start)
                                                  .toLocalTime()
                                                  .toString(QStringLiteral("HH:mm"))));
    verifyFits(alternatives, QStringLiteral("Room 101"));
}

void tst_Alternatives::adminsAreOfferedRestrictedRooms() {
    const QJsonArray alternatives =
        alternativesFor(m_admin, QStringLiteral("Room 201"), 2, "BOOKING_CONFLICT");
    QCOMPARE(alternatives.size(), 3);
    QCOMPARE(alternatives.at(0)
                 .toObject()
                 .value(QStringLiteral("room"))
                 .toObject()
                 .value(QStringLiteral("name")),
             QJsonValue(QStringLiteral("Room 102")));
    QCOMPARE(alternatives.at(0)
                 .toObject()
                 .value(QStringLiteral("room"))
                 .toObject()
                 .value(QStringLiteral("restricted")),
             QJsonValue(true));
}

void tst_Alternatives::alternativesAreFreeAndCanBeBooked() {
    const QJsonArray first =
        alternativesFor(m_a, QStringLiteral("Room 201"), 2, "BOOKING_CONFLICT");
    QCOMPARE(first.size(), 3);
    // Take the best room and the other period, as the claim dialog's one click would.
    for (const int index : {0, 2}) {
        const QJsonObject alternative = first.at(index).toObject();
        const QJsonObject reply = m_a.request(
            QStringLiteral("confirmBooking"),
            {{QStringLiteral("roomId"),
              alternative.value(QStringLiteral("room")).toObject().value(QStringLiteral("id"))},
             {QStringLiteral("start"), alternative.value(QStringLiteral("start"))},
             {QStringLiteral("end"), alternative.value(QStringLiteral("end"))}});
        VERIFY_OK(reply);
    }
    // Neither is offered again: what is taken is never an alternative.
    const int taken = nearestFree(2, {3});
    const QJsonArray second =
        alternativesFor(m_a, QStringLiteral("Room 201"), 2, "BOOKING_CONFLICT");
    QCOMPARE(describe(second),
             QStringLiteral("Room 103 %1, Room 201 %2")
                 .arg(Rfc3339::parse(m_periods.at(2).start)
                          .toLocalTime()
                          .toString(QStringLiteral("HH:mm")),
                      Rfc3339::parse(m_periods.at(nearestFree(2, {3, taken})).start)
                          .toLocalTime()
                          .toString(QStringLiteral("HH:mm"))));
    // Only a lost room comes with alternatives: a 404 has none.
    const QJsonObject missing =
        m_a.request(QStringLiteral("confirmBooking"), confirmParams(987654, m_periods.at(2)));
    QVERIFY2(!missing.contains(QStringLiteral("alternatives")), qPrintable(json(missing)));
}

QTEST_GUILESS_MAIN(tst_Alternatives)
#include "tst_alternatives.moc"
