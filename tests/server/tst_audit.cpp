// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReplyChecks.h"
#include "Rfc3339.h"
#include "ServerProcess.h"
#include "TcpProxy.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

// The audit log seen from the network: a real server executable, real WebSocket clients and
// command-line imports each leave exactly the rows they should (who, from which address, what,
// the reason of a cancellation), refused attempts leave none, failed and throttled logins are
// recorded without flooding the table, nothing recorded holds a password or a token, and rows
// past the retention are pruned while newer ones stay. (The console's changes: tst_auditconsole.)
class tst_Audit : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void bookingIsRecordedAndAConflictIsNot();
    void cancellationsKeepTheirReason();
    void seriesAreOneRowEach();
    void failedLoginsAreRecorded();
    void overLongUsernamesAreRecordedCutAndRateLimited();
    void throttledLoginsAreRecordedOncePerWait();
    void commandLineImportsAreRecorded();
    void retentionPrunesOldRowsInBatches();
    void configFileSetsTheRetention();
    void noPasswordOrTokenIsRecorded();

private:
    // Every row of one action, oldest first, as "actor|role|address|subject" lines.
    QStringList rows(const QString &action, const QString &extraColumn = QString()) const {
        const QString extra =
            extraColumn.isEmpty() ? QString() : QStringLiteral(", ") + extraColumn;
        return m_db
            ->scalar(QStringLiteral("SELECT string_agg(concat_ws('|', actor, actor_role, address, "
                                    "subject%1), E'\\n' ORDER BY id) FROM audit_log WHERE action "
                                    "= '%2'")
                         .arg(extra, action))
            .toString()
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    int count(const QString &action) const {
        return m_db
            ->scalar(
                QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(action))
            .toInt();
    }
    // A detail of the newest row of an action.
    QString detail(const QString &action, const QString &path) const {
        return m_db
            ->scalar(QStringLiteral("SELECT details #>> '{%1}' FROM audit_log WHERE action = '%2' "
                                    "ORDER BY id DESC LIMIT 1")
                         .arg(path, action))
            .toString();
    }
    qint64 roomId(TestClient &client, const QString &name) const {
        for (const QJsonValue &room :
             client.request(QStringLiteral("listRooms")).value(QStringLiteral("rooms")).toArray())
            if (room.toObject().value(QStringLiteral("name")).toString() == name)
                return room.toObject().value(QStringLiteral("id")).toInteger();
        return 0;
    }
    // Tomorrow and the next days are open in the demo school.
    static QJsonObject slot(int daysAhead, int hour, int minutes = 50) {
        const QDateTime start(QDate::currentDate().addDays(daysAhead), QTime(hour, 0));
        return {{QStringLiteral("start"), Rfc3339::formatLocal(start)},
                {QStringLiteral("end"), Rfc3339::formatLocal(start.addSecs(minutes * 60))}};
    }
    QJsonObject login(TestClient &client, const QString &username, const QString &password) {
        m_secrets << password;
        const QJsonObject reply = client.login(username, password);
        if (reply.contains(QStringLiteral("token")))
            m_secrets << reply.value(QStringLiteral("token")).toString();
        return reply;
    }
    QString writeFile(const QString &name, const QByteArray &text) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    std::unique_ptr<TcpProxy> proxyFrom(const QString &address) const {
        auto proxy = std::make_unique<TcpProxy>(QStringLiteral("127.0.0.1"), m_server->port());
        proxy->setSourceAddress(QHostAddress(address));
        return proxy->listen() ? std::move(proxy) : nullptr;
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_dir;
    // Every password sent and every token received: none may appear in the log.
    QStringList m_secrets;
};

void tst_Audit::initTestCase() {
    QVERIFY(m_dir.isValid());
    qunsetenv("ROOMCLAIM_DB");
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_server = std::make_unique<ServerProcess>();
    // A cleanup round every second, so pruning shows within the test.
    QVERIFY2(m_server->start(m_db->url(), {QStringLiteral("--demo"),
                                           QStringLiteral("--lock-cleanup"), QStringLiteral("1")}),
             qPrintable(m_server->error()));
    // The demo school is created without audit rows: nobody acted.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 0);
}

void tst_Audit::cleanupTestCase() {
    m_server.reset();
    m_db.reset();
}

void tst_Audit::bookingIsRecordedAndAConflictIsNot() {
    TestClient a, b;
    QVERIFY(a.open(m_server->url()));
    QVERIFY(b.open(m_server->url()));
    VERIFY_OK(login(a, QStringLiteral("teacher.a"), QStringLiteral("demo-a")));
    VERIFY_OK(login(b, QStringLiteral("teacher.b"), QStringLiteral("demo-b")));
    const qint64 room = roomId(a, QStringLiteral("Room 101"));
    QVERIFY(room > 0);
    QJsonObject request = slot(1, 9);
    request.insert(QStringLiteral("roomId"), room);
    request.insert(QStringLiteral("purpose"), QStringLiteral("7B Maths"));
    const QJsonObject booked = a.request(QStringLiteral("confirmBooking"), request);
    VERIFY_OK(booked);
    const qint64 bookingId =
        booked.value(QStringLiteral("booking")).toObject().value(QStringLiteral("id")).toInteger();

    QCOMPARE(rows(QStringLiteral("booking.created")),
             QStringList{QStringLiteral("teacher.a|teacher|127.0.0.1|Room 101")});
    QCOMPARE(detail(QStringLiteral("booking.created"), QStringLiteral("booking")),
             QString::number(bookingId));
    QCOMPARE(detail(QStringLiteral("booking.created"), QStringLiteral("purpose")),
             QStringLiteral("7B Maths"));
    QCOMPARE(detail(QStringLiteral("booking.created"), QStringLiteral("start")),
             request.value(QStringLiteral("start")).toString());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT actor_id = (SELECT id FROM teachers WHERE "
                                         "username = 'teacher.a') AND actor_name = 'Teacher A' "
                                         "FROM audit_log WHERE action = 'booking.created'"))
                 .toBool(),
             true);

    // Teacher B loses the race: nothing was booked, so nothing is recorded.
    VERIFY_FAILURE(b.request(QStringLiteral("confirmBooking"), request), 409, "BOOKING_CONFLICT");
    // Nor for a request refused before any lock (a time already over).
    QJsonObject past = slot(-1, 9);
    past.insert(QStringLiteral("roomId"), room);
    VERIFY_FAILURE(b.request(QStringLiteral("confirmBooking"), past), 400, "BAD_REQUEST");
    QCOMPARE(count(QStringLiteral("booking.created")), 1);
}

