// SPDX-License-Identifier: GPL-3.0-or-later

#include "BookingRules.h"
#include "Database.h"
#include "DatabaseUrl.h"
#include "ReplyChecks.h"
#include "Rfc3339.h"
#include "SchoolCalendar.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QtTest>
#include <memory>
#include <vector>

// The confirmation path as two server instances on one database show it: a lock is announced
// only when it outlives the announcement delay, a confirmation in flight still makes an
// overlapping one on the other instance lose with LOCK_HELD, a confirmation that fails after
// its lock was announced takes the announcement back, and a change to the school calendar or
// the booking rules made anywhere counts for the very next confirmation everywhere, although
// each instance keeps them in memory.
class tst_ConfirmPath : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void lockOutlivingTheDelayIsAnnouncedEverywhere();
    void announcedLockOfAFailedConfirmationIsTakenBack();
    void zeroDelayAnnouncesEveryLock();
    void losersAtOnceAreOfferedTheSameFreeAlternatives();
    void confirmationsCommittedTogetherAreAnsweredEachOnTheirOwn();
    void calendarChangedElsewhereCountsAtOnce();
    void rulesChangedElsewhereCountAtOnce();

private:
    std::unique_ptr<TestClient> loggedIn(const ServerProcess &server, const QString &username,
                                         const QString &password);
    qint64 roomId(const QString &name) const;
    static QJsonObject confirmParams(qint64 roomId, const QDateTime &start, int minutes);
    // Holds the bookings table against inserts (not reads) in the test's own transaction, until
    // the server's confirmation waits for it.
    bool holdBookings();
    bool confirmationIsWaiting() const;
    // Logged-in connections as teacher.a and teacher.b in turn, alternating between the
    // instances or all on one.
    bool connectMany(std::vector<std::unique_ptr<TestClient>> &clients, int count,
                     const ServerProcess *only = nullptr);
    int indexOf(const TestClient &client, const QString &event) const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_first, m_second;
};

void tst_ConfirmPath::initTestCase() {
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    // A short delay: the locks held on purpose below outlive it by far.
    const QStringList options{QStringLiteral("--demo"), QStringLiteral("--lock-announce-delay"),
                              QStringLiteral("100")};
    m_first = std::make_unique<ServerProcess>();
    QVERIFY2(m_first->start(m_db->url(), options), qPrintable(m_first->error()));
    m_second = std::make_unique<ServerProcess>();
    QVERIFY2(m_second->start(m_db->url(), options), qPrintable(m_second->error()));
    // This process changes the calendar and the rules as an instance's console does.
    QString error;
    const DatabaseUrl url = DatabaseUrl::parse(m_db->url(), &error);
    QVERIFY2(url.isValid(), qPrintable(error));
    Database::configure(url);
}

void tst_ConfirmPath::cleanupTestCase() {
    m_first.reset();
    m_second.reset();
    Database::connection().close();
    m_db.reset();
}

void tst_ConfirmPath::cleanup() {
    m_db->exec(QStringLiteral("ROLLBACK"));
    if (QTest::currentTestFailed()) {
        qWarning().noquote() << "first instance:\n" << m_first->output().right(3000);
        qWarning().noquote() << "second instance:\n" << m_second->output().right(3000);
    }
}

std::unique_ptr<TestClient> tst_ConfirmPath::loggedIn(const ServerProcess &server,
                                                      const QString &username,
                                                      const QString &password) {
    auto client = std::make_unique<TestClient>();
    if (!client->open(server.url()))
        return nullptr;
    if (!client->login(username, password).value(QStringLiteral("ok")).toBool())
        return nullptr;
    return client;
}

qint64 tst_ConfirmPath::roomId(const QString &name) const {
    return m_db->scalar(QStringLiteral("SELECT id FROM rooms WHERE name = '%1'").arg(name))
        .toLongLong();
}

QJsonObject tst_ConfirmPath::confirmParams(qint64 roomId, const QDateTime &start, int minutes) {
    return {{QStringLiteral("roomId"), roomId},
            {QStringLiteral("start"), Rfc3339::formatLocal(start)},
            {QStringLiteral("end"), Rfc3339::formatLocal(start.addSecs(qint64(minutes) * 60))},
            {QStringLiteral("purpose"), QStringLiteral("6B Music")}};
}

