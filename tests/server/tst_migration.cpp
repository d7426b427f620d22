// SPDX-License-Identifier: GPL-3.0-or-later

#include "Migrator.h"
#include "PasswordHasher.h"
#include "ReplyChecks.h"
#include "Rfc3339.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <memory>

namespace {
QStringList periodNames(const QJsonObject &reply) {
    QStringList names;
    for (const QJsonValue &period : reply.value(QStringLiteral("periods")).toArray())
        names << period.toObject().value(QStringLiteral("name")).toString() + QLatin1Char(' ') +
                     period.toObject().value(QStringLiteral("start")).toString().mid(11, 5);
    return names;
}
} // namespace

// A school running the first release (schema version 1) upgrades: the server migrates its
// database to the calendar schema with every row intact, and its one bell schedule becomes the
// schedule of every weekday.
class tst_Migration : public QObject {
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;

    QString fingerprint(const QString &sql) const { return m_db->scalar(sql).toString(); }

    // The version-1 rows, as text that any later schema must reproduce exactly.
    QString bookingsText() const {
        return fingerprint(QStringLiteral(
            "SELECT string_agg(concat_ws('|', id, room_id, teacher_id, during::text, purpose, "
            "created_at::text, canceled_at::text, canceled_by, cancel_reason), ';' ORDER BY id) "
            "FROM bookings"));
    }
    QString roomsText() const {
        return fingerprint(QStringLiteral(
            "SELECT string_agg(concat_ws('|', id, name, building, capacity, features::text, "
            "active), ';' ORDER BY id) FROM rooms"));
    }
    QString teachersText() const {
        return fingerprint(QStringLiteral(
            "SELECT string_agg(concat_ws('|', id, username, name, email, role, password_hash, "
            "active), ';' ORDER BY id) FROM teachers"));
    }

private slots:
    void initTestCase() {
        qunsetenv("ROOMCLAIM_DB");
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    }

    void cleanupTestCase() { m_db.reset(); }

