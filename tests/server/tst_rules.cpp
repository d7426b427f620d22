// SPDX-License-Identifier: GPL-3.0-or-later

#include "AdminService.h"
#include "BookingRules.h"
#include "Database.h"
#include "DatabaseUrl.h"
#include "ReplyChecks.h"
#include "Rfc3339.h"
#include "SchoolDirectory.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {
// Period 2 (09:25-10:15), `days` from today, in the server's (and this process's) time zone.
// The demo school keeps the next fortnight open.
QJsonObject slot(qint64 roomId, int days, int hour = 9) {
    const QDateTime start(QDate::currentDate().addDays(days), QTime(hour, 25));
    return {{QStringLiteral("roomId"), roomId},
            {QStringLiteral("start"), Rfc3339::formatLocal(start)},
            {QStringLiteral("end"), Rfc3339::formatLocal(start.addSecs(50 * 60))}};
}
} // namespace

#define VERIFY_REFUSED(reply, expectedCode, expectedMessage)                                       \
    do {                                                                                           \
        const QJsonObject refusal_ = (reply);                                                      \
        QVERIFY2(refusal_.value(QStringLiteral("ok")) == QJsonValue(false),                        \
                 qPrintable(json(refusal_)));                                                      \
        QCOMPARE(refusal_.value(QStringLiteral("status")).toInt(), 403);                           \
        QCOMPARE(refusal_.value(QStringLiteral("code")).toString(), QStringLiteral(expectedCode)); \
        QCOMPARE(refusal_.value(QStringLiteral("message")).toString(), QString(expectedMessage));  \
    } while (false)

// The booking rules (contract section 4): how far ahead, how many upcoming bookings, restricted
// rooms; admins exempt. Rules are changed the way the console changes them (AdminService, in
// this process) and the real server, a separate process, refuses accordingly.
class tst_Rules : public QObject {
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TestClient> m_teacher;
    std::unique_ptr<TestClient> m_colleague;
    std::unique_ptr<TestClient> m_admin;
    QTemporaryDir m_dir;

    std::unique_ptr<TestClient> loggedIn(const ServerProcess &server, const char *username,
                                         const char *password) {
        auto client = std::make_unique<TestClient>();
        if (!client->open(server.url()) ||
            !client->login(QLatin1String(username), QLatin1String(password))
                 .value(QStringLiteral("ok"))
                 .toBool())
            return nullptr;
        return client;
    }

    qint64 roomId(const QString &name) {
        for (const Room &room : SchoolDirectory::rooms()) {
            if (room.name == name)
                return room.id;
        }
        return 0;
    }