bool tst_ConfirmPath::holdBookings() {
    return m_db->exec(QStringLiteral("BEGIN")) &&
           m_db->exec(QStringLiteral("LOCK TABLE bookings IN SHARE MODE"));
}

bool tst_ConfirmPath::confirmationIsWaiting() const {
    return m_db->scalar(QStringLiteral("SELECT count(*) FROM pg_locks WHERE NOT granted AND "
                                       "relation = 'bookings'::regclass"))
               .toInt() > 0;
}

int tst_ConfirmPath::indexOf(const TestClient &client, const QString &event) const {
    const QList<TestClient::Event> events = client.events();
    for (int i = 0; i < events.size(); ++i) {
        if (events.at(i).frame.value(QStringLiteral("event")).toString() == event)
            return i;
    }
    return -1;
}

void tst_ConfirmPath::lockOutlivingTheDelayIsAnnouncedEverywhere() {
    const auto a = loggedIn(*m_first, QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    const auto b = loggedIn(*m_second, QStringLiteral("teacher.b"), QStringLiteral("demo-b"));
    QVERIFY(a && b);
    const qint64 room = roomId(QStringLiteral("Room 101"));
    QVERIFY(room > 0);
    const QDateTime start(QDate::currentDate().addDays(3), QTime(10, 0));

    // Teacher A's confirmation takes its lock, then waits for the table this test holds.
    QVERIFY(holdBookings());
    const qint64 pending =
        a->send(QStringLiteral("confirmBooking"), confirmParams(room, start, 50));
    QVERIFY(QTest::qWaitFor([&] { return confirmationIsWaiting(); }, 4000));

    // Held past the delay: the other instance's teacher is told who is booking the room.
    const QJsonObject locked = b->waitForEvent(QStringLiteral("roomLocked"), 4000);
    QVERIFY2(!locked.isEmpty(), "the lock held in flight was not announced");
    QCOMPARE(locked.value(QStringLiteral("roomId")).toInteger(), room);
    QCOMPARE(locked.value(QStringLiteral("holder")).toString(), QStringLiteral("Teacher A"));
    QCOMPARE(Rfc3339::parse(locked.value(QStringLiteral("start")).toString()), start);
    QCOMPARE(Rfc3339::parse(locked.value(QStringLiteral("end")).toString()), start.addSecs(3000));

    // While A's confirmation is in flight, an overlapping one on the other instance loses with
    // LOCK_HELD, naming A, and a day grid shows the lock.
    const QJsonObject lost =
        b->request(QStringLiteral("confirmBooking"), confirmParams(room, start.addSecs(1800), 50));
    VERIFY_FAILURE(lost, 409, "LOCK_HELD");
    QCOMPARE(lost.value(QStringLiteral("holder")).toString(), QStringLiteral("Teacher A"));
    const QJsonObject locks =
        b->request(QStringLiteral("listLocks"),
                   {{QStringLiteral("from"), Rfc3339::formatLocal(start.addSecs(-3600))},
                    {QStringLiteral("to"), Rfc3339::formatLocal(start.addSecs(3600))}});
    VERIFY_OK(locks);
    QCOMPARE(locks.value(QStringLiteral("locks")).toArray().size(), 1);

    QVERIFY(m_db->exec(QStringLiteral("COMMIT")));
    const QJsonObject booked = a->waitForReply(pending, 10000);
    VERIFY_OK(booked);
    const QJsonObject booking = booked.value(QStringLiteral("booking")).toObject();
    // Created, then unlocked, on both instances.
    for (TestClient *client : {a.get(), b.get()}) {
        QCOMPARE(client->waitForEvent(QStringLiteral("bookingCreated"), 10000)
                     .value(QStringLiteral("booking"))
                     .toObject(),
                 booking);
        const QJsonObject unlocked = client->waitForEvent(QStringLiteral("roomUnlocked"), 10000);
        QVERIFY2(!unlocked.isEmpty(), "the announced lock was never taken back");
        QCOMPARE(unlocked.value(QStringLiteral("roomId")).toInteger(), room);
        QCOMPARE(Rfc3339::parse(unlocked.value(QStringLiteral("start")).toString()), start);
        QVERIFY(indexOf(*client, QStringLiteral("roomLocked")) <
                indexOf(*client, QStringLiteral("roomUnlocked")));
        QCOMPARE(client->eventCount(QStringLiteral("roomLocked")), 1);
    }
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM locks")).toInt(), 0);
}

void tst_ConfirmPath::announcedLockOfAFailedConfirmationIsTakenBack() {
    const auto a = loggedIn(*m_first, QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    const auto b = loggedIn(*m_second, QStringLiteral("teacher.b"), QStringLiteral("demo-b"));
    QVERIFY(a && b);
    const qint64 room = roomId(QStringLiteral("Room 102"));
    const qint64 teacherB =
        m_db->scalar(QStringLiteral("SELECT id FROM teachers WHERE username = 'teacher.b'"))
            .toLongLong();
    QVERIFY(room > 0 && teacherB > 0);
    const QDateTime start(QDate::currentDate().addDays(4), QTime(9, 0));

    QVERIFY(holdBookings());
    const qint64 pending =
        a->send(QStringLiteral("confirmBooking"), confirmParams(room, start, 60));
    QVERIFY(QTest::qWaitFor([&] { return confirmationIsWaiting(); }, 4000));
    QVERIFY(!b->waitForEvent(QStringLiteral("roomLocked"), 4000).isEmpty());
    // Meanwhile an overlapping booking reaches the table by a path that takes no lock (as an
    // import does): the database refuses A's insert, and A hears whose booking won.
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO bookings (room_id, teacher_id, during, purpose) "
                                      "VALUES (%1, %2, tstzrange('%3', '%4', '[)'), 'Imported')")
                           .arg(room)
                           .arg(teacherB)
                           .arg(start.addSecs(1800).toUTC().toString(Qt::ISODate),
                                start.addSecs(5400).toUTC().toString(Qt::ISODate))));
    QVERIFY(m_db->exec(QStringLiteral("COMMIT")));
    const QJsonObject lost = a->waitForReply(pending, 10000);
    VERIFY_FAILURE(lost, 409, "BOOKING_CONFLICT");
    QCOMPARE(lost.value(QStringLiteral("message")).toString(),
             QStringLiteral("Room already booked by Teacher B"));
    QCOMPARE(lost.value(QStringLiteral("conflict"))
                 .toObject()
                 .value(QStringLiteral("purpose"))
                 .toString(),
             QStringLiteral("Imported"));
    // Everyone who was told about the lock hears that it is gone; no booking of A's was made.
    const QJsonObject unlocked = b->waitForEvent(QStringLiteral("roomUnlocked"), 10000);
    QVERIFY2(!unlocked.isEmpty(), "the announced lock was never taken back");
    QCOMPARE(unlocked.value(QStringLiteral("roomId")).toInteger(), room);
    QCOMPARE(b->eventCount(QStringLiteral("bookingCreated")), 0);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM locks")).toInt(), 0);
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT count(*) FROM bookings WHERE room_id = %1").arg(room))
            .toInt(),
        1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE subject = 'Room "
                                         "102' AND action = 'booking.created'"))
                 .toInt(),
             0);
}