void tst_Audit::cancellationsKeepTheirReason() {
    TestClient a, admin;
    QVERIFY(a.open(m_server->url()));
    QVERIFY(admin.open(m_server->url()));
    VERIFY_OK(login(a, QStringLiteral("teacher.a"), QStringLiteral("demo-a")));
    VERIFY_OK(login(admin, QStringLiteral("admin"), QStringLiteral("demo-admin")));
    const qint64 room = roomId(a, QStringLiteral("Room 102"));
    QList<qint64> ids;
    for (const int hour : {10, 11}) {
        QJsonObject request = slot(2, hour);
        request.insert(QStringLiteral("roomId"), room);
        const QJsonObject reply = a.request(QStringLiteral("confirmBooking"), request);
        VERIFY_OK(reply);
        ids << reply.value(QStringLiteral("booking"))
                   .toObject()
                   .value(QStringLiteral("id"))
                   .toInteger();
    }
    // The teacher cancels their own booking, with a reason.
    VERIFY_OK(a.request(QStringLiteral("cancelBooking"),
                        {{QStringLiteral("bookingId"), ids.at(0)},
                         {QStringLiteral("reason"), QStringLiteral("Class on a trip")}}));
    // An admin cancels a colleague's booking, with a reason the teacher sees.
    VERIFY_OK(admin.request(QStringLiteral("cancelBooking"),
                            {{QStringLiteral("bookingId"), ids.at(1)},
                             {QStringLiteral("reason"), QStringLiteral("Exam in Room 102")}}));
    // Cancelling again changes nothing and records nothing.
    VERIFY_FAILURE(
        a.request(QStringLiteral("cancelBooking"), {{QStringLiteral("bookingId"), ids.at(0)}}), 404,
        "BOOKING_NOT_FOUND");

    QCOMPARE(rows(QStringLiteral("booking.canceled"),
                  QStringLiteral("details->>'reason', details->>'booking', details->>'teacher'")),
             QStringList({QStringLiteral("teacher.a|teacher|127.0.0.1|Room 102|Class on a trip|%1|"
                                         "Teacher A")
                              .arg(ids.at(0)),
                          QStringLiteral("admin|admin|127.0.0.1|Room 102|Exam in Room 102|%1|"
                                         "Teacher A")
                              .arg(ids.at(1))}));
}

