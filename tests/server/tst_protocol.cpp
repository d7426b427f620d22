// SPDX-License-Identifier: GPL-3.0-or-later

#include "Database.h"
#include "DatabaseUrl.h"
#include "Interval.h"
#include "LockService.h"
#include "ReplyChecks.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QtTest>

#include <functional>
#include <memory>

namespace {
using EventMatch = std::function<bool(const QJsonObject &)>;

// A wall-clock time `days` days from today at +01:00, written by hand (not by the code under
// test) so that the server has to convert offsets itself.
QString at(int days, int hour, int minute) {
    const QDateTime time(QDate::currentDate().addDays(days), QTime(hour, minute), Qt::OffsetFromUTC,
                         3600);
    return time.toString(Qt::ISODate);
}

QDateTime instant(const QJsonValue &value) {
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

bool isRfc3339(const QString &text) {
    static const QRegularExpression shape(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$"));
    return shape.match(text).hasMatch() && instant(text).isValid();
}

// Waits for an event of that name for which match() holds, without consuming anything.
QJsonObject waitForEvent(TestClient &client, const QString &name, const EventMatch &match,
                         int timeoutMs = 10000) {
    QJsonObject found;
    const bool arrived = QTest::qWaitFor(
        [&] {
            for (const TestClient::Event &event : client.events()) {
                if (event.frame.value(QStringLiteral("event")).toString() == name &&
                    match(event.frame)) {
                    found = event.frame;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return arrived ? found : QJsonObject();
}

int countEvents(const TestClient &client, const QString &name, const EventMatch &match) {
    int count = 0;
    for (const TestClient::Event &event : client.events())
        count +=
            event.frame.value(QStringLiteral("event")).toString() == name && match(event.frame);
    return count;
}

EventMatch bookingWithId(qint64 id) {
    return [id](const QJsonObject &frame) {
        return frame.value(QStringLiteral("booking"))
                   .toObject()
                   .value(QStringLiteral("id"))
                   .toInteger() == id;
    };
}

QStringList namesOf(const QJsonArray &rooms) {
    QStringList names;
    for (const QJsonValue &room : rooms)
        names << room.toObject().value(QStringLiteral("name")).toString();
    return names;
}

QJsonObject interval(const QString &start, const QString &end) {
    return {{QStringLiteral("start"), start}, {QStringLiteral("end"), end}};
}

QJsonObject confirmParams(qint64 roomId, const QString &start, const QString &end,
                          const QString &purpose = {}) {
    QJsonObject params = interval(start, end);
    params.insert(QStringLiteral("roomId"), roomId);
    if (!purpose.isEmpty())
        params.insert(QStringLiteral("purpose"), purpose);
    return params;
}
} // namespace

// Protocol v1 requests against the real server executable (demo school, fresh database per
// test), spoken over real WebSocket connections.
class tst_Protocol : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void laterConfirmLosesWithBookingConflict();
    void confirmWhileLockedLosesWithLockHeld();
    void listRooms();
    void listPeriods();
    void searchRoomsReturnsFreeRoomsBestFirst();
    void myBookingsAndListBookings();
    void cancelBooking();
    void loginFailuresAreThrottled();
    void resumeAndLogout();

private:
    std::unique_ptr<TestClient> loggedIn(const QString &username, const QString &password);
    qint64 roomId(TestClient &client, const QString &name);
    qint64 count(const QString &sql) const { return m_db->scalar(sql).toLongLong(); }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
};

void tst_Protocol::init() {
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_server = std::make_unique<ServerProcess>();
    // A confirmation's lock is announced only if still held after the delay: a minute here, so
    // that no confirmation of these tests, however slow the machine, is ever announced.
    QVERIFY2(m_server->start(m_db->url(),
                             {QStringLiteral("--demo"), QStringLiteral("--lock-announce-delay"),
                              QStringLiteral("60000")}),
             qPrintable(m_server->error()));
}

void tst_Protocol::cleanup() {
    if (QTest::currentTestFailed() && m_server)
        qWarning().noquote() << "server log:\n" << m_server->output().right(4000);
    m_server.reset();
    // In-process connections of this thread point at the database about to be dropped.
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QLatin1String("roomclaim-"))) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
    m_db.reset();
}

std::unique_ptr<TestClient> tst_Protocol::loggedIn(const QString &username,
                                                   const QString &password) {
    auto client = std::make_unique<TestClient>();
    if (!client->open(m_server->url()))
        return nullptr;
    if (!client->login(username, password).value(QStringLiteral("ok")).toBool())
        return nullptr;
    return client;
}

qint64 tst_Protocol::roomId(TestClient &client, const QString &name) {
    const QJsonObject reply = client.request(QStringLiteral("listRooms"));
    for (const QJsonValue &room : reply.value(QStringLiteral("rooms")).toArray()) {
        if (room.toObject().value(QStringLiteral("name")).toString() == name)
            return room.toObject().value(QStringLiteral("id")).toInteger();
    }
    return 0;
}

void tst_Protocol::laterConfirmLosesWithBookingConflict() {
    auto a = loggedIn(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    auto b = loggedIn(QStringLiteral("teacher.b"), QStringLiteral("demo-b"));
    QVERIFY(a && b);
    const qint64 room = roomId(*a, QStringLiteral("Room 101"));
    QVERIFY(room > 0);

    const QString startA = at(1, 10, 0), endA = at(1, 10, 50);
    const QJsonObject created =
        a->request(QStringLiteral("confirmBooking"),
                   confirmParams(room, startA, endA, QStringLiteral("7B Maths")));
    VERIFY_OK(created);
    const QJsonObject booking = created.value(QStringLiteral("booking")).toObject();
    QCOMPARE(booking.value(QStringLiteral("roomId")).toInteger(), room);
    QCOMPARE(booking.value(QStringLiteral("roomName")).toString(), QStringLiteral("Room 101"));
    QCOMPARE(booking.value(QStringLiteral("teacherName")).toString(), QStringLiteral("Teacher A"));
    QCOMPARE(booking.value(QStringLiteral("purpose")).toString(), QStringLiteral("7B Maths"));
    QVERIFY(isRfc3339(booking.value(QStringLiteral("start")).toString()));
    QCOMPARE(instant(booking.value(QStringLiteral("start"))), instant(startA));
    QCOMPARE(instant(booking.value(QStringLiteral("end"))), instant(endA));
    const qint64 bookingId = booking.value(QStringLiteral("id")).toInteger();
    QVERIFY(bookingId > 0);

    // Overlapping by 20 minutes, not equal.
    const QString startB = at(1, 10, 30), endB = at(1, 11, 20);
    const QJsonObject lost =
        b->request(QStringLiteral("confirmBooking"), confirmParams(room, startB, endB));
    VERIFY_FAILURE(lost, 409, "BOOKING_CONFLICT");
    QCOMPARE(lost.value(QStringLiteral("message")).toString(),
             QStringLiteral("Room already booked by Teacher A"));
    QCOMPARE(lost.value(QStringLiteral("conflict")).toObject(), booking);

    const QJsonObject conflict = waitForEvent(*b, QStringLiteral("bookingConflict"),
                                              [](const QJsonObject &) { return true; });
    QVERIFY2(!conflict.isEmpty(), "B did not receive bookingConflict");
    QCOMPARE(conflict.value(QStringLiteral("roomId")).toInteger(), room);
    QCOMPARE(instant(conflict.value(QStringLiteral("start"))), instant(startB));
    QCOMPARE(instant(conflict.value(QStringLiteral("end"))), instant(endB));
    QCOMPARE(conflict.value(QStringLiteral("code")).toString(), QStringLiteral("BOOKING_CONFLICT"));
    QCOMPARE(conflict.value(QStringLiteral("message")).toString(),
             QStringLiteral("Room already booked by Teacher A"));

    for (TestClient *client : {a.get(), b.get()}) {
        const QJsonObject createdEvent =
            waitForEvent(*client, QStringLiteral("bookingCreated"), bookingWithId(bookingId));
        QVERIFY2(!createdEvent.isEmpty(), "bookingCreated missing");
        QCOMPARE(createdEvent.value(QStringLiteral("booking")).toObject(), booking);
        // A's lock lived for the confirmation only, well within the announcement delay: nobody
        // was told about it (tst_confirmpath covers a lock that outlives the delay).
        QCOMPARE(client->eventCount(QStringLiteral("roomLocked")), 0);
        QCOMPARE(client->eventCount(QStringLiteral("roomUnlocked")), 0);
    }
    // The conflict is private to the loser.
    QCOMPARE(a->eventCount(QStringLiteral("bookingConflict")), 0);

    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bookings")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM locks")), 0);
}

void tst_Protocol::confirmWhileLockedLosesWithLockHeld() {
    auto a = loggedIn(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    auto b = loggedIn(QStringLiteral("teacher.b"), QStringLiteral("demo-b"));
    QVERIFY(a && b);
    const qint64 room = roomId(*a, QStringLiteral("Room 102"));
    QVERIFY(room > 0);
    const qint64 teacherA =
        count(QStringLiteral("SELECT id FROM teachers WHERE username = 'teacher.a'"));
    QVERIFY(teacherA > 0);

    QString error;
    const DatabaseUrl url = DatabaseUrl::parse(m_db->url(), &error);
    QVERIFY2(url.isValid(), qPrintable(error));
    Database::configure(url);
    // Long enough that a slow machine cannot see it expire mid-test.
    LockService::setTimeToLive(600);
    // This test process acts as another server instance holding the lock.
    LockService::setInstanceName(QStringLiteral("tst_protocol"));
    const QString start = at(1, 9, 0), end = at(1, 10, 0);
    // Teacher A's confirmation is in flight: A holds the lock.
    const LockService::Acquired held =
        LockService::acquire(room, Interval(instant(start), instant(end)), teacherA);
    QVERIFY(held.granted);

    const QJsonObject search = b->request(QStringLiteral("searchRooms"), interval(start, end));
    VERIFY_OK(search);
    bool sawRoom = false;
    for (const QJsonValue &value : search.value(QStringLiteral("rooms")).toArray()) {
        const QJsonObject candidate = value.toObject();
        QVERIFY(candidate.contains(QStringLiteral("lockedBy")));
        if (candidate.value(QStringLiteral("id")).toInteger() == room) {
            sawRoom = true;
            QCOMPARE(candidate.value(QStringLiteral("lockedBy")).toString(),
                     QStringLiteral("Teacher A"));
        } else {
            QVERIFY(candidate.value(QStringLiteral("lockedBy")).isNull());
        }
    }
    QVERIFY2(sawRoom, "a locked but unbooked room is still free");

    // Overlapping, not equal.
    const QString startB = at(1, 9, 30), endB = at(1, 10, 20);
    const QJsonObject lost =
        b->request(QStringLiteral("confirmBooking"), confirmParams(room, startB, endB));
    VERIFY_FAILURE(lost, 409, "LOCK_HELD");
    QCOMPARE(lost.value(QStringLiteral("message")).toString(),
             QStringLiteral("Another teacher is currently booking"));
    QCOMPARE(lost.value(QStringLiteral("holder")).toString(), QStringLiteral("Teacher A"));

    const QJsonObject conflict = waitForEvent(*b, QStringLiteral("bookingConflict"),
                                              [](const QJsonObject &) { return true; });
    QVERIFY2(!conflict.isEmpty(), "B did not receive bookingConflict");
    QCOMPARE(conflict.value(QStringLiteral("code")).toString(), QStringLiteral("LOCK_HELD"));
    QCOMPARE(conflict.value(QStringLiteral("message")).toString(),
             QStringLiteral("Another teacher is currently booking"));
    QCOMPARE(conflict.value(QStringLiteral("roomId")).toInteger(), room);
    QCOMPARE(instant(conflict.value(QStringLiteral("start"))), instant(startB));
    QCOMPARE(instant(conflict.value(QStringLiteral("end"))), instant(endB));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bookings")), 0);
    // B's failed attempt took no lock of its own and left A's in place.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM locks")), 1);

    QVERIFY(LockService::release(held.lockId).has_value());
    const QJsonObject won =
        b->request(QStringLiteral("confirmBooking"), confirmParams(room, startB, endB));
    VERIFY_OK(won);
    QCOMPARE(won.value(QStringLiteral("booking"))
                 .toObject()
                 .value(QStringLiteral("teacherName"))
                 .toString(),
             QStringLiteral("Teacher B"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bookings")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM locks")), 0);
}

void tst_Protocol::listRooms() {
    auto a = loggedIn(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    QVERIFY(a);
    const QJsonObject reply = a->request(QStringLiteral("listRooms"));
    VERIFY_OK(reply);
    const QJsonArray rooms = reply.value(QStringLiteral("rooms")).toArray();
    QCOMPARE(rooms.size(), 12);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM rooms")), 12);
    QJsonObject room101;
    for (const QJsonValue &value : rooms) {
        const QJsonObject room = value.toObject();
        QVERIFY(room.value(QStringLiteral("id")).toInteger() > 0);
        QVERIFY(!room.value(QStringLiteral("building")).toString().isEmpty());
        QVERIFY(room.value(QStringLiteral("capacity")).toInt() > 0);
        QVERIFY(room.value(QStringLiteral("features")).isArray());
        if (room.value(QStringLiteral("name")).toString() == QLatin1String("Room 101"))
            room101 = room;
    }
    QCOMPARE(room101.value(QStringLiteral("building")).toString(), QStringLiteral("Main"));
    QCOMPARE(room101.value(QStringLiteral("capacity")).toInt(), 30);
    QCOMPARE(room101.value(QStringLiteral("features")).toArray(),
             QJsonArray({QStringLiteral("projector"), QStringLiteral("whiteboard")}));
}

void tst_Protocol::listPeriods() {
    auto a = loggedIn(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    QVERIFY(a);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QList<std::pair<QJsonObject, QString>> cases = {
        {{}, today},
        {{{QStringLiteral("date"), QStringLiteral("2027-03-01")}}, QStringLiteral("2027-03-01")}};
    for (const auto &[params, date] : cases) {
        const QJsonObject reply = a->request(QStringLiteral("listPeriods"), params);
        VERIFY_OK(reply);
        const QJsonArray periods = reply.value(QStringLiteral("periods")).toArray();
        QCOMPARE(periods.size(), 6);
        QDateTime previousEnd;
        for (int i = 0; i < periods.size(); ++i) {
            const QJsonObject period = periods.at(i).toObject();
            QCOMPARE(period.value(QStringLiteral("name")).toString(),
                     QStringLiteral("Period %1").arg(i + 1));
            const QString start = period.value(QStringLiteral("start")).toString();
            const QString end = period.value(QStringLiteral("end")).toString();
            QVERIFY2(isRfc3339(start) && isRfc3339(end),
                     qPrintable(start + QLatin1Char(' ') + end));
            QVERIFY2(start.startsWith(date + QLatin1Char('T')), qPrintable(start));
            QVERIFY2(end.startsWith(date + QLatin1Char('T')), qPrintable(end));
            QVERIFY(instant(start) < instant(end));
            QVERIFY(!previousEnd.isValid() || previousEnd <= instant(start));
            previousEnd = instant(end);
        }
        QCOMPARE(periods.at(0).toObject().value(QStringLiteral("start")).toString().mid(11, 5),
                 QStringLiteral("08:30"));
    }
}

void tst_Protocol::searchRoomsReturnsFreeRoomsBestFirst() {
    auto a = loggedIn(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    QVERIFY(a);
    const qint64 room = roomId(*a, QStringLiteral("Room 101"));
    VERIFY_OK(a->request(QStringLiteral("confirmBooking"),
                         confirmParams(room, at(2, 9, 0), at(2, 10, 0))));

    const auto search = [&](const QJsonObject &params) {
        const QJsonObject reply = a->request(QStringLiteral("searchRooms"), params);
        if (!reply.value(QStringLiteral("ok")).toBool())
            qWarning().noquote() << "searchRooms failed:" << json(reply);
        return reply.value(QStringLiteral("rooms")).toArray();
    };
    const QStringList overlapping = namesOf(search(interval(at(2, 9, 30), at(2, 10, 30))));
    QCOMPARE(overlapping.size(), 11);
    QVERIFY(!overlapping.contains(QStringLiteral("Room 101")));
    const QStringList inside = namesOf(search(interval(at(2, 9, 10), at(2, 9, 20))));
    QVERIFY(!inside.contains(QStringLiteral("Room 101")));
    const QStringList around = namesOf(search(interval(at(2, 8, 0), at(2, 11, 0))));
    QVERIFY(!around.contains(QStringLiteral("Room 101")));
    // Half-open intervals: touching is not overlapping, on either side.
    const QStringList after = namesOf(search(interval(at(2, 10, 0), at(2, 11, 0))));
    QCOMPARE(after.size(), 12);
    QVERIFY(after.contains(QStringLiteral("Room 101")));
    QVERIFY(
        namesOf(search(interval(at(2, 8, 0), at(2, 9, 0)))).contains(QStringLiteral("Room 101")));

    // minCapacity and features both filter; the smallest room that fits comes first.
    QJsonObject filtered = interval(at(2, 13, 10), at(2, 14, 0));
    filtered.insert(QStringLiteral("minCapacity"), 25);
    filtered.insert(QStringLiteral("features"), QJsonArray{QStringLiteral("projector")});
    const QJsonArray matches = search(filtered);
    QStringList names = namesOf(matches);
    QVERIFY(!names.isEmpty());
    QCOMPARE(names.first(), QStringLiteral("Computer Lab 1"));
    names.sort();
    QCOMPARE(names, QStringList({QStringLiteral("Computer Lab 1"), QStringLiteral("Music Room"),
                                 QStringLiteral("Room 101"), QStringLiteral("Room 103")}));
    int previousCapacity = 0;
    for (const QJsonValue &value : matches) {
        const QJsonObject match = value.toObject();
        QVERIFY(match.value(QStringLiteral("capacity")).toInt() >= 25);
        QVERIFY(match.value(QStringLiteral("capacity")).toInt() >= previousCapacity);
        previousCapacity = match.value(QStringLiteral("capacity")).toInt();
        QVERIFY(match.value(QStringLiteral("features"))
                    .toArray()
                    .contains(QStringLiteral("projector")));
        QVERIFY(match.contains(QStringLiteral("lockedBy")) &&
                match.value(QStringLiteral("lockedBy")).isNull());
    }

    QJsonObject labs = interval(at(2, 13, 10), at(2, 14, 0));
    labs.insert(QStringLiteral("features"),
                QJsonArray{QStringLiteral("science lab"), QStringLiteral("whiteboard")});
    QCOMPARE(namesOf(search(labs)), QStringList{QStringLiteral("Science Lab B")});

    QJsonObject anySize = interval(at(2, 13, 10), at(2, 14, 0));
    anySize.insert(QStringLiteral("minCapacity"), 20);
    const QJsonArray fitting = search(anySize);
    QVERIFY(!fitting.isEmpty());
    QCOMPARE(fitting.first().toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Computer Lab 2"));
    QCOMPARE(fitting.size(), 10);

    QJsonObject tooBig = interval(at(2, 13, 10), at(2, 14, 0));
    tooBig.insert(QStringLiteral("minCapacity"), 500);
    QCOMPARE(search(tooBig).size(), 0);
}

void tst_Protocol::myBookingsAndListBookings() {
    auto a = loggedIn(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    auto b = loggedIn(QStringLiteral("teacher.b"), QStringLiteral("demo-b"));
    QVERIFY(a && b);
    const qint64 r101 = roomId(*a, QStringLiteral("Room 101"));
    const qint64 r102 = roomId(*a, QStringLiteral("Room 102"));
    // Created out of order on purpose.
    QList<qint64> ids;
    for (const auto &[room, start, end] : {std::tuple{r101, at(3, 13, 10), at(3, 14, 0)},
                                           std::tuple{r102, at(4, 8, 30), at(4, 9, 20)},
                                           std::tuple{r102, at(3, 8, 30), at(3, 9, 20)}}) {
        const QJsonObject reply =
            a->request(QStringLiteral("confirmBooking"), confirmParams(room, start, end));
        VERIFY_OK(reply);
        ids << reply.value(QStringLiteral("booking"))
                   .toObject()
                   .value(QStringLiteral("id"))
                   .toInteger();
    }
    const QJsonObject byB = b->request(QStringLiteral("confirmBooking"),
                                       confirmParams(r101, at(3, 9, 25), at(3, 10, 15)));
    VERIFY_OK(byB);
    const qint64 idB =
        byB.value(QStringLiteral("booking")).toObject().value(QStringLiteral("id")).toInteger();

    const auto idsOf = [](const QJsonObject &reply) {
        QList<qint64> result;
        for (const QJsonValue &booking : reply.value(QStringLiteral("bookings")).toArray())
            result << booking.toObject().value(QStringLiteral("id")).toInteger();
        return result;
    };
    const QJsonObject mine = a->request(QStringLiteral("myBookings"));
    VERIFY_OK(mine);
    QCOMPARE(idsOf(mine), (QList<qint64>{ids[2], ids[0], ids[1]}));
    for (const QJsonValue &booking : mine.value(QStringLiteral("bookings")).toArray())
        QCOMPARE(booking.toObject().value(QStringLiteral("teacherName")).toString(),
                 QStringLiteral("Teacher A"));
    QCOMPARE(idsOf(b->request(QStringLiteral("myBookings"))), QList<qint64>{idB});
    const QJsonObject day4 =
        a->request(QStringLiteral("myBookings"),
                   {{QStringLiteral("from"), at(4, 0, 0)}, {QStringLiteral("to"), at(5, 0, 0)}});
    QCOMPARE(idsOf(day4), QList<qint64>{ids[1]});

    const QJsonObject everyone =
        a->request(QStringLiteral("listBookings"),
                   {{QStringLiteral("from"), at(3, 0, 0)}, {QStringLiteral("to"), at(5, 0, 0)}});
    VERIFY_OK(everyone);
    QCOMPARE(idsOf(everyone), (QList<qint64>{ids[2], idB, ids[0], ids[1]}));
    const QJsonObject room101 =
        b->request(QStringLiteral("listBookings"), {{QStringLiteral("from"), at(3, 0, 0)},
                                                    {QStringLiteral("to"), at(5, 0, 0)},
                                                    {QStringLiteral("roomId"), r101}});
    VERIFY_OK(room101);
    QCOMPARE(idsOf(room101), (QList<qint64>{idB, ids[0]}));
}

void tst_Protocol::cancelBooking() {
    auto a = loggedIn(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    auto b = loggedIn(QStringLiteral("teacher.b"), QStringLiteral("demo-b"));
    auto admin = loggedIn(QStringLiteral("admin"), QStringLiteral("demo-admin"));
    QVERIFY(a && b && admin);
    TestClient anonymous;
    QVERIFY(anonymous.open(m_server->url()));
    const qint64 room = roomId(*a, QStringLiteral("Room 102"));
    const QString start = at(5, 9, 0), end = at(5, 10, 0);
    const QJsonObject first =
        a->request(QStringLiteral("confirmBooking"), confirmParams(room, start, end));
    VERIFY_OK(first);
    const qint64 firstId =
        first.value(QStringLiteral("booking")).toObject().value(QStringLiteral("id")).toInteger();
    const QJsonObject second = a->request(QStringLiteral("confirmBooking"),
                                          confirmParams(room, at(5, 11, 0), at(5, 12, 0)));
    VERIFY_OK(second);
    const qint64 secondId =
        second.value(QStringLiteral("booking")).toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(!namesOf(a->request(QStringLiteral("searchRooms"), interval(start, end))
                         .value(QStringLiteral("rooms"))
                         .toArray())
                 .contains(QStringLiteral("Room 102")));

    // Someone else's booking.
    const QJsonObject forbidden =
        b->request(QStringLiteral("cancelBooking"), {{QStringLiteral("bookingId"), firstId}});
    VERIFY_FAILURE(forbidden, 403, "FORBIDDEN");
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bookings WHERE canceled_at IS NULL")), 2);

    const QJsonObject unknown =
        a->request(QStringLiteral("cancelBooking"), {{QStringLiteral("bookingId"), 987654}});
    VERIFY_FAILURE(unknown, 404, "BOOKING_NOT_FOUND");

    const QJsonObject own =
        a->request(QStringLiteral("cancelBooking"), {{QStringLiteral("bookingId"), firstId}});
    VERIFY_OK(own);
    QCOMPARE(
        own.value(QStringLiteral("booking")).toObject().value(QStringLiteral("id")).toInteger(),
        firstId);
    for (TestClient *client : {a.get(), b.get(), admin.get()}) {
        const QJsonObject event =
            waitForEvent(*client, QStringLiteral("bookingCanceled"), bookingWithId(firstId));
        QVERIFY2(!event.isEmpty(), "bookingCanceled missing");
        QCOMPARE(event.value(QStringLiteral("canceledBy")).toString(), QStringLiteral("Teacher A"));
        QCOMPARE(event.value(QStringLiteral("booking"))
                     .toObject()
                     .value(QStringLiteral("roomId"))
                     .toInteger(),
                 room);
    }
    QVERIFY(
        !m_db->scalar(QStringLiteral("SELECT canceled_at FROM bookings WHERE id = %1").arg(firstId))
             .isNull());
    QVERIFY(namesOf(b->request(QStringLiteral("searchRooms"), interval(start, end))
                        .value(QStringLiteral("rooms"))
                        .toArray())
                .contains(QStringLiteral("Room 102")));
    // The same interval can be booked again, by someone else.
    VERIFY_OK(b->request(QStringLiteral("confirmBooking"), confirmParams(room, start, end)));

    const QJsonObject again =
        a->request(QStringLiteral("cancelBooking"), {{QStringLiteral("bookingId"), firstId}});
    VERIFY_FAILURE(again, 404, "BOOKING_NOT_FOUND");

    // An admin may cancel anyone's booking and say why.
    const QJsonObject byAdmin = admin->request(
        QStringLiteral("cancelBooking"), {{QStringLiteral("bookingId"), secondId},
                                          {QStringLiteral("reason"), QStringLiteral("Assembly")}});
    VERIFY_OK(byAdmin);
    for (TestClient *client : {a.get(), b.get(), admin.get()}) {
        const QJsonObject event =
            waitForEvent(*client, QStringLiteral("bookingCanceled"), bookingWithId(secondId));
        QVERIFY2(!event.isEmpty(), "bookingCanceled missing");
        QCOMPARE(event.value(QStringLiteral("canceledBy")).toString(),
                 QStringLiteral("School Admin"));
        QCOMPARE(event.value(QStringLiteral("reason")).toString(), QStringLiteral("Assembly"));
    }
    QCOMPARE(
        m_db->scalar(
                QStringLiteral("SELECT cancel_reason FROM bookings WHERE id = %1").arg(secondId))
            .toString(),
        QStringLiteral("Assembly"));
    QCOMPARE(anonymous.eventCount(QStringLiteral("bookingCanceled")), 0);
    QCOMPARE(anonymous.eventCount(QStringLiteral("bookingCreated")), 0);
}

void tst_Protocol::loginFailuresAreThrottled() {
    TestClient client;
    QVERIFY(client.open(m_server->url()));
    const QJsonObject good = client.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    VERIFY_OK(good);
    const QJsonObject teacher = good.value(QStringLiteral("teacher")).toObject();
    QCOMPARE(teacher.value(QStringLiteral("username")).toString(), QStringLiteral("teacher.a"));
    QCOMPARE(teacher.value(QStringLiteral("name")).toString(), QStringLiteral("Teacher A"));
    QCOMPARE(teacher.value(QStringLiteral("role")).toString(), QStringLiteral("teacher"));
    QVERIFY(teacher.value(QStringLiteral("id")).toInteger() > 0);
    QVERIFY(!good.value(QStringLiteral("token")).toString().isEmpty());
    QCOMPARE(good.value(QStringLiteral("protocol")).toInt(), 1);
    QVERIFY(!good.contains(QStringLiteral("passwordHash")) &&
            !teacher.contains(QStringLiteral("passwordHash")));

    TestClient other;
    QVERIFY(other.open(m_server->url()));
    VERIFY_FAILURE(other.login(QStringLiteral("nobody"), QStringLiteral("demo-a")), 401,
                   "AUTH_FAILED");
    for (int attempt = 1; attempt <= 5; ++attempt) {
        const QJsonObject wrong =
            other.login(QStringLiteral("teacher.b"), QStringLiteral("wrong-%1").arg(attempt));
        VERIFY_FAILURE(wrong, 401, "AUTH_FAILED");
    }
    // Even the right password is refused now.
    VERIFY_FAILURE(other.login(QStringLiteral("teacher.b"), QStringLiteral("demo-b")), 429,
                   "TOO_MANY_ATTEMPTS");
    QVERIFY(other.isOpen());
    VERIFY_FAILURE(other.request(QStringLiteral("listRooms")), 401, "UNAUTHENTICATED");
    // The throttle is per account.
    const QJsonObject admin = other.login(QStringLiteral("admin"), QStringLiteral("demo-admin"));
    VERIFY_OK(admin);
    QCOMPARE(
        admin.value(QStringLiteral("teacher")).toObject().value(QStringLiteral("role")).toString(),
        QStringLiteral("admin"));
}

void tst_Protocol::resumeAndLogout() {
    TestClient first;
    QVERIFY(first.open(m_server->url()));
    const QJsonObject login = first.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    VERIFY_OK(login);
    const QString token = login.value(QStringLiteral("token")).toString();

    TestClient second;
    QVERIFY(second.open(m_server->url()));
    const QJsonObject resumed =
        second.request(QStringLiteral("resume"), {{QStringLiteral("token"), token}});
    VERIFY_OK(resumed);
    QCOMPARE(resumed.value(QStringLiteral("teacher")).toObject(),
             login.value(QStringLiteral("teacher")).toObject());
    QCOMPARE(resumed.value(QStringLiteral("protocol")).toInt(), 1);
    QVERIFY(!resumed.value(QStringLiteral("token")).toString().isEmpty());
    VERIFY_OK(second.request(QStringLiteral("myBookings")));

    TestClient third;
    QVERIFY(third.open(m_server->url()));
    VERIFY_FAILURE(third.request(QStringLiteral("resume"),
                                 {{QStringLiteral("token"), QStringLiteral("not-a-token")}}),
                   401, "AUTH_FAILED");
    VERIFY_FAILURE(third.request(QStringLiteral("myBookings")), 401, "UNAUTHENTICATED");

    VERIFY_OK(first.request(QStringLiteral("logout")));
    VERIFY_FAILURE(first.request(QStringLiteral("myBookings")), 401, "UNAUTHENTICATED");
    VERIFY_FAILURE(first.request(QStringLiteral("listRooms")), 401, "UNAUTHENTICATED");
    QVERIFY(first.isOpen());
    // The session is gone for good, not only on that connection.
    VERIFY_FAILURE(third.request(QStringLiteral("resume"), {{QStringLiteral("token"), token}}), 401,
                   "AUTH_FAILED");

    // A logged-out connection no longer receives events.
    auto b = loggedIn(QStringLiteral("teacher.b"), QStringLiteral("demo-b"));
    QVERIFY(b);
    const qint64 room = roomId(*b, QStringLiteral("Room 201"));
    const QJsonObject booked = b->request(QStringLiteral("confirmBooking"),
                                          confirmParams(room, at(1, 13, 10), at(1, 14, 0)));
    VERIFY_OK(booked);
    const qint64 id =
        booked.value(QStringLiteral("booking")).toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(!waitForEvent(*b, QStringLiteral("bookingCreated"), bookingWithId(id)).isEmpty());
    QCOMPARE(countEvents(first, QStringLiteral("bookingCreated"), bookingWithId(id)), 0);
}

QTEST_GUILESS_MAIN(tst_Protocol)
#include "tst_protocol.moc"