void tst_ConfirmPath::zeroDelayAnnouncesEveryLock() {
    ServerProcess eager;
    QVERIFY2(
        eager.start(m_db->url(), {QStringLiteral("--lock-announce-delay"), QStringLiteral("0")}),
        qPrintable(eager.error()));
    const auto a = loggedIn(eager, QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    const auto watcher = loggedIn(*m_second, QStringLiteral("teacher.b"), QStringLiteral("demo-b"));
    QVERIFY(a && watcher);
    const qint64 room = roomId(QStringLiteral("Room 103"));
    QVERIFY(room > 0);
    const QDateTime start(QDate::currentDate().addDays(5), QTime(11, 0));
    const QJsonObject booked =
        a->request(QStringLiteral("confirmBooking"), confirmParams(room, start, 45));
    VERIFY_OK(booked);
    // As before the delay existed: locked, created, unlocked, in that order.
    const QJsonObject locked = watcher->waitForEvent(QStringLiteral("roomLocked"), 10000);
    QCOMPARE(locked.value(QStringLiteral("holder")).toString(), QStringLiteral("Teacher A"));
    QCOMPARE(watcher->waitForEvent(QStringLiteral("bookingCreated"), 10000)
                 .value(QStringLiteral("booking"))
                 .toObject(),
             booked.value(QStringLiteral("booking")).toObject());
    QCOMPARE(watcher->waitForEvent(QStringLiteral("roomUnlocked"), 10000)
                 .value(QStringLiteral("roomId"))
                 .toInteger(),
             room);
}

bool tst_ConfirmPath::connectMany(std::vector<std::unique_ptr<TestClient>> &clients, int count,
                                  const ServerProcess *only) {
    QString tokens[2];
    for (int i = 0; i < count; ++i) {
        auto client = std::make_unique<TestClient>();
        if (!client->open((only ? only : i % 2 ? m_second.get() : m_first.get())->url()))
            return false;
        if (i < 2) {
            const QJsonObject reply =
                i == 0 ? client->login(QStringLiteral("teacher.a"), QStringLiteral("demo-a"))
                       : client->login(QStringLiteral("teacher.b"), QStringLiteral("demo-b"));
            tokens[i] = reply.value(QStringLiteral("token")).toString();
            if (tokens[i].isEmpty())
                return false;
        } else if (!client
                        ->request(QStringLiteral("resume"),
                                  {{QStringLiteral("token"), tokens[i % 2]}})
                        .value(QStringLiteral("ok"))
                        .toBool()) {
            return false;
        }
        clients.push_back(std::move(client));
    }
    return true;
}

void tst_ConfirmPath::losersAtOnceAreOfferedTheSameFreeAlternatives() {
    // A dozen teachers want the same room for the same lesson at the same moment, through both
    // instances (one login each for teacher.a and teacher.b, the other connections resume).
    constexpr int Count = 12;
    std::vector<std::unique_ptr<TestClient>> clients;
    QVERIFY(connectMany(clients, Count));
    const qint64 room = roomId(QStringLiteral("Room 101"));
    const QDateTime start(QDate::currentDate().addDays(6), QTime(10, 0));
    QList<qint64> ids;
    for (const auto &client : clients)
        ids << client->send(QStringLiteral("confirmBooking"), confirmParams(room, start, 45));

    int won = 0;
    QList<QJsonArray> offered;
    for (int i = 0; i < Count; ++i) {
        const QJsonObject reply = clients[size_t(i)]->waitForReply(ids[i], 20000);
        QVERIFY2(!reply.isEmpty(), "a confirmation went unanswered");
        if (reply.value(QStringLiteral("ok")).toBool()) {
            ++won;
            continue;
        }
        const QString code = reply.value(QStringLiteral("code")).toString();
        QVERIFY2(code == QLatin1String("LOCK_HELD") || code == QLatin1String("BOOKING_CONFLICT"),
                 qPrintable(json(reply)));
        offered << reply.value(QStringLiteral("alternatives")).toArray();
    }
    QCOMPARE(won, 1);
    // Every loser hears the same alternatives, and each of them is free and unlocked.
    QVERIFY(!offered.first().isEmpty());
    for (const QJsonArray &alternatives : std::as_const(offered))
        QCOMPARE(alternatives, offered.first());
    for (const QJsonValue &value : offered.first()) {
        const QJsonObject alternative = value.toObject();
        const QString taken =
            QStringLiteral(
                "SELECT (SELECT count(*) FROM bookings WHERE room_id = %1 AND canceled_at IS NULL "
                "AND during && tstzrange('%2', '%3')) + (SELECT count(*) FROM locks WHERE "
                "room_id = %1 AND during && tstzrange('%2', '%3'))")
                .arg(alternative.value(QStringLiteral("room"))
                         .toObject()
                         .value(QStringLiteral("id"))
                         .toInteger())
                .arg(alternative.value(QStringLiteral("start")).toString(),
                     alternative.value(QStringLiteral("end")).toString());
        QVERIFY2(m_db->scalar(taken).toInt() == 0, qPrintable(json(alternative)));
    }
}

void tst_ConfirmPath::confirmationsCommittedTogetherAreAnsweredEachOnTheirOwn() {
    // Eight teachers confirm eight different rooms at once, on one instance. The bookings table
    // is held, so that the first confirmations wait in the database and the rest queue up to be
    // committed together; meanwhile one of their intervals is taken by a path that takes no lock.
    constexpr int Count = 8;
    std::vector<std::unique_ptr<TestClient>> clients;
    QVERIFY(connectMany(clients, Count, m_first.get()));
    const auto watcher = loggedIn(*m_second, QStringLiteral("teacher.b"), QStringLiteral("demo-b"));
    QVERIFY(watcher);
    QList<qint64> rooms;
    const QString roomIds = m_db->scalar(QStringLiteral("SELECT string_agg(id::text, ',' ORDER "
                                                        "BY id) FROM (SELECT id FROM rooms "
                                                        "ORDER BY id LIMIT %1) r")
                                             .arg(Count))
                                .toString();
    for (const QString &id : roomIds.split(QLatin1Char(',')))
        rooms << id.toLongLong();
    QCOMPARE(rooms.size(), Count);
    const QDateTime start(QDate::currentDate().addDays(8), QTime(14, 0));
    constexpr int Victim = 5;

    QVERIFY(holdBookings());
    QList<qint64> ids;
    for (int i = 0; i < Count; ++i)
        ids << clients[size_t(i)]->send(QStringLiteral("confirmBooking"),
                                        confirmParams(rooms.at(i), start, 40));
    // Every confirmation holds its lock; the first ones wait for the table.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return m_db->scalar(QStringLiteral("SELECT count(*) FROM locks")).toInt() == Count &&
                   confirmationIsWaiting();
        },
        4000));
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO bookings (room_id, teacher_id, during, purpose) "
                                      "SELECT %1, id, tstzrange('%2', '%3', '[)'), 'Imported' "
                                      "FROM teachers WHERE username = 'admin'")
                           .arg(rooms.at(Victim))
                           .arg(start.addSecs(600).toUTC().toString(Qt::ISODate),
                                start.addSecs(1200).toUTC().toString(Qt::ISODate))));
    QVERIFY(m_db->exec(QStringLiteral("COMMIT")));

    QSet<qint64> booked;
    for (int i = 0; i < Count; ++i) {
        const QJsonObject reply = clients[size_t(i)]->waitForReply(ids[i], 10000);
        if (i == Victim) {
            VERIFY_FAILURE(reply, 409, "BOOKING_CONFLICT");
            QCOMPARE(reply.value(QStringLiteral("conflict"))
                         .toObject()
                         .value(QStringLiteral("purpose"))
                         .toString(),
                     QStringLiteral("Imported"));
            continue;
        }
        VERIFY_OK(reply);
        const QJsonObject booking = reply.value(QStringLiteral("booking")).toObject();
        QCOMPARE(booking.value(QStringLiteral("roomId")).toInteger(), rooms.at(i));
        booked << booking.value(QStringLiteral("id")).toInteger();
    }
    QCOMPARE(booked.size(), Count - 1);
    // Each booking announced once, with its own id, and recorded with its own audit row.
    QSet<qint64> announced;
    for (int i = 0; i < Count - 1; ++i) {
        const QJsonObject created = watcher->waitForEvent(QStringLiteral("bookingCreated"), 10000);
        announced << created.value(QStringLiteral("booking"))
                         .toObject()
                         .value(QStringLiteral("id"))
                         .toInteger();
    }
    QCOMPARE(announced, booked);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                         "'booking.created' AND (details->>'booking')::bigint "
                                         "IN (SELECT id FROM bookings WHERE lower(during) = '%1')")
                              .arg(start.toUTC().toString(Qt::ISODate)))
                 .toInt(),
             Count - 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM locks")).toInt(), 0);
    qInfo("%d bookings in %d transactions",
          m_db->scalar(QStringLiteral("SELECT count(*) FROM bookings WHERE lower(during) = '%1'")
                           .arg(start.toUTC().toString(Qt::ISODate)))
              .toInt(),
          m_db->scalar(QStringLiteral("SELECT count(DISTINCT xmin::text) FROM bookings WHERE "
                                      "lower(during) = '%1'")
                           .arg(start.toUTC().toString(Qt::ISODate)))
              .toInt());
}

