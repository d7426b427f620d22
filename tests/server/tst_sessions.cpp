// SPDX-License-Identifier: GPL-3.0-or-later

#include "AdminService.h"
#include "Database.h"
#include "DatabaseUrl.h"
#include "Migrator.h"
#include "Rfc3339.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

// Sessions that really end: deactivating a teacher, setting their password or changing their
// role signs out their open connections on every instance at once (signedOut, then 401), their
// tokens cannot be resumed, and expired sessions are swept. Two instances share one database;
// the admin acts through AdminService in this process or through a --import-teachers run.
class tst_Sessions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void deactivationSignsOutEveryInstance();
    void passwordChangeEndsTheSession();
    void demotedAdminLosesAdminRightsAtOnce();
    void expiredSessionsAreSwept();

private:
    static QString describe(const QJsonObject &frame) {
        return QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
    }
    static bool isOk(const QJsonObject &reply) {
        return reply.value(QStringLiteral("ok")).toBool();
    }
    static int status(const QJsonObject &reply) {
        return reply.value(QStringLiteral("status")).toInt();
    }
    qint64 teacherId(const QString &username) const;
    int sessionsOf(const QString &username) const;
    qint64 bookRoom(TestClient &client, const QDateTime &start);
    QString writeFile(const QByteArray &text);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_first, m_second;
    QTemporaryDir m_dir;
    int m_files = 0;
};

void tst_Sessions::initTestCase() {
    QVERIFY(m_dir.isValid());
    qunsetenv("ROOMCLAIM_DB");
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    const QStringList options{QStringLiteral("--demo"), QStringLiteral("--lock-cleanup"),
                              QStringLiteral("1")};
    m_first = std::make_unique<ServerProcess>();
    QVERIFY2(m_first->start(m_db->url(), options), qPrintable(m_first->error()));
    m_second = std::make_unique<ServerProcess>();
    QVERIFY2(m_second->start(m_db->url(), options), qPrintable(m_second->error()));
    // The admin console's side runs in this process, on the same database.
    QString error;
    const DatabaseUrl url = DatabaseUrl::parse(m_db->url(), &error);
    QVERIFY2(url.isValid(), qPrintable(error));
    Database::configure(url);
    Migrator::migrate();
}

void tst_Sessions::cleanupTestCase() {
    m_first.reset();
    m_second.reset();
    Database::connection().close();
    m_db.reset();
}

qint64 tst_Sessions::teacherId(const QString &username) const {
    return m_db
        ->scalar(QStringLiteral("SELECT id FROM teachers WHERE username = '%1'").arg(username))
        .toLongLong();
}

int tst_Sessions::sessionsOf(const QString &username) const {
    return m_db
        ->scalar(QStringLiteral("SELECT count(*) FROM sessions s JOIN teachers t ON "
                                "t.id = s.teacher_id WHERE t.username = '%1'")
                     .arg(username))
        .toInt();
}

qint64 tst_Sessions::bookRoom(TestClient &client, const QDateTime &start) {
    const QJsonArray rooms =
        client.request(QStringLiteral("listRooms")).value(QStringLiteral("rooms")).toArray();
    if (rooms.isEmpty())
        return 0;
    const QJsonObject reply = client.request(
        QStringLiteral("confirmBooking"),
        {{QStringLiteral("roomId"), rooms.first().toObject().value(QStringLiteral("id"))},
         {QStringLiteral("start"), Rfc3339::formatLocal(start)},
         {QStringLiteral("end"), Rfc3339::formatLocal(start.addSecs(50 * 60))},
         {QStringLiteral("purpose"), QStringLiteral("8C Physics")}});
    return reply.value(QStringLiteral("booking"))
        .toObject()
        .value(QStringLiteral("id"))
        .toInteger();
}

QString tst_Sessions::writeFile(const QByteArray &text) {
    const QString path = m_dir.filePath(QStringLiteral("teachers-%1.csv").arg(++m_files));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text);
    return path;
}

