// SPDX-License-Identifier: GPL-3.0-or-later

#include "Migrator.h"
#include "ReplyChecks.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QProcess>
#include <QtTest>

#include <memory>

namespace {
QString report(const ServerProcess::Result &result) {
    return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3")
        .arg(result.exitCode)
        .arg(result.out, result.err);
}

QStringList purposes(const QJsonObject &reply) {
    QStringList result;
    for (const QJsonValue &booking : reply.value(QStringLiteral("bookings")).toArray())
        result << booking.toObject().value(QStringLiteral("purpose")).toString();
    return result;
}
} // namespace

// The upgrade path between releases: a database the first release made (schema version 1, kept
// as a pg_dump with data in tests/data) migrates to today's schema with every row intact and is
// served; a database newer than this server is refused, by --migrate and at start, untouched.
class tst_Upgrade : public QObject {
    Q_OBJECT

    // The columns version 1 had, as text that every later schema must reproduce exactly.
    static QString versionOneRows(const TestDatabase &db) {
        QStringList tables;
        for (const QString &sql :
             {QStringLiteral("SELECT string_agg(concat_ws('|', id, name, building, capacity, "
                             "features::text, active), ';' ORDER BY id) FROM rooms"),
              QStringLiteral("SELECT string_agg(concat_ws('|', id, username, name, email, role, "
                             "password_hash, active), ';' ORDER BY id) FROM teachers"),
              QStringLiteral("SELECT string_agg(concat_ws('|', id, room_id, teacher_id, "
                             "during::text, purpose, created_at::text, canceled_at::text, "
                             "canceled_by, cancel_reason), ';' ORDER BY id) FROM bookings"),
              QStringLiteral("SELECT string_agg(concat_ws('|', token_hash, teacher_id, "
                             "created_at::text, expires_at::text), ';') FROM sessions"),
              QStringLiteral("SELECT string_agg(DISTINCT concat_ws('|', name, start_time, "
                             "end_time), ';') FROM periods")})
            tables << db.scalar(sql).toString();
        return tables.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase() { qunsetenv("ROOMCLAIM_DB"); }

    void versionOneDumpUpgradesIntact() {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        // Restored as a DBA would restore a plain dump: with psql.
        const QString dump = QFINDTESTDATA("../../tests/data/roomclaim-schema1.sql");
        QVERIFY(!dump.isEmpty());
        QProcess psql;
        psql.start(QStringLiteral("psql"),
                   {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                    QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), db.url(),
                    QStringLiteral("-f"), dump});
        QVERIFY(psql.waitForFinished(60000));
        QVERIFY2(psql.exitCode() == 0, psql.readAllStandardError().constData());
        QCOMPARE(db.scalar(QStringLiteral("SELECT max(version) FROM schema_migrations")).toInt(),
                 1);
        const QString before = versionOneRows(db);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM bookings")).toInt(), 6);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM teachers")).toInt(), 3);

        const ServerProcess::Result migrate =
            ServerProcess::run({QStringLiteral("--migrate"), QStringLiteral("--db"), db.url()});
        QVERIFY2(migrate.exitCode == 0, qPrintable(report(migrate)));
        QVERIFY2(migrate.out.contains(QStringLiteral("schema is at version %1 (%2 migrations "
                                                     "applied now)")
                                          .arg(Migrator::latestVersion())
                                          .arg(Migrator::latestVersion() - 1)),
                 qPrintable(report(migrate)));
        // Every version-1 row is there, unchanged.
        QCOMPARE(versionOneRows(db), before);
        // The one bell schedule became every weekday's.
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM periods")).toInt(), 4 * 7);

        // And the upgraded school is served: a version-1 teacher logs in with the old password
        // and finds the bookings (the canceled one and the past one are not live in March).
        ServerProcess server;
        QVERIFY2(server.start(db.url()), qPrintable(server.error()));
        TestClient anna;
        QVERIFY(anna.open(server.url()));
        VERIFY_OK(anna.login(QStringLiteral("anna.schmidt"), QStringLiteral("v1-teacher")));
        const QJsonObject mine = anna.request(QStringLiteral("myBookings"),
                                              {{QStringLiteral("from"), "2030-03-01T00:00:00Z"},
                                               {QStringLiteral("to"), "2030-04-01T00:00:00Z"}});
        VERIFY_OK(mine);
        QCOMPARE(purposes(mine), QStringList({QStringLiteral("7B Mathematics"),
                                              QStringLiteral("Titration – 10A")}));
        const QJsonObject everyone = anna.request(QStringLiteral("listBookings"),
                                                  {{QStringLiteral("from"), "2030-03-01T00:00:00Z"},
                                                   {QStringLiteral("to"), "2030-04-01T00:00:00Z"}});
        VERIFY_OK(everyone);
        QCOMPARE(purposes(everyone),
                 QStringList({QStringLiteral("7B Mathematics"), QStringLiteral("Titration – 10A"),
                              QStringLiteral("Choir rehearsal \"Messiah\""),
                              QStringLiteral("Parents' evening prep")}));
        TestClient office;
        QVERIFY(office.open(server.url()));
        VERIFY_OK(office.login(QStringLiteral("office"), QStringLiteral("v1-admin")));
        // The inactive teacher of version 1 stays unable to log in.
        TestClient ben;
        QVERIFY(ben.open(server.url()));
        QVERIFY(!ben.login(QStringLiteral("ben.jones"), QStringLiteral("v1-teacher"))
                     .value(QStringLiteral("ok"))
                     .toBool());
    }

    void newerSchemaIsRefused() {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const ServerProcess::Result migrate =
            ServerProcess::run({QStringLiteral("--migrate"), QStringLiteral("--db"), db.url()});
        QVERIFY2(migrate.exitCode == 0, qPrintable(report(migrate)));
        // What a newer release would have left: a migration this server does not know.
        QVERIFY(db.exec(QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES "
                                       "(999, '999_from_the_future.sql')")));
        const QString tablesBefore =
            db.scalar(QStringLiteral("SELECT string_agg(relname, ',' ORDER BY relname) FROM "
                                     "pg_class WHERE relnamespace = "
                                     "'public'::regnamespace"))
                .toString();
        const QString expected =
            QStringLiteral("the database's schema is at version 999, newer than version %1, the "
                           "newest this roomclaim-server %2 knows")
                .arg(Migrator::latestVersion())
                .arg(QStringLiteral(ROOMCLAIM_VERSION));

        const ServerProcess::Result again =
            ServerProcess::run({QStringLiteral("--migrate"), QStringLiteral("--db"), db.url()});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(expected), qPrintable(report(again)));
        QCOMPARE(again.err.count(QLatin1Char('\n')), 1);

        const ServerProcess::Result start =
            ServerProcess::run({QStringLiteral("--headless"), QStringLiteral("--db"), db.url(),
                                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QCOMPARE(start.exitCode, 1);
        QVERIFY2(start.err.contains(expected), qPrintable(report(start)));
        QVERIFY2(!start.out.contains(QLatin1String("listening on")), qPrintable(report(start)));

        // Nothing was changed by either attempt.
        QCOMPARE(db.scalar(QStringLiteral("SELECT string_agg(version::text, ',' ORDER BY version) "
                                          "FROM schema_migrations"))
                     .toString()
                     .section(QLatin1Char(','), -1),
                 QStringLiteral("999"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt(),
                 Migrator::latestVersion() + 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT string_agg(relname, ',' ORDER BY relname) FROM "
                                          "pg_class WHERE relnamespace = 'public'::regnamespace"))
                     .toString(),
                 tablesBefore);
    }
};

QTEST_GUILESS_MAIN(tst_Upgrade)
#include "tst_upgrade.moc"