void tst_ConfirmPath::calendarChangedElsewhereCountsAtOnce() {
    const auto teacher = loggedIn(*m_second, QStringLiteral("teacher.b"), QStringLiteral("demo-b"));
    QVERIFY(teacher);
    const qint64 room = roomId(QStringLiteral("Room 201"));
    QVERIFY(room > 0);
    const QDate first = QDate::currentDate().addDays(10);
    Term year;
    year.name = QStringLiteral("School year");
    year.first = QDate::currentDate();
    year.last = QDate::currentDate().addDays(300);
    SchoolCalendar::replaceCalendar({year}, {});
    // The second instance has read the calendar: the first date is open.
    VERIFY_OK(teacher->request(QStringLiteral("confirmBooking"),
                               confirmParams(room, QDateTime(first, QTime(9, 0)), 30)));

    // The next day closes (as the first instance's console would save it) ...
    ClosedRange inset;
    inset.name = QStringLiteral("Inset day");
    inset.first = first.addDays(1);
    inset.last = first.addDays(1);
    SchoolCalendar::replaceCalendar({year}, {inset});
    const QJsonObject closed =
        teacher->request(QStringLiteral("confirmBooking"),
                         confirmParams(room, QDateTime(first.addDays(1), QTime(9, 0)), 30));
    VERIFY_FAILURE(closed, 409, "CLOSED_DAY");
    QCOMPARE(closed.value(QStringLiteral("reason")).toString(), QStringLiteral("Inset day"));

    // ... and opens again: the very next confirmation there books it.
    SchoolCalendar::replaceCalendar({year}, {});
    VERIFY_OK(teacher->request(QStringLiteral("confirmBooking"),
                               confirmParams(room, QDateTime(first.addDays(1), QTime(9, 0)), 30)));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM locks")).toInt(), 0);
}

