// SPDX-License-Identifier: GPL-3.0-or-later

#include "Migrator.h"
#include "PasswordHasher.h"
#include "ReplyChecks.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {
QByteArray fileBytes(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

// tar, as an administrator would look into a backup; returns its standard output.
QString tar(const QStringList &arguments, int *exitCode = nullptr) {
    QProcess process;
    process.start(QStringLiteral("tar"), arguments);
    process.waitForFinished(60000);
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromLocal8Bit(process.readAllStandardOutput());
}

QString report(const ServerProcess::Result &result) {
    return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3")
        .arg(result.exitCode)
        .arg(result.out, result.err);
}
} // namespace

// roomclaim-server --backup and --restore: a school's database, packed with its config (without
// the password), comes back into a fresh database row for row, table for table; a restore never
// touches a database that holds anything.
class tst_Backup : public QObject {
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_source;
    QTemporaryDir m_dir;

    // Every table of the schema with a digest of all its rows, and every sequence's position
    // (new rows must not take old ids).
    static QStringList contents(const TestDatabase &db) {
        QStringList result;
        const QStringList tables =
            db.scalar(QStringLiteral("SELECT string_agg(relname, ',' ORDER BY relname) FROM "
                                     "pg_class WHERE relnamespace = 'public'::regnamespace AND "
                                     "relkind = 'r'"))
                .toString()
                .split(QLatin1Char(','));
        for (const QString &table : tables)
            result << table + QLatin1Char(' ') +
                          db.scalar(QStringLiteral("SELECT count(*) || ' ' || coalesce(md5("
                                                   "string_agg(t::text, E'\\n' ORDER BY "
                                                   "t::text)), '') FROM public.%1 t")
                                        .arg(table))
                              .toString();
        const QStringList sequences =
            db.scalar(QStringLiteral("SELECT string_agg(relname, ',' ORDER BY relname) FROM "
                                     "pg_class WHERE relnamespace = 'public'::regnamespace AND "
                                     "relkind = 'S'"))
                .toString()
                .split(QLatin1Char(','));
        for (const QString &sequence : sequences)
            result << sequence + QLatin1Char(' ') +
                          db.scalar(QStringLiteral("SELECT last_value || ' ' || is_called FROM "
                                                   "public.%1")
                                        .arg(sequence))
                              .toString();
        return result;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() {
        qunsetenv("ROOMCLAIM_DB");
        QVERIFY(m_dir.isValid());
        m_source = std::make_unique<TestDatabase>();
        QVERIFY2(m_source->isValid(), qPrintable(m_source->error()));
        const ServerProcess::Result migrate = ServerProcess::run(
            {QStringLiteral("--migrate"), QStringLiteral("--db"), m_source->url()});
        QVERIFY2(migrate.exitCode == 0, qPrintable(report(migrate)));
        // A school in use: rooms, teachers, a bell schedule, a term with a closed week, a weekly
        // series, single and canceled bookings, changed rules, favourites, a feed, audit rows.
        const QString hash = PasswordHasher::hash(QStringLiteral("backup-1"));
        QVERIFY(m_source->exec(
            QStringLiteral(
                "INSERT INTO rooms (name, building, capacity, features, restricted) VALUES "
                "('Room 1', 'Main', 30, '{projector}', false), ('Lab', 'Science', 20, '{}', true);"
                "INSERT INTO teachers (username, name, email, role, password_hash) VALUES "
                "('t.one', 'Teacher One', 'one@school.example', 'teacher', '%1'), "
                "('t.admin', 'The Admin', '', 'admin', '%1');"
                "INSERT INTO periods (weekday, name, start_time, end_time) VALUES "
                "(1, 'Lesson 1', '08:00', '08:45'), (2, 'Lesson 1', '08:00', '08:45');"
                "INSERT INTO terms (name, first_day, last_day, week_cycle) VALUES "
                "('Spring 2030', '2030-01-07', '2030-03-29', '{A,B}');"
                "INSERT INTO closed_days (name, first_day, last_day) VALUES "
                "('Half term', '2030-02-18', '2030-02-22');"
                "INSERT INTO series (room_id, teacher_id, every, until_day, purpose) VALUES "
                "(1, 1, 'week', '2030-01-28', 'Weekly maths');"
                "INSERT INTO bookings (room_id, teacher_id, during, purpose, series_id) "
                "SELECT 1, 1, tstzrange((d + time '08:00') AT TIME ZONE 'UTC', (d + time '08:45') "
                "AT TIME ZONE 'UTC'), 'Weekly maths', 1 FROM generate_series(timestamp "
                "'2030-01-07', timestamp '2030-01-28', interval '7 days') AS d;"
                "INSERT INTO bookings (room_id, teacher_id, during, purpose) VALUES "
                "(2, 2, '[2030-01-08 09:00+00, 2030-01-08 10:00+00)', 'Lab «Ω» ''quoted''');"
                "UPDATE bookings SET canceled_at = now(), canceled_by = 2, cancel_reason = 'Trip' "
                "WHERE id = 2;"
                "UPDATE settings SET value = '60' WHERE key = 'booking/maxDaysAhead';"
                "INSERT INTO favourite_rooms (teacher_id, room_id) VALUES (1, 2);"
                "INSERT INTO calendar_feeds (teacher_id, nonce, secret_hash) VALUES (1, 'n1', "
                "'h1');"
                "INSERT INTO audit_log (actor, action, subject, details) VALUES "
                "('console', 'booking.created', 'Room 1', '{\"purpose\": \"Weekly maths\"}');")
                .arg(hash)));
        QCOMPARE(m_source->scalar(QStringLiteral("SELECT count(*) FROM bookings")).toInt(), 5);
    }

    void cleanupTestCase() { m_source.reset(); }

    void backupThenRestoreIsIdentical() {
        const QString config = path(QStringLiteral("server.conf"));
        {
            QFile file(config);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("; the school's settings\n[database]\nurl=%1\n\n[server]\n"
                                      "workers=3\n")
                           .arg(m_source->url())
                           .toUtf8());
        }
        const QString backup = path(QStringLiteral("school.rcbackup"));
        const ServerProcess::Result made = ServerProcess::run(
            {QStringLiteral("--config"), config, QStringLiteral("--backup"), backup});
        QVERIFY2(made.exitCode == 0, qPrintable(report(made)));
        QVERIFY2(made.out.startsWith(QStringLiteral("backup %1: database %2 at schema version %3")
                                         .arg(backup, m_source->name())
                                         .arg(Migrator::latestVersion())),
                 qPrintable(report(made)));
        // Only its owner may read it: it holds every password hash.
        QCOMPARE(int(QFileInfo(backup).permissions() & 0x7077),
                 int(QFileDevice::ReadOwner | QFileDevice::WriteOwner));

        // A plain tar: the dump, the manifest and the config without its password.
        QStringList members =
            tar({QStringLiteral("-tf"), backup}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        members.sort();
        QCOMPARE(members,
                 QStringList({QStringLiteral("manifest.ini"), QStringLiteral("roomclaim.dump"),
                              QStringLiteral("server.conf.redacted")}));
        const QString unpacked = path(QStringLiteral("unpacked"));
        QVERIFY(QDir().mkpath(unpacked));
        int status = -1;
        tar({QStringLiteral("-xf"), backup, QStringLiteral("-C"), unpacked}, &status);
        QCOMPARE(status, 0);
        const QString redacted =
            QString::fromUtf8(fileBytes(unpacked + QStringLiteral("/server.conf.redacted")));
        QVERIFY2(!redacted.contains(QLatin1String(":roomclaim@")), qPrintable(redacted));
        QVERIFY2(redacted.contains(QLatin1String(":REDACTED@")), qPrintable(redacted));
        QVERIFY2(redacted.contains(QLatin1String("; the school's settings")) &&
                     redacted.contains(QLatin1String("workers=3")),
                 qPrintable(redacted));
        QSettings manifest(unpacked + QStringLiteral("/manifest.ini"), QSettings::IniFormat);
        QCOMPARE(manifest.value(QStringLiteral("backup/schemaVersion")).toInt(),
                 Migrator::latestVersion());
        QCOMPARE(manifest.value(QStringLiteral("backup/format")).toInt(), 1);

        // Restored into a new, empty database: every table, row for row.
        TestDatabase target;
        QVERIFY2(target.isValid(), qPrintable(target.error()));
        const ServerProcess::Result restored = ServerProcess::run(
            {QStringLiteral("--db"), target.url(), QStringLiteral("--restore"), backup});
        QVERIFY2(restored.exitCode == 0, qPrintable(report(restored)));
        QVERIFY2(restored.out.contains(QLatin1String("5 bookings, 1 series, 2 teachers, 2 rooms")),
                 qPrintable(report(restored)));
        const QStringList original = contents(*m_source);
        QVERIFY(original.size() > 15);
        QCOMPARE(contents(target), original);

        // A second restore finds the database in use and leaves it alone.
        const ServerProcess::Result again = ServerProcess::run(
            {QStringLiteral("--db"), target.url(), QStringLiteral("--restore"), backup});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(
            again.err.contains(QStringLiteral("the database %1 is not empty").arg(target.name())),
            qPrintable(report(again)));
        QCOMPARE(contents(target), original);

        // The restored school works: a teacher logs in and finds the series' bookings.
        ServerProcess server;
        QVERIFY2(server.start(target.url()), qPrintable(server.error()));
        TestClient teacher;
        QVERIFY(teacher.open(server.url()));
        VERIFY_OK(teacher.login(QStringLiteral("t.one"), QStringLiteral("backup-1")));
        const QJsonObject mine = teacher.request(QStringLiteral("myBookings"),
                                                 {{QStringLiteral("from"), "2030-01-01T00:00:00Z"},
                                                  {QStringLiteral("to"), "2030-02-01T00:00:00Z"}});
        VERIFY_OK(mine);
        // Four weekly dates, one of them canceled.
        QCOMPARE(mine.value(QStringLiteral("bookings")).toArray().size(), 3);
    }

    void refusals() {
        const QString backup = path(QStringLiteral("refusals.rcbackup"));
        const ServerProcess::Result made = ServerProcess::run(
            {QStringLiteral("--db"), m_source->url(), QStringLiteral("--backup"), backup});
        QVERIFY2(made.exitCode == 0, qPrintable(report(made)));
        QVERIFY2(!made.out.contains(QLatin1String("with ")), qPrintable(report(made)));

        // Never over an existing file.
        const QByteArray before = fileBytes(backup);
        const ServerProcess::Result over = ServerProcess::run(
            {QStringLiteral("--db"), m_source->url(), QStringLiteral("--backup"), backup});
        QCOMPARE(over.exitCode, 1);
        QVERIFY2(over.err.contains(QLatin1String("already exists; nothing was written")),
                 qPrintable(report(over)));
        QCOMPARE(fileBytes(backup), before);

        TestDatabase empty;
        QVERIFY2(empty.isValid(), qPrintable(empty.error()));
        // Something that is not a backup.
        const QString junk = path(QStringLiteral("junk.rcbackup"));
        {
            QFile file(junk);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a tar file\n");
        }
        const ServerProcess::Result notBackup = ServerProcess::run(
            {QStringLiteral("--db"), empty.url(), QStringLiteral("--restore"), junk});
        QCOMPARE(notBackup.exitCode, 1);
        QVERIFY2(notBackup.err.contains(QLatin1String("is not a RoomClaim backup")),
                 qPrintable(report(notBackup)));

        // A backup of a newer schema than this server knows.
        const QString newer = path(QStringLiteral("newer"));
        QVERIFY(QDir().mkpath(newer));
        int status = -1;
        tar({QStringLiteral("-xf"), backup, QStringLiteral("-C"), newer}, &status);
        QCOMPARE(status, 0);
        {
            QSettings manifest(newer + QStringLiteral("/manifest.ini"), QSettings::IniFormat);
            manifest.setValue(QStringLiteral("backup/schemaVersion"), 999);
        }
        const QString newerBackup = path(QStringLiteral("newer.rcbackup"));
        tar({QStringLiteral("-cf"), newerBackup, QStringLiteral("-C"), newer,
             QStringLiteral("manifest.ini"), QStringLiteral("roomclaim.dump")},
            &status);
        QCOMPARE(status, 0);
        const ServerProcess::Result tooNew = ServerProcess::run(
            {QStringLiteral("--db"), empty.url(), QStringLiteral("--restore"), newerBackup});
        QCOMPARE(tooNew.exitCode, 1);
        QVERIFY2(
            tooNew.err.contains(QStringLiteral("is at schema version 999, newer than version %1")
                                    .arg(Migrator::latestVersion())),
            qPrintable(report(tooNew)));

        // Each refusal left the empty database empty.
        QCOMPARE(empty
                     .scalar(QStringLiteral("SELECT count(*) FROM pg_class WHERE relnamespace = "
                                            "'public'::regnamespace"))
                     .toInt(),
                 0);
        // --backup and --restore together make no sense.
        const ServerProcess::Result both =
            ServerProcess::run({QStringLiteral("--db"), empty.url(), QStringLiteral("--backup"),
                                path("x"), QStringLiteral("--restore"), backup});
        QCOMPARE(both.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_Backup)
#include "tst_backup.moc"