void tst_Audit::seriesAreOneRowEach() {
    TestClient b;
    QVERIFY(b.open(m_server->url()));
    VERIFY_OK(login(b, QStringLiteral("teacher.b"), QStringLiteral("demo-b")));
    const qint64 room = roomId(b, QStringLiteral("Room 103"));
    const int bookingsBefore = count(QStringLiteral("booking.created"));
    QJsonObject request = slot(1, 15);
    request.insert(QStringLiteral("roomId"), room);
    request.insert(QStringLiteral("purpose"), QStringLiteral("9C Chemistry"));
    request.insert(QStringLiteral("policy"), QStringLiteral("freeOnly"));
    request.insert(QStringLiteral("repeat"),
                   QJsonObject{{QStringLiteral("every"), QStringLiteral("week")},
                               {QStringLiteral("until"),
                                QDate::currentDate().addDays(15).toString(Qt::ISODate)}});
    const QJsonObject series = b.request(QStringLiteral("confirmSeries"), request);
    VERIFY_OK(series);
    const qint64 seriesId = series.value(QStringLiteral("seriesId")).toInteger();
    const int dates = int(series.value(QStringLiteral("bookings")).toArray().size());
    QCOMPARE(dates, 3);

    QCOMPARE(rows(QStringLiteral("series.created")),
             QStringList{QStringLiteral("teacher.b|teacher|127.0.0.1|Room 103")});
    QCOMPARE(detail(QStringLiteral("series.created"), QStringLiteral("series")),
             QString::number(seriesId));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT jsonb_array_length(details->'dates') FROM "
                                         "audit_log WHERE action = 'series.created'"))
                 .toInt(),
             dates);
    // One row for the series, not one per date.
    QCOMPARE(count(QStringLiteral("booking.created")), bookingsBefore);

    // All or nothing over a date that is taken: nothing written, nothing recorded.
    QJsonObject clash = request;
    clash.insert(QStringLiteral("policy"), QStringLiteral("allOrNothing"));
    VERIFY_FAILURE(b.request(QStringLiteral("confirmSeries"), clash), 409, "SERIES_CONFLICT");
    QCOMPARE(count(QStringLiteral("series.created")), 1);

    // This and later dates, from the second one, with a reason.
    const QString second = series.value(QStringLiteral("bookings"))
                               .toArray()
                               .at(1)
                               .toObject()
                               .value(QStringLiteral("start"))
                               .toString();
    const QJsonObject canceled = b.request(
        QStringLiteral("cancelSeries"), {{QStringLiteral("seriesId"), seriesId},
                                         {QStringLiteral("from"), second},
                                         {QStringLiteral("reason"), QStringLiteral("Lab closed")}});
    VERIFY_OK(canceled);
    QCOMPARE(canceled.value(QStringLiteral("bookings")).toArray().size(), 2);
    QCOMPARE(rows(QStringLiteral("series.canceled"), QStringLiteral("details->>'reason'")),
             QStringList{QStringLiteral("teacher.b|teacher|127.0.0.1|Room 103|Lab closed")});
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT jsonb_array_length(details->'bookings') FROM "
                                         "audit_log WHERE action = 'series.canceled'"))
                 .toInt(),
             2);
}

