// SPDX-License-Identifier: GPL-3.0-or-later

#include "CraftedUsernames.h"
#include "Database.h"
#include "DatabaseUrl.h"
#include "PrivateCluster.h"
#include "ReplyChecks.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QSqlQuery>
#include <QtTest>

#include <memory>

// SQL values reach PostgreSQL as literals escaped by Qt's driver, which decides when it
// connects whether a backslash needs escaping. Should a DBA turn standard_conforming_strings
// off, a crafted username would end its literal early and log in as the admin. Every server
// connection pins the setting on; these tests turn it off the two ways a DBA would and try the
// attack against the real server executable.
class tst_StandardStrings : public QObject {
    Q_OBJECT
private slots:
    void databaseSettingOffLetsNoUsernameEscape();
    void systemSettingOffAndReloadedLetsNoUsernameEscape();

private:
    // The setting as a connection of the server's own kind (Database) sees it.
    static QString onPinnedConnection() {
        QSqlQuery query = Database::exec(QStringLiteral("SHOW standard_conforming_strings"));
        return query.next() ? query.value(0).toString() : QString();
    }
};

// ALTER DATABASE on a database of the shared test cluster, before the server starts.
void tst_StandardStrings::databaseSettingOffLetsNoUsernameEscape() {
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    // What a DBA might do: backslashes escape in every new session on this database.
    QVERIFY(db.exec(
        QStringLiteral("ALTER DATABASE %1 SET standard_conforming_strings = off").arg(db.name())));
    ServerProcess server;
    QVERIFY2(server.start(db.url(), {QStringLiteral("--demo")}), qPrintable(server.error()));
    QCOMPARE(db.scalar(QStringLiteral("SELECT array_to_string(setconfig, ',') FROM "
                                      "pg_db_role_setting s JOIN pg_database d ON d.oid = "
                                      "s.setdatabase WHERE d.datname = current_database()"))
                 .toString(),
             QStringLiteral("standard_conforming_strings=off"));
    TestClient attacker;
    QVERIFY(attacker.open(server.url()));
    for (const QString &username : craftedUsernames())
        VERIFY_FAILURE(attacker.login(username, QStringLiteral("demo-admin")), 401, "AUTH_FAILED");
    // And a teacher whose username really holds a backslash still logs in as that teacher.
    QVERIFY(db.exec(QStringLiteral("UPDATE teachers SET username = E'teacher\\\\a' WHERE "
                                   "username = 'teacher.a'")));
    const QJsonObject reply =
        attacker.login(QStringLiteral("teacher\\a"), QStringLiteral("demo-a"));
    VERIFY_OK(reply);
    QCOMPARE(reply.value(QStringLiteral("teacher"))
                 .toObject()
                 .value(QStringLiteral("username"))
                 .toString(),
             QStringLiteral("teacher\\a"));
}

// The case as it happened: the server runs, its connections are open, and a DBA changes
// postgresql.conf for the whole cluster (ALTER SYSTEM) and reloads. A session that did not set
// the value itself takes the new one at once, while the driver still escapes as it decided
// when it connected. A cluster of this test's own, so no other suite sees the change.
void tst_StandardStrings::systemSettingOffAndReloadedLetsNoUsernameEscape() {
    PrivateCluster cluster;
    QVERIFY2(cluster.isValid(), qPrintable(cluster.error()));
    QVERIFY2(cluster.exec(QStringLiteral("CREATE DATABASE roomclaim")),
             qPrintable(cluster.error()));
    ServerProcess server;
    QVERIFY2(server.start(cluster.url(QStringLiteral("roomclaim")), {QStringLiteral("--demo")}),
             qPrintable(server.error()));

    // The server's connections open before the reload: logins run on a pool of two threads,
    // and four logins at once keep both busy.
    std::vector<std::unique_ptr<TestClient>> teachers;
    QList<qint64> pending;
    for (int i = 0; i < 4; ++i) {
        teachers.push_back(std::make_unique<TestClient>());
        QVERIFY(teachers.back()->open(server.url()));
        pending << teachers.back()->send(QStringLiteral("login"),
                                         {{QStringLiteral("username"), QStringLiteral("teacher.a")},
                                          {QStringLiteral("password"), QStringLiteral("demo-a")}});
    }
    for (int i = 0; i < 4; ++i) {
        const QJsonObject loggedIn = teachers.at(i)->waitForReply(pending.at(i));
        VERIFY_OK(loggedIn); // (the macro reads its argument twice)
    }
    // A connection of the server's kind, opened now as well: it pins the setting the same way.
    QString error;
    Database::configure(DatabaseUrl::parse(cluster.url(QStringLiteral("roomclaim")), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(onPinnedConnection(), QStringLiteral("on"));

    QVERIFY2(cluster.exec(QStringLiteral("ALTER SYSTEM SET standard_conforming_strings = off")),
             qPrintable(cluster.error()));
    QVERIFY2(cluster.scalar(QStringLiteral("SELECT pg_reload_conf()")).toBool(),
             qPrintable(cluster.error()));
    // A reload is signalled, not awaited: a fresh plain session shows when it has taken hold.
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return cluster.scalar(QStringLiteral("SHOW standard_conforming_strings"))
                                .toString() == QLatin1String("off");
                 },
                 10000),
             "standard_conforming_strings did not turn off for new sessions");
    // The pinned connection, open since before the reload, still says on.
    QCOMPARE(onPinnedConnection(), QStringLiteral("on"));
    Database::connection().close();

    TestClient attacker;
    QVERIFY(attacker.open(server.url()));
    int refused = 0;
    for (const QString &username : craftedUsernames(8)) {
        const QJsonObject reply = attacker.login(username, QStringLiteral("demo-admin"));
        VERIFY_FAILURE(reply, 401, "AUTH_FAILED");
        ++refused;
    }
    qInfo("standard_conforming_strings off in postgresql.conf and reloaded under the running "
          "server: %d of 8 crafted usernames refused with AUTH_FAILED, none logged in as admin",
          refused);
    // The teachers' logins before the change still hold, and a new one works.
    const QJsonObject rooms = teachers.front()->request(QStringLiteral("listRooms"));
    VERIFY_OK(rooms);
    const QJsonObject admin = attacker.login(QStringLiteral("admin"), QStringLiteral("demo-admin"));
    VERIFY_OK(admin);
    server.stop();
}

QTEST_MAIN(tst_StandardStrings)
#include "tst_standardstrings.moc"