void tst_ConfirmPath::rulesChangedElsewhereCountAtOnce() {
    const auto teacher = loggedIn(*m_second, QStringLiteral("teacher.b"), QStringLiteral("demo-b"));
    QVERIFY(teacher);
    const qint64 room = roomId(QStringLiteral("Room 202"));
    QVERIFY(room > 0);
    const QDateTime farAhead(QDate::currentDate().addDays(20), QTime(13, 0));
    BookingRules::save({});
    VERIFY_OK(
        teacher->request(QStringLiteral("confirmBooking"), confirmParams(room, farAhead, 30)));

    BookingRules::Rules rules;
    rules.maxDaysAhead = 14;
    BookingRules::save(rules);
    const QJsonObject refused = teacher->request(QStringLiteral("confirmBooking"),
                                                 confirmParams(room, farAhead.addSecs(3600), 30));
    VERIFY_FAILURE(refused, 403, "TOO_FAR_AHEAD");
    QCOMPARE(refused.value(QStringLiteral("message")).toString(),
             QStringLiteral("Bookings may be made at most 14 days ahead"));

    // Teacher B has upcoming bookings by now; one is the most allowed.
    rules.maxDaysAhead = 0;
    rules.maxActiveBookings = 1;
    BookingRules::save(rules);
    const QJsonObject limited = teacher->request(QStringLiteral("confirmBooking"),
                                                 confirmParams(room, farAhead.addSecs(3600), 30));
    VERIFY_FAILURE(limited, 403, "LIMIT_REACHED");
    QCOMPARE(limited.value(QStringLiteral("maxActiveBookings")).toInt(), 1);

    BookingRules::save({});
    VERIFY_OK(teacher->request(QStringLiteral("confirmBooking"),
                               confirmParams(room, farAhead.addSecs(3600), 30)));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM locks")).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_ConfirmPath)
#include "tst_confirmpath.moc"