void tst_Audit::failedLoginsAreRecorded() {
    TestClient client;
    QVERIFY(client.open(m_server->url()));
    VERIFY_FAILURE(login(client, QStringLiteral("teacher.a"), QStringLiteral("not-the-password")),
                   401, "AUTH_FAILED");
    VERIFY_FAILURE(login(client, QStringLiteral("no.such.teacher"), QStringLiteral("guess-1")), 401,
                   "AUTH_FAILED");
    // Who tried is not known; the attempted username is what it concerned.
    QCOMPARE(rows(QStringLiteral("login.failed"), QStringLiteral("details->>'reason'")),
             QStringList({QStringLiteral("||127.0.0.1|teacher.a|wrongPassword"),
                          QStringLiteral("||127.0.0.1|no.such.teacher|unknownUser")}));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                         "'login.failed' AND actor_id IS NOT NULL"))
                 .toInt(),
             0);
    // A successful login is not a failure.
    VERIFY_OK(login(client, QStringLiteral("teacher.a"), QStringLiteral("demo-a")));
    QCOMPARE(count(QStringLiteral("login.failed")), 2);
}

void tst_Audit::overLongUsernamesAreRecordedCutAndRateLimited() {
    const std::unique_ptr<TcpProxy> proxy = proxyFrom(QStringLiteral("127.0.0.8"));
    QVERIFY(proxy);
    TestClient client;
    QVERIFY(client.open(QStringLiteral("ws://127.0.0.1:%1/").arg(proxy->port())));
    const QString longName = QString(150, QLatin1Char('x'));
    for (int i = 0; i < 20; ++i)
        VERIFY_FAILURE(login(client, longName, QStringLiteral("long-guess")), 401, "AUTH_FAILED");
    // One row for the minute, cut to the longest username there can be.
    QCOMPARE(rows(QStringLiteral("login.failed"), QStringLiteral("details->>'length'"))
                 .filter(QStringLiteral("127.0.0.8")),
             QStringList{QStringLiteral("||127.0.0.8|%1|150").arg(QString(100, QLatin1Char('x')))});
}

void tst_Audit::throttledLoginsAreRecordedOncePerWait() {
    const std::unique_ptr<TcpProxy> proxy = proxyFrom(QStringLiteral("127.0.0.7"));
    QVERIFY(proxy);
    TestClient guesser;
    QVERIFY(guesser.open(QStringLiteral("ws://127.0.0.1:%1/").arg(proxy->port())));
    const QString target = QStringLiteral("teacher.b");
    // Five wrong passwords: each is a failed login; the next ones must wait.
    for (int i = 0; i < 5; ++i)
        VERIFY_FAILURE(login(guesser, target, QStringLiteral("guess-%1").arg(i)), 401,
                       "AUTH_FAILED");
    int refused = 0;
    int retryAfter = 0;
    for (int i = 0; i < 15; ++i) {
        const QJsonObject reply = login(guesser, target, QStringLiteral("demo-b"));
        if (reply.value(QStringLiteral("code")) ==
            QJsonValue(QStringLiteral("TOO_MANY_ATTEMPTS"))) {
            ++refused;
            retryAfter = reply.value(QStringLiteral("retryAfter")).toInt();
        }
    }
    QVERIFY2(refused >= 10, qPrintable(QString::number(refused)));
    QCOMPARE(rows(QStringLiteral("login.failed")).filter(QStringLiteral("127.0.0.7")).size(), 5);
    // Many refusals, one row: the wait began.
    QCOMPARE(rows(QStringLiteral("login.throttled"), QStringLiteral("details->>'waiting'")),
             QStringList{QStringLiteral("||127.0.0.7|teacher.b|account")});

    // After the wait, one more wrong guess starts a longer wait: its refusals are a second row.
    QTest::qWait((retryAfter + 1) * 1000);
    VERIFY_FAILURE(login(guesser, target, QStringLiteral("guess-6")), 401, "AUTH_FAILED");
    for (int i = 0; i < 5; ++i)
        VERIFY_FAILURE(login(guesser, target, QStringLiteral("demo-b")), 429, "TOO_MANY_ATTEMPTS");
    QCOMPARE(count(QStringLiteral("login.throttled")), 2);
    QVERIFY(detail(QStringLiteral("login.throttled"), QStringLiteral("refusedSoFar")).toInt() >=
            refused + 1);
}