    void versionOneDatabaseMigratesIntact() {
        // Build exactly what the first release left behind: its migration and its bookkeeping.
        const QString path = QFINDTESTDATA("../../resources/sql/001_initial.sql");
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QVERIFY(m_db->exec(QString::fromUtf8(file.readAll())));
        QVERIFY(m_db->exec(QStringLiteral(
            "CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, "
            "applied_at timestamptz NOT NULL DEFAULT now()); "
            "INSERT INTO schema_migrations (version, name) VALUES (1, '001_initial.sql')")));
        const QString hash = PasswordHasher::pbkdf2Hash(QStringLiteral("upgrade-1"), 1000);
        QVERIFY(m_db->exec(
            QStringLiteral("INSERT INTO rooms (name, building, capacity, features) VALUES "
                           "('Room 1', 'Main', 30, '{projector}'), ('Lab', 'Science', 20, '{}'); "
                           "INSERT INTO teachers (username, name, role, password_hash) VALUES "
                           "('old.teacher', 'Old Teacher', 'teacher', '%1'), "
                           "('old.admin', 'Old Admin', 'admin', '%1'); "
                           "INSERT INTO periods (name, start_time, end_time) VALUES "
                           "('Lesson 1', '08:45', '09:40'), ('Lesson 2', '09:40', '10:35'), "
                           "('Lesson 3', '11:00', '11:55'); "
                           "INSERT INTO bookings (room_id, teacher_id, during, purpose) VALUES "
                           "(1, 1, '[2030-01-07 08:45+00, 2030-01-07 09:40+00)', '7B Maths'), "
                           "(2, 1, '[2030-01-08 09:40+00, 2030-01-08 10:35+00)', 'Lab work'), "
                           "(1, 2, '[2030-01-09 11:00+00, 2030-01-09 11:55+00)', 'Assembly'); "
                           "UPDATE bookings SET canceled_at = now(), canceled_by = 2, "
                           "cancel_reason = 'Trip' WHERE id = 2")
                .arg(hash)));
        const QString bookings = bookingsText();
        const QString rooms = roomsText();
        const QString teachers = teachersText();
        QVERIFY(bookings.count(QLatin1Char(';')) == 2);

        const ServerProcess::Result migrate =
            ServerProcess::run({QStringLiteral("--migrate"), QStringLiteral("--db"), m_db->url()});
        QVERIFY2(migrate.exitCode == 0, qPrintable(migrate.err + migrate.out));
        QVERIFY2(migrate.out.contains(
                     QStringLiteral("schema is at version %1").arg(Migrator::latestVersion())),
                 qPrintable(migrate.out));
        QStringList versions;
        for (int version = 1; version <= Migrator::latestVersion(); ++version)
            versions << QString::number(version);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT string_agg(version::text, ',' ORDER BY "
                                             "version) FROM schema_migrations"))
                     .toString(),
                 versions.join(QLatin1Char(',')));

        // Every version-1 row is still there, unchanged; the new columns have their defaults.
        QCOMPARE(bookingsText(), bookings);
        QCOMPARE(roomsText(), rooms);
        QCOMPARE(teachersText(), teachers);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM bookings WHERE series_id IS "
                                             "NOT NULL"))
                     .toInt(),
                 0);
        QCOMPARE(
            m_db->scalar(QStringLiteral("SELECT count(*) FROM rooms WHERE restricted")).toInt(), 0);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM terms")).toInt(), 0);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM closed_days")).toInt(), 0);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM favourite_rooms")).toInt(), 0);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM calendar_feeds")).toInt(), 0);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT string_agg(key || '=' || value, ',' ORDER BY "
                                             "key) FROM settings"))
                     .toString(),
                 QStringLiteral("audit/retentionDays=365,booking/maxActiveBookings=0,"
                                "booking/maxDaysAhead=0"));

        // The one bell schedule is now the schedule of every day of the week.
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM periods")).toInt(), 21);
        for (int weekday = 1; weekday <= 7; ++weekday) {
            QCOMPARE(m_db->scalar(QStringLiteral("SELECT string_agg(name || ' ' || "
                                                 "to_char(start_time, 'HH24:MI') || '-' || "
                                                 "to_char(end_time, 'HH24:MI'), ', ' ORDER BY "
                                                 "start_time) FROM periods WHERE weekday = %1")
                                      .arg(weekday))
                         .toString(),
                     QStringLiteral("Lesson 1 08:45-09:40, Lesson 2 09:40-10:35, "
                                    "Lesson 3 11:00-11:55"));
        }
        // A second run has nothing left to do.
        const ServerProcess::Result again =
            ServerProcess::run({QStringLiteral("--migrate"), QStringLiteral("--db"), m_db->url()});
        QVERIFY2(again.out.contains(QLatin1String("0 migrations applied")), qPrintable(again.out));
    }

    // A school on schema version 4 (login throttling) with data upgrades to the audit log: every
    // row stays, the log starts empty with the default retention of one school year, and the
    // upgraded server records from its first booking on.
    void versionFourDatabaseUpgradesToTheAuditLog() {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        for (int version = 1; version <= 4; ++version) {
            const QStringList found =
                QDir(QFINDTESTDATA("../../resources/sql"))
                    .entryList({QStringLiteral("%1_*.sql").arg(version, 3, 10, QLatin1Char('0'))});
            QCOMPARE(found.size(), 1);
            QFile file(QFINDTESTDATA("../../resources/sql/" + found.first()));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(db.exec(QString::fromUtf8(file.readAll())), qPrintable(found.first()));
            QVERIFY(db.exec(
                QStringLiteral("%1INSERT INTO schema_migrations (version, name) "
                               "VALUES (%2, '%3')")
                    .arg(version == 1 ? QStringLiteral("CREATE TABLE schema_migrations (version "
                                                       "integer PRIMARY KEY, name text NOT NULL, "
                                                       "applied_at timestamptz NOT NULL DEFAULT "
                                                       "now()); ")
                                      : QString())
                    .arg(version)
                    .arg(found.first())));
        }
        const QString hash = PasswordHasher::hash(QStringLiteral("upgrade-4"));
        QVERIFY(db.exec(
            QStringLiteral("INSERT INTO rooms (name, building, capacity) VALUES ('Room 4', 'Main', "
                           "30); "
                           "INSERT INTO teachers (username, name, role, password_hash) VALUES "
                           "('four.teacher', 'Four Teacher', 'teacher', '%1'); "
                           "INSERT INTO bookings (room_id, teacher_id, during, purpose) VALUES "
                           "(1, 1, '[2030-01-07 08:45+00, 2030-01-07 09:40+00)', 'Kept'); "
                           "INSERT INTO login_throttle (scope, key, failures, checks, refused) "
                           "VALUES ('account', 'four.teacher', 3, 3, 0); "
                           "UPDATE settings SET value = '14' WHERE key = 'booking/maxDaysAhead'")
                .arg(hash)));
        const QString throttle = QStringLiteral(
            "SELECT concat_ws('|', scope, key, failures, checks, refused) FROM login_throttle");
        QCOMPARE(db.scalar(throttle).toString(), QStringLiteral("account|four.teacher|3|3|0"));

        const ServerProcess::Result migrate =
            ServerProcess::run({QStringLiteral("--migrate"), QStringLiteral("--db"), db.url()});
        QVERIFY2(migrate.exitCode == 0, qPrintable(migrate.err + migrate.out));
        QVERIFY2(migrate.out.contains(
                     QStringLiteral("schema is at version %1 (%2 migrations applied now)")
                         .arg(Migrator::latestVersion())
                         .arg(Migrator::latestVersion() - 4)),
                 qPrintable(migrate.out));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = "
                                          "'audit/retentionDays'"))
                     .toString(),
                 QStringLiteral("365"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = "
                                          "'booking/maxDaysAhead'"))
                     .toString(),
                 QStringLiteral("14"));
        QCOMPARE(db.scalar(throttle).toString(), QStringLiteral("account|four.teacher|3|3|0"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT purpose FROM bookings")).toString(),
                 QStringLiteral("Kept"));

        ServerProcess server;
        QVERIFY2(server.start(db.url()), qPrintable(server.error()));
        TestClient teacher;
        QVERIFY(teacher.open(server.url()));
        QVERIFY(teacher.login(QStringLiteral("four.teacher"), QStringLiteral("upgrade-4"))
                    .value(QStringLiteral("ok"))
                    .toBool());
        const QDateTime start(QDate::currentDate().addDays(1), QTime(9, 0));
        const QJsonObject booked =
            teacher.request(QStringLiteral("confirmBooking"),
                            {{QStringLiteral("roomId"), 1},
                             {QStringLiteral("start"), Rfc3339::formatLocal(start)},
                             {QStringLiteral("end"), Rfc3339::formatLocal(start.addSecs(3000))}});
        QVERIFY2(booked.value(QStringLiteral("ok")).toBool(), qPrintable(json(booked)));
        QCOMPARE(db.scalar(QStringLiteral("SELECT concat_ws('|', actor, address, action, subject) "
                                          "FROM audit_log"))
                     .toString(),
                 QStringLiteral("four.teacher|127.0.0.1|booking.created|Room 4"));
    }

    // A school on schema version 5 (the audit log) with data upgrades to the booking statements
    // of version 6: every row stays, and the upgraded server books, refuses overlaps and holds
    // closed days as before, a calendar change included.
    void versionFiveDatabaseUpgradesToTheBookingStatements() {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE schema_migrations (version integer PRIMARY "
                                       "KEY, name text NOT NULL, applied_at timestamptz NOT NULL "
                                       "DEFAULT now())")));
        for (int version = 1; version <= 5; ++version) {
            const QStringList found =
                QDir(QFINDTESTDATA("../../resources/sql"))
                    .entryList({QStringLiteral("%1_*.sql").arg(version, 3, 10, QLatin1Char('0'))});
            QCOMPARE(found.size(), 1);
            QFile file(QFINDTESTDATA("../../resources/sql/" + found.first()));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(db.exec(QString::fromUtf8(file.readAll())), qPrintable(found.first()));
            QVERIFY(db.exec(QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES "
                                           "(%1, '%2')")
                                .arg(version)
                                .arg(found.first())));
        }
        const QString hash = PasswordHasher::hash(QStringLiteral("upgrade-5"));
        const QDate day = QDate::currentDate().addDays(7);
        const QString dayText = day.toString(Qt::ISODate);
        QVERIFY(db.exec(
            QStringLiteral(
                "INSERT INTO rooms (name, building, capacity) VALUES ('Room 5', 'Main', 30); "
                "INSERT INTO teachers (username, name, role, password_hash) VALUES "
                "('five.teacher', 'Five Teacher', 'teacher', '%1'); "
                "INSERT INTO bookings (room_id, teacher_id, during, purpose) VALUES "
                "(1, 1, tstzrange('%2 09:00+00', '%2 10:00+00'), 'Kept'); "
                "INSERT INTO terms (name, first_day, last_day) VALUES ('Year', '%2', '%2'::date "
                "+ 30); "
                "INSERT INTO audit_log (actor, action, subject) VALUES ('console', "
                "'rules.changed', 'booking rules'); "
                "UPDATE settings SET value = '60' WHERE key = 'booking/maxDaysAhead'")
                .arg(hash, dayText)));
        const QString before = QStringLiteral(
            "SELECT concat_ws('|', (SELECT string_agg(concat_ws(',', id, room_id, teacher_id, "
            "during::text, purpose), ';') FROM bookings), (SELECT string_agg(concat_ws(',', "
            "name, first_day, last_day), ';') FROM terms), (SELECT count(*) FROM audit_log), "
            "(SELECT value FROM settings WHERE key = 'booking/maxDaysAhead'))");
        const QString kept = db.scalar(before).toString();

        const ServerProcess::Result migrate =
            ServerProcess::run({QStringLiteral("--migrate"), QStringLiteral("--db"), db.url()});
        QVERIFY2(migrate.exitCode == 0, qPrintable(migrate.err + migrate.out));
        QVERIFY2(migrate.out.contains(
                     QStringLiteral("schema is at version %1 (%2 migrations applied now)")
                         .arg(Migrator::latestVersion())
                         .arg(Migrator::latestVersion() - 5)),
                 qPrintable(migrate.out));
        QCOMPARE(db.scalar(before).toString(), kept);
        const qint64 version =
            db.scalar(QStringLiteral("SELECT version FROM booking_config_version")).toLongLong();

        ServerProcess server;
        QVERIFY2(server.start(db.url()), qPrintable(server.error()));
        TestClient teacher;
        QVERIFY(teacher.open(server.url()));
        QVERIFY(teacher.login(QStringLiteral("five.teacher"), QStringLiteral("upgrade-5"))
                    .value(QStringLiteral("ok"))
                    .toBool());
        auto confirm = [&](const QDate &date, int hour) {
            const QDateTime start(date, QTime(hour, 0), Qt::UTC);
            return teacher.request(
                QStringLiteral("confirmBooking"),
                {{QStringLiteral("roomId"), 1},
                 {QStringLiteral("start"), Rfc3339::formatLocal(start)},
                 {QStringLiteral("end"), Rfc3339::formatLocal(start.addSecs(3000))}});
        };
        // The old booking still wins its hour.
        const QJsonObject clash = confirm(day, 9);
        QCOMPARE(clash.value(QStringLiteral("code")).toString(),
                 QStringLiteral("BOOKING_CONFLICT"));
        QCOMPARE(clash.value(QStringLiteral("conflict"))
                     .toObject()
                     .value(QStringLiteral("purpose"))
                     .toString(),
                 QStringLiteral("Kept"));
        const QJsonObject booked = confirm(day, 11);
        QVERIFY2(booked.value(QStringLiteral("ok")).toBool(), qPrintable(json(booked)));
        QCOMPARE(teacher.waitForEvent(QStringLiteral("bookingCreated"), 10000)
                     .value(QStringLiteral("booking"))
                     .toObject(),
                 booked.value(QStringLiteral("booking")).toObject());
        QCOMPARE(db.scalar(QStringLiteral("SELECT concat_ws('|', actor, action, subject, "
                                          "details->>'booking') FROM audit_log WHERE action = "
                                          "'booking.created'"))
                     .toString(),
                 QStringLiteral("five.teacher|booking.created|Room 5|%1")
                     .arg(booked.value(QStringLiteral("booking"))
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toInteger()));
        // Outside the term is holidays; a day closed by a statement from elsewhere (another
        // instance's console) counts at once.
        QCOMPARE(confirm(day.addDays(40), 9).value(QStringLiteral("code")).toString(),
                 QStringLiteral("CLOSED_DAY"));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO closed_days (name, first_day, last_day) "
                                       "VALUES ('Snow day', '%1'::date + 1, '%1'::date + 1)")
                            .arg(dayText)));
        QVERIFY(
            db.scalar(QStringLiteral("SELECT version FROM booking_config_version")).toLongLong() >
            version);
        const QJsonObject snow = confirm(day.addDays(1), 9);
        QCOMPARE(snow.value(QStringLiteral("code")).toString(), QStringLiteral("CLOSED_DAY"));
        QCOMPARE(snow.value(QStringLiteral("reason")).toString(), QStringLiteral("Snow day"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM locks")).toInt(), 0);
    }

    void migratedSchoolServesAsBefore() {
        ServerProcess server;
        QVERIFY2(server.start(m_db->url()), qPrintable(server.error()));
        TestClient teacher;
        QVERIFY(teacher.open(server.url()));
        const QJsonObject login =
            teacher.login(QStringLiteral("old.teacher"), QStringLiteral("upgrade-1"));
        QVERIFY2(login.value(QStringLiteral("ok")).toBool(), qPrintable(json(login)));

        // Without terms every day is open, weekends included, with the old schedule.
        for (const char *date : {"2030-01-07", "2030-01-11", "2030-01-12", "2030-01-13"}) {
            const QJsonObject reply = teacher.request(
                QStringLiteral("listPeriods"), {{QStringLiteral("date"), QLatin1String(date)}});
            QVERIFY2(reply.value(QStringLiteral("ok")).toBool(), qPrintable(json(reply)));
            QCOMPARE(periodNames(reply), QStringList({QStringLiteral("Lesson 1 08:45"),
                                                      QStringLiteral("Lesson 2 09:40"),
                                                      QStringLiteral("Lesson 3 11:00")}));
            QVERIFY(!reply.contains(QStringLiteral("closed")));
            QVERIFY(reply.value(QStringLiteral("week")).isNull());
        }
        const QJsonObject calendar =
            teacher.request(QStringLiteral("listCalendar"), {{QStringLiteral("from"), "2030-01-06"},
                                                             {QStringLiteral("to"), "2030-01-12"}});
        for (const QJsonValue &day : calendar.value(QStringLiteral("days")).toArray())
            QCOMPARE(day.toObject().value(QStringLiteral("open")), QJsonValue(true));

        // The old bookings are the teacher's bookings, as single bookings.
        const QJsonObject mine = teacher.request(QStringLiteral("myBookings"),
                                                 {{QStringLiteral("from"), "2030-01-01T00:00:00Z"},
                                                  {QStringLiteral("to"), "2030-02-01T00:00:00Z"}});
        const QJsonArray bookings = mine.value(QStringLiteral("bookings")).toArray();
        QCOMPARE(bookings.size(), 1);
        QCOMPARE(bookings.first().toObject().value(QStringLiteral("purpose")).toString(),
                 QStringLiteral("7B Maths"));
        QVERIFY(bookings.first().toObject().value(QStringLiteral("seriesId")).isNull());
        // And the database still refuses to double-book them.
        const QJsonObject clash =
            teacher.request(QStringLiteral("confirmBooking"),
                            {{QStringLiteral("roomId"), 1},
                             {QStringLiteral("start"), "2030-01-07T09:00:00+00:00"},
                             {QStringLiteral("end"), "2030-01-07T09:30:00+00:00"}});
        QCOMPARE(clash.value(QStringLiteral("code")).toString(),
                 QStringLiteral("BOOKING_CONFLICT"));
        const QJsonObject free =
            teacher.request(QStringLiteral("confirmBooking"),
                            {{QStringLiteral("roomId"), 2},
                             {QStringLiteral("start"), "2030-01-08T09:40:00+00:00"},
                             {QStringLiteral("end"), "2030-01-08T10:35:00+00:00"}});
        QVERIFY2(free.value(QStringLiteral("ok")).toBool(), qPrintable(json(free)));
    }
};

QTEST_GUILESS_MAIN(tst_Migration)
#include "tst_migration.moc"