    QJsonObject book(TestClient &client, const QJsonObject &params) {
        return client.request(QStringLiteral("confirmBooking"), params);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        qunsetenv("ROOMCLAIM_DB");
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start(m_db->url(), {QStringLiteral("--demo")}),
                 qPrintable(m_server->error()));
        QString error;
        Database::configure(DatabaseUrl::parse(m_db->url(), &error));
        m_teacher = loggedIn(*m_server, "teacher.a", "demo-a");
        m_colleague = loggedIn(*m_server, "teacher.b", "demo-b");
        m_admin = loggedIn(*m_server, "admin", "demo-admin");
        QVERIFY(m_teacher && m_colleague && m_admin);
    }

    void cleanup() {
        if (QTest::currentTestFailed() && m_server)
            qWarning().noquote() << "server log:\n" << m_server->output().right(4000);
    }

    void cleanupTestCase() {
        m_teacher.reset();
        m_colleague.reset();
        m_admin.reset();
        m_server.reset();
        for (const QString &name : QSqlDatabase::connectionNames()) {
            if (name.startsWith(QLatin1String("roomclaim-"))) {
                QSqlDatabase::database(name, false).close();
                QSqlDatabase::removeDatabase(name);
            }
        }
        m_db.reset();
    }

    void noLimitsByDefault() {
        QCOMPARE(AdminService::bookingRules(), BookingRuleSet());
        VERIFY_OK(book(*m_teacher, slot(roomId(QStringLiteral("Room 201")), 13)));
    }

    void tooFarAhead() {
        const qint64 room = roomId(QStringLiteral("Room 202"));
        AdminService::saveBookingRules({3, 0});
        QCOMPARE(AdminService::bookingRules().maxDaysAhead, 3);
        VERIFY_REFUSED(book(*m_teacher, slot(room, 4)), "TOO_FAR_AHEAD",
                       "Bookings may be made at most 3 days ahead");
        const QJsonObject refusal = book(*m_teacher, slot(room, 9));
        VERIFY_REFUSED(refusal, "TOO_FAR_AHEAD", "Bookings may be made at most 3 days ahead");
        // The number travels too, so a client can say it in its own language.
        QCOMPARE(refusal.value(QStringLiteral("maxDaysAhead")).toInt(), 3);
        VERIFY_OK(book(*m_teacher, slot(room, 3)));
        // Admins are exempt.
        VERIFY_OK(book(*m_admin, slot(room, 9)));
        // The console lifts the rule: the same request now succeeds.
        AdminService::saveBookingRules({0, 0});
        VERIFY_OK(book(*m_teacher, slot(room, 4)));
        QCOMPARE(
            m_db->scalar(
                    QStringLiteral("SELECT count(*) FROM bookings WHERE room_id = %1").arg(room))
                .toInt(),
            3);
    }

    void limitReachedCountsLiveUpcomingBookings() {
        const qint64 room = roomId(QStringLiteral("Computer Lab 2"));
        const qint64 colleague =
            m_db->scalar(QStringLiteral("SELECT id FROM teachers WHERE username = 'teacher.b'"))
                .toLongLong();
        // A past booking and a canceled one do not count.
        QVERIFY(m_db->exec(
            QStringLiteral("INSERT INTO bookings (room_id, teacher_id, during) VALUES "
                           "(%1, %2, tstzrange(now() - interval '3 days', now() - interval "
                           "'3 days' + interval '1 hour'))")
                .arg(room)
                .arg(colleague)));
        AdminService::saveBookingRules({0, 2});
        const QJsonObject first = book(*m_colleague, slot(room, 1));
        VERIFY_OK(first);
        const QJsonObject canceled = book(*m_colleague, slot(room, 2));
        VERIFY_OK(canceled);
        VERIFY_OK(m_colleague->request(
            QStringLiteral("cancelBooking"),
            {{QStringLiteral("bookingId"),
              canceled.value(QStringLiteral("booking")).toObject().value(QStringLiteral("id"))}}));
        VERIFY_OK(book(*m_colleague, slot(room, 3)));
        const QJsonObject refusal = book(*m_colleague, slot(room, 4));
        VERIFY_REFUSED(refusal, "LIMIT_REACHED",
                       "You already have 2 upcoming bookings, the most allowed");
        QCOMPARE(refusal.value(QStringLiteral("maxActiveBookings")).toInt(), 2);
        // Teacher A has bookings of their own; the limit is per teacher.
        QCOMPARE(
            m_db->scalar(QStringLiteral("SELECT count(*) FROM bookings b JOIN teachers t ON "
                                        "t.id = b.teacher_id WHERE t.username = 'teacher.b' AND "
                                        "b.canceled_at IS NULL AND upper(b.during) > now()"))
                .toInt(),
            2);
        // Canceling one makes room for another.
        VERIFY_OK(m_colleague->request(
            QStringLiteral("cancelBooking"),
            {{QStringLiteral("bookingId"),
              first.value(QStringLiteral("booking")).toObject().value(QStringLiteral("id"))}}));
        VERIFY_OK(book(*m_colleague, slot(room, 4)));
        // Admins are exempt.
        for (int day = 5; day < 9; ++day)
            VERIFY_OK(book(*m_admin, slot(room, day)));
        // Raising the limit in the console lets the teacher book again at once.
        AdminService::saveBookingRules({0, 3});
        VERIFY_OK(book(*m_colleague, slot(room, 10)));
        AdminService::saveBookingRules({0, 0});
    }

    void restrictedRoomsAreForAdmins() {
        const qint64 id = roomId(QStringLiteral("Art Studio"));
        QVERIFY(id > 0);
        AdminService::setRoomRestricted(id, true);
        Room room;
        for (const QJsonValue &entry : m_teacher->request(QStringLiteral("listRooms"))
                                           .value(QStringLiteral("rooms"))
                                           .toArray()) {
            if (entry.toObject().value(QStringLiteral("id")).toInteger() == id)
                room = Room::fromJson(entry.toObject());
        }
        QVERIFY(room.restricted);
        VERIFY_REFUSED(book(*m_teacher, slot(id, 2)), "ROOM_RESTRICTED",
                       "Art Studio can only be booked by an admin");
        VERIFY_OK(book(*m_admin, slot(id, 2)));
        // Saving the room in the console keeps the flag, and clearing it opens the room again.
        room.capacity = 23;
        QVERIFY(AdminService::saveRoom(room).restricted);
        VERIFY_REFUSED(book(*m_teacher, slot(id, 3)), "ROOM_RESTRICTED",
                       "Art Studio can only be booked by an admin");
        room.restricted = false;
        QVERIFY(!AdminService::saveRoom(room).restricted);
        VERIFY_OK(book(*m_teacher, slot(id, 3)));
    }

    void badRulesAreRefused() {
        for (const BookingRuleSet &rules : {BookingRuleSet{-1, 0}, BookingRuleSet{0, -5}}) {
            try {
                AdminService::saveBookingRules(rules);
                QFAIL("a negative rule was saved");
            } catch (const ProtocolError &error) {
                QCOMPARE(error.status(), 400);
            }
        }
        QCOMPARE(AdminService::bookingRules(), BookingRuleSet());
    }

    void configFileSetsTheRulesAtStart() {
        const QString path = m_dir.filePath(QStringLiteral("roomclaim.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[booking]\nmaxDaysAhead=2\nmaxActiveBookings=40\n");
        file.close();
        ServerProcess second;
        QVERIFY2(second.start(m_db->url(), {QStringLiteral("--config"), path}),
                 qPrintable(second.error()));
        const BookingRuleSet expected{2, 40};
        QCOMPARE(AdminService::bookingRules(), expected);
        auto teacher = loggedIn(second, "teacher.a", "demo-a");
        QVERIFY(teacher);
        // Both instances share the rules through the database.
        const qint64 room = roomId(QStringLiteral("Music Room"));
        VERIFY_REFUSED(book(*teacher, slot(room, 5)), "TOO_FAR_AHEAD",
                       "Bookings may be made at most 2 days ahead");
        VERIFY_REFUSED(book(*m_teacher, slot(room, 5)), "TOO_FAR_AHEAD",
                       "Bookings may be made at most 2 days ahead");
        VERIFY_OK(book(*teacher, slot(room, 2)));
        AdminService::saveBookingRules({});
    }
};

QTEST_GUILESS_MAIN(tst_Rules)
#include "tst_rules.moc"