void tst_Audit::commandLineImportsAreRecorded() {
    const QString added =
        writeFile(QStringLiteral("teachers-1.csv"),
                  "username,name,email,role,password\n"
                  "new.teacher,New Teacher,new@school.test,teacher,first-secret-1\n");
    const ServerProcess::Result first = ServerProcess::run(
        {QStringLiteral("--import-teachers"), added, QStringLiteral("--db"), m_db->url()});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err + first.out));
    m_secrets << QStringLiteral("first-secret-1");
    QCOMPARE(rows(QStringLiteral("teacher.created"), QStringLiteral("details->>'role'")),
             QStringList{QStringLiteral("command line|admin|local|new.teacher|teacher")});
    // Creating a teacher with a first password is not a password set.
    QCOMPARE(count(QStringLiteral("teacher.password_set")), 0);
    QCOMPARE(rows(QStringLiteral("import.applied"), QStringLiteral("details->>'added', "
                                                                   "details->>'file'")),
             QStringList{QStringLiteral("command line|admin|local|teachers|1|%1").arg(added)});

    // The same teacher again with a new password and the admin role.
    const QString changed =
        writeFile(QStringLiteral("teachers-2.csv"),
                  "username,name,email,role,password\n"
                  "new.teacher,New Teacher,new@school.test,admin,second-secret-2\n");
    const ServerProcess::Result second = ServerProcess::run(
        {QStringLiteral("--import-teachers"), changed, QStringLiteral("--db"), m_db->url()});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err + second.out));
    m_secrets << QStringLiteral("second-secret-2");
    QCOMPARE(rows(QStringLiteral("teacher.password_set")),
             QStringList{QStringLiteral("command line|admin|local|new.teacher")});
    QCOMPARE(rows(QStringLiteral("teacher.role_changed"),
                  QStringLiteral("details->>'from', details->>'to'")),
             QStringList{QStringLiteral("command line|admin|local|new.teacher|teacher|admin")});

    // A refused import (a bad row) writes nothing, so records nothing.
    const int before = m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    const QString bad = writeFile(QStringLiteral("rooms-bad.csv"),
                                  "name,building,capacity,features\nLab 9,Science,lots,\n");
    const ServerProcess::Result refused = ServerProcess::run(
        {QStringLiteral("--import-rooms"), bad, QStringLiteral("--db"), m_db->url()});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), before);
}