void tst_Sessions::deactivationSignsOutEveryInstance() {
    TestClient onSecond, onFirst, colleague;
    QVERIFY(onSecond.open(m_second->url()));
    QVERIFY(onFirst.open(m_first->url()));
    QVERIFY(colleague.open(m_second->url()));
    QVERIFY(isOk(onSecond.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a"))));
    QVERIFY(isOk(onFirst.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a"))));
    QVERIFY(isOk(colleague.login(QStringLiteral("teacher.b"), QStringLiteral("demo-b"))));
    const qint64 booking = bookRoom(onSecond, QDateTime(QDate(2031, 5, 5), QTime(9, 0)));
    QVERIFY(booking > 0);
    QCOMPARE(sessionsOf(QStringLiteral("teacher.a")), 2);

    AdminService::setTeacherActive(teacherId(QStringLiteral("teacher.a")), false);

    for (TestClient *client : {&onSecond, &onFirst}) {
        const QJsonObject signedOut = client->waitForEvent(QStringLiteral("signedOut"), 10000);
        QVERIFY2(!signedOut.isEmpty(), "the open connection was not signed out");
        QCOMPARE(signedOut.value(QStringLiteral("code")).toString(), QStringLiteral("deactivated"));
        QCOMPARE(signedOut.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Your account was deactivated"));
    }
    const QJsonObject list = onSecond.request(
        QStringLiteral("listBookings"),
        {{QStringLiteral("from"), Rfc3339::formatLocal(QDateTime(QDate(2031, 5, 5), QTime(0, 0)))},
         {QStringLiteral("to"), Rfc3339::formatLocal(QDateTime(QDate(2031, 5, 6), QTime(0, 0)))}});
    QVERIFY2(!isOk(list) && status(list) == 401, qPrintable(describe(list)));
    QCOMPARE(list.value(QStringLiteral("code")).toString(), QStringLiteral("UNAUTHENTICATED"));
    const QJsonObject cancel =
        onFirst.request(QStringLiteral("cancelBooking"), {{QStringLiteral("bookingId"), booking}});
    QVERIFY2(!isOk(cancel) && status(cancel) == 401, qPrintable(describe(cancel)));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT canceled_at IS NULL FROM bookings WHERE id = %1")
                              .arg(booking))
                 .toBool(),
             true);
    QCOMPARE(sessionsOf(QStringLiteral("teacher.a")), 0);
    // The colleague keeps working and never sees the internal event.
    QVERIFY(isOk(colleague.request(QStringLiteral("listRooms"))));
    QCOMPARE(colleague.eventCount(QStringLiteral("signedOut")), 0);
    QCOMPARE(colleague.eventCount(QStringLiteral("sessionsEnded")), 0);
    QCOMPARE(onSecond.eventCount(QStringLiteral("sessionsEnded")), 0);

    AdminService::setTeacherActive(teacherId(QStringLiteral("teacher.a")), true);
    QVERIFY(isOk(onSecond.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a"))));
    QVERIFY(isOk(onSecond.request(QStringLiteral("listRooms"))));
}

void tst_Sessions::passwordChangeEndsTheSession() {
    TestClient client;
    QVERIFY(client.open(m_first->url()));
    const QJsonObject login = client.login(QStringLiteral("teacher.b"), QStringLiteral("demo-b"));
    QVERIFY2(isOk(login), qPrintable(describe(login)));
    const QString token = login.value(QStringLiteral("token")).toString();
    QVERIFY(!token.isEmpty());

    AdminService::setPassword(teacherId(QStringLiteral("teacher.b")), QStringLiteral("new-pass-b"));

    const QJsonObject signedOut = client.waitForEvent(QStringLiteral("signedOut"), 10000);
    QVERIFY2(!signedOut.isEmpty(), "the password change did not sign the connection out");
    QCOMPARE(signedOut.value(QStringLiteral("code")).toString(), QStringLiteral("passwordChanged"));
    QVERIFY(
        signedOut.value(QStringLiteral("reason")).toString().contains(QStringLiteral("password")));
    QCOMPARE(status(client.request(QStringLiteral("listRooms"))), 401);

    // The old token is gone on every instance; the new password works.
    TestClient other;
    QVERIFY(other.open(m_second->url()));
    const QJsonObject resume =
        other.request(QStringLiteral("resume"), {{QStringLiteral("token"), token}});
    QVERIFY2(!isOk(resume) && status(resume) == 401, qPrintable(describe(resume)));
    QVERIFY(!isOk(other.login(QStringLiteral("teacher.b"), QStringLiteral("demo-b"))));
    QVERIFY(isOk(other.login(QStringLiteral("teacher.b"), QStringLiteral("new-pass-b"))));
    AdminService::setPassword(teacherId(QStringLiteral("teacher.b")), QStringLiteral("demo-b"));
}

void tst_Sessions::demotedAdminLosesAdminRightsAtOnce() {
    TestClient teacher, admin, untouched;
    QVERIFY(teacher.open(m_first->url()));
    QVERIFY(admin.open(m_second->url()));
    QVERIFY(untouched.open(m_second->url()));
    QVERIFY(isOk(teacher.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a"))));
    QVERIFY(isOk(admin.login(QStringLiteral("admin"), QStringLiteral("demo-admin"))));
    QVERIFY(isOk(untouched.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a"))));
    const qint64 booking = bookRoom(teacher, QDateTime(QDate(2031, 5, 6), QTime(10, 0)));
    QVERIFY(booking > 0);

    // The school office's CSV demotes the admin and leaves teacher.a as it was.
    const ServerProcess::Result import =
        ServerProcess::run({QStringLiteral("--import-teachers"),
                            writeFile("username,name,email,role,password\n"
                                      "admin,School Admin,,teacher,\n"
                                      "teacher.a,Teacher A,,teacher,\n"),
                            QStringLiteral("--db"), m_db->url()});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));

    const QJsonObject signedOut = admin.waitForEvent(QStringLiteral("signedOut"), 10000);
    QVERIFY2(!signedOut.isEmpty(), "the demoted admin's connection was not signed out");
    QCOMPARE(signedOut.value(QStringLiteral("code")).toString(), QStringLiteral("roleChanged"));
    QCOMPARE(signedOut.value(QStringLiteral("reason")).toString(),
             QStringLiteral("Your role was changed; please log in again"));
    const QJsonObject cancel = admin.request(QStringLiteral("cancelBooking"),
                                             {{QStringLiteral("bookingId"), booking},
                                              {QStringLiteral("reason"), QStringLiteral("mine")}});
    QVERIFY2(!isOk(cancel) && (status(cancel) == 401 || status(cancel) == 403),
             qPrintable(describe(cancel)));
    // Logged in again, the former admin is a teacher: 403.
    const QJsonObject again = admin.login(QStringLiteral("admin"), QStringLiteral("demo-admin"));
    QCOMPARE(again.value(QStringLiteral("teacher")).toObject().value(QStringLiteral("role")),
             QJsonValue(QStringLiteral("teacher")));
    const QJsonObject forbidden = admin.request(
        QStringLiteral("cancelBooking"), {{QStringLiteral("bookingId"), booking},
                                          {QStringLiteral("reason"), QStringLiteral("mine")}});
    QCOMPARE(status(forbidden), 403);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT canceled_at IS NULL FROM bookings WHERE id = %1")
                              .arg(booking))
                 .toBool(),
             true);
    // A row whose role and password stayed the same ends nobody's session.
    QVERIFY(isOk(untouched.request(QStringLiteral("listRooms"))));
    QCOMPARE(untouched.eventCount(QStringLiteral("signedOut")), 0);
    QCOMPARE(teacher.eventCount(QStringLiteral("signedOut")), 0);
}

void tst_Sessions::expiredSessionsAreSwept() {
    const qint64 teacher = teacherId(QStringLiteral("teacher.b"));
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO sessions (token_hash, teacher_id, expires_at) "
                                      "VALUES ('expired-test-session', %1, now() - interval '1 "
                                      "minute'), ('live-test-session', %1, now() + interval '1 "
                                      "hour')")
                           .arg(teacher)));
    const auto count = [this](const QString &hash) {
        return m_db
            ->scalar(
                QStringLiteral("SELECT count(*) FROM sessions WHERE token_hash = '%1'").arg(hash))
            .toInt();
    };
    // The servers sweep with their lock cleanup, here every second.
    QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("expired-test-session")), 0, 10000);
    QCOMPARE(count(QStringLiteral("live-test-session")), 1);
}

QTEST_GUILESS_MAIN(tst_Sessions)
#include "tst_sessions.moc"