void tst_Audit::retentionPrunesOldRowsInBatches() {
    QVERIFY(m_db->exec(
        QStringLiteral("UPDATE settings SET value = '30' WHERE key = 'audit/retentionDays'")));
    // Rows as an older server would have left them: 12,000 from 40 days ago (more than one
    // batch), three from 29 days ago.
    QVERIFY(m_db->exec(QStringLiteral(
        "INSERT INTO audit_log (at, actor, address, action, subject) SELECT now() - interval '40 "
        "days', 'teacher.old', '10.0.0.9', 'booking.created', 'Old ' || n FROM "
        "generate_series(1, 12000) AS n; "
        "INSERT INTO audit_log (at, actor, address, action, subject) SELECT now() - interval '29 "
        "days', 'teacher.old', '10.0.0.9', 'booking.created', 'Kept ' || n FROM "
        "generate_series(1, 3) AS n")));
    const int recent = m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE at > "
                                                   "now() - interval '1 day'"))
                           .toInt();
    QVERIFY(recent > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                          "subject LIKE 'Old %'"))
                                  .toInt(),
                              0, 20000);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE subject LIKE "
                                         "'Kept %'"))
                 .toInt(),
             3);
    QVERIFY(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE at > now() - "
                                        "interval '1 day'"))
                .toInt() >= recent);
}

void tst_Audit::configFileSetsTheRetention() {
    const QString config = writeFile(QStringLiteral("server.conf"), "[audit]\nretentionDays=200\n");
    {
        ServerProcess server;
        QVERIFY2(server.start(m_db->url(), {QStringLiteral("--config"), config}),
                 qPrintable(server.error()));
    }
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT value FROM settings WHERE key = "
                                         "'audit/retentionDays'"))
                 .toString(),
             QStringLiteral("200"));
    QCOMPARE(rows(QStringLiteral("audit.retention_changed"),
                  QStringLiteral("details #>> '{retentionDays,from}', details #>> "
                                 "'{retentionDays,to}'")),
             QStringList{QStringLiteral("config file|admin|local|audit log|30|200")});
    // Starting again with the same file changes nothing and records nothing.
    {
        ServerProcess server;
        QVERIFY2(server.start(m_db->url(), {QStringLiteral("--config"), config}),
                 qPrintable(server.error()));
    }
    QCOMPARE(count(QStringLiteral("audit.retention_changed")), 1);
    // A bad value is one clear line and exit 1.
    const QString bad = writeFile(QStringLiteral("bad.conf"), "[audit]\nretentionDays=0\n");
    const ServerProcess::Result refused =
        ServerProcess::run({QStringLiteral("--config"), bad, QStringLiteral("--db"), m_db->url(),
                            QStringLiteral("--migrate")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("bad audit/retentionDays '0'")),
             qPrintable(refused.err));
}

void tst_Audit::noPasswordOrTokenIsRecorded() {
    // A feed URL's secret is a token too.
    TestClient a;
    QVERIFY(a.open(m_server->url()));
    VERIFY_OK(login(a, QStringLiteral("teacher.a"), QStringLiteral("demo-a")));
    const QString feed =
        a.request(QStringLiteral("calendarFeed")).value(QStringLiteral("url")).toString();
    QVERIFY(feed.contains(QStringLiteral("/feed/")));
    m_secrets << feed.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0);
    // And the stored hashes of passwords and sessions.
    for (const QString &sql :
         {QStringLiteral("SELECT string_agg(password_hash, E'\\n') FROM teachers"),
          QStringLiteral("SELECT string_agg(token_hash, E'\\n') FROM sessions"),
          QStringLiteral("SELECT string_agg(secret_hash, E'\\n') FROM calendar_feeds")})
        m_secrets << m_db->scalar(sql).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    m_secrets.removeDuplicates();
    m_secrets.removeAll(QString());
    QVERIFY(m_secrets.size() > 15);

    // Every column of every row, as text.
    const QString everything =
        m_db->scalar(QStringLiteral("SELECT string_agg(a::text, E'\\n') FROM audit_log a"))
            .toString();
    QVERIFY(everything.contains(QStringLiteral("teacher.a")));
    for (const QString &secret : std::as_const(m_secrets))
        QVERIFY2(!everything.contains(secret), qPrintable(QStringLiteral("found: ") + secret));
}

QTEST_GUILESS_MAIN(tst_Audit)
#include "tst_audit.moc"
