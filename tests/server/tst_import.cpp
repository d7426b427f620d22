// SPDX-License-Identifier: GPL-3.0-or-later

#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// roomclaim-server's command line (contract section 2) and its CSV imports (section 3), run as
// the real executable against a real PostgreSQL database.
class tst_Import : public QObject {
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
    int m_fileCounter = 0;

    // Writes text (as UTF-8 bytes, exactly) to a new file and returns its path.
    QString writeFile(const QByteArray &bytes) {
        const QString path = m_dir.filePath(QStringLiteral("import-%1.csv").arg(++m_fileCounter));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    ServerProcess::Result import(const char *option, const QByteArray &csv) {
        return ServerProcess::run(
            {QLatin1String(option), writeFile(csv), QStringLiteral("--db"), m_db->url()});
    }
    ServerProcess::Result importRooms(const QByteArray &csv) {
        return import("--import-rooms", csv);
    }
    ServerProcess::Result importTeachers(const QByteArray &csv) {
        return import("--import-teachers", csv);
    }

    int count(const QString &table) const {
        return m_db->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
    }
    QString roomText(const QString &name, const QString &expression) const {
        return m_db
            ->scalar(QStringLiteral("SELECT %1 FROM rooms WHERE name = '%2'").arg(expression, name))
            .toString();
    }
    QString teacherText(const QString &username, const QString &column) const {
        return m_db
            ->scalar(QStringLiteral("SELECT %1 FROM teachers WHERE username = '%2'")
                         .arg(column, username))
            .toString();
    }
    // A fingerprint of a whole table, to prove a failed import changed nothing at all.
    QString snapshot(const QString &table) const {
        return m_db
            ->scalar(QStringLiteral(
                         "SELECT coalesce(string_agg(t::text, '|' ORDER BY t.id), '') FROM %1 t")
                         .arg(table))
            .toString();
    }

    static QString describe(const ServerProcess::Result &result) {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(result.exitCode)
            .arg(result.out, result.err);
    }

    // Contract section 2: one clear line on stderr and a non-zero exit, never a crash.
    static bool isOneLineFailure(const ServerProcess::Result &result, QString *why) {
        const QStringList lines = result.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (result.exitCode == -1)
            *why = QStringLiteral("crashed or timed out");
        else if (result.exitCode == 0)
            *why = QStringLiteral("exit status 0");
        else if (lines.size() != 1 || lines.first().trimmed().isEmpty())
            *why = QStringLiteral("stderr has %1 lines").arg(lines.size());
        else
            return true;
        *why += QLatin1Char('\n') + describe(result);
        return false;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // The servers started here inherit the environment: only --db may name the database.
        qunsetenv("ROOMCLAIM_DB");
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    }

    void cleanupTestCase() { m_db.reset(); }

    // --- rooms ---

    void importRooms() {
        const ServerProcess::Result result =
            importRooms("name,building,capacity,features\n"
                        "Room 101,Main,30,projector;Whiteboard\n"
                        "\"Lab 1, East\",Science,24, science lab ; projector \n"
                        "Music Room,Annex,18,\n");
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QCOMPARE(count(QStringLiteral("rooms")), 3);
        QCOMPARE(roomText(QStringLiteral("Room 101"), QStringLiteral("building")),
                 QStringLiteral("Main"));
        QCOMPARE(roomText(QStringLiteral("Room 101"), QStringLiteral("capacity")),
                 QStringLiteral("30"));
        // Features are split on ';', trimmed, lower-cased and sorted.
        QCOMPARE(
            roomText(QStringLiteral("Room 101"), QStringLiteral("array_to_string(features, '|')")),
            QStringLiteral("projector|whiteboard"));
        QCOMPARE(roomText(QStringLiteral("Lab 1, East"),
                          QStringLiteral("array_to_string(features, '|')")),
                 QStringLiteral("projector|science lab"));
        QCOMPARE(roomText(QStringLiteral("Lab 1, East"), QStringLiteral("capacity")),
                 QStringLiteral("24"));
        QCOMPARE(roomText(QStringLiteral("Music Room"), QStringLiteral("cardinality(features)")),
                 QStringLiteral("0"));
    }

    void reimportRoomsUpsertsByName() {
        const QString idBefore = roomText(QStringLiteral("Room 101"), QStringLiteral("id"));
        QVERIFY(!idBefore.isEmpty());
        const ServerProcess::Result result = importRooms("name,building,capacity,features\n"
                                                         "Room 101,North,40,piano\n"
                                                         "Room 102,Main,12,smartboard\n");
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QCOMPARE(count(QStringLiteral("rooms")), 4); // three before, one new, no duplicate
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM rooms WHERE name = 'Room 101'"))
                     .toInt(),
                 1);
        QCOMPARE(roomText(QStringLiteral("Room 101"), QStringLiteral("id")), idBefore);
        QCOMPARE(roomText(QStringLiteral("Room 101"), QStringLiteral("building")),
                 QStringLiteral("North"));
        QCOMPARE(roomText(QStringLiteral("Room 101"), QStringLiteral("capacity")),
                 QStringLiteral("40"));
        QCOMPARE(
            roomText(QStringLiteral("Room 101"), QStringLiteral("array_to_string(features, '|')")),
            QStringLiteral("piano"));
        // Rooms not in the second file stay as they were.
        QCOMPARE(roomText(QStringLiteral("Music Room"), QStringLiteral("capacity")),
                 QStringLiteral("18"));
    }

    void importRoomsFromSpreadsheetExport() {
        // What spreadsheet programs write: a byte order mark, CRLF, quoted fields, columns in any
        // order.
        const ServerProcess::Result result =
            importRooms("\xEF\xBB\xBF"
                        "Capacity,Name,Features,Building\r\n"
                        "32,\"Hall \"\"Big\"\"\",\"piano;projector\",\"Main\"\r\n");
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QCOMPARE(roomText(QStringLiteral("Hall \"Big\""), QStringLiteral("capacity")),
                 QStringLiteral("32"));
        QCOMPARE(roomText(QStringLiteral("Hall \"Big\""), QStringLiteral("building")),
                 QStringLiteral("Main"));
        QCOMPARE(roomText(QStringLiteral("Hall \"Big\""),
                          QStringLiteral("array_to_string(features, '|')")),
                 QStringLiteral("piano|projector"));
    }

    void brokenRoomFileWritesNothing_data() {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        // Every file also holds good rows: an update of Room 101 and a new room, neither may land.
        const QByteArray good = "name,building,capacity,features\n"
                                "Room 101,Moved,99,computers\n"
                                "Brand New Room,Main,20,projector\n";
        QTest::newRow("capacity not a number") << good + "Room 103,Main,lots,projector\n"
                                               << 4 << QStringLiteral("capacity 'lots'");
        QTest::newRow("negative capacity") << good + "Room 103,Main,-3,projector\n"
                                           << 4 << QStringLiteral("capacity '-3'");
        QTest::newRow("too few fields") << good + "Room 103,Main,30\n"
                                        << 4 << QStringLiteral("has 3 fields, the header has 4");
        QTest::newRow("too many fields") << good + "Room 103,Main,30,piano,extra\n"
                                         << 4 << QStringLiteral("has 5 fields, the header has 4");
        QTest::newRow("no name") << good + ",Main,30,piano\n" << 4 << QStringLiteral("no name");
        QTest::newRow("NUL character") << good + QByteArray("Room 1\0"
                                                            "03,Main,30,piano\n",
                                                            24)
                                       << 4 << QStringLiteral("NUL character");
        QTest::newRow("name too long") << good + QByteArray(101, 'R') + ",Main,30,piano\n"
                                       << 4 << QStringLiteral("at most 100 characters");
        QTest::newRow("name twice") << good + "Brand New Room,Annex,30,piano\n"
                                    << 4 << QStringLiteral("appears twice");
        QTest::newRow("unterminated quote")
            << good + "\"Room 103,Main,30,piano\nRoom 104,Main,30,piano\n"
            << 4 << QStringLiteral("never closed");
        QTest::newRow("text after closing quote") << good + "\"Room 103\"x,Main,30,piano\n"
                                                  << 4 << QStringLiteral("after a closing quote");
        QTest::newRow("missing header column")
            << QByteArray("name,building,capacity\nRoom 101,Moved,99\n") << 1
            << QStringLiteral("lacks the column 'features'");
        QTest::newRow("after a multi-line field")
            << QByteArray("name,building,capacity,features\n"
                          "Brand New Room,\"North\nWing\",20,projector\n"
                          "Room 101,Moved,99,computers\n"
                          "Room 103,Main,lots,projector\n")
            << 5 << QStringLiteral("capacity 'lots'");
        QTest::newRow("crlf") << QByteArray("name,building,capacity,features\r\n"
                                            "Room 101,Moved,99,computers\r\n"
                                            "Room 103,Main,30.5,projector\r\n")
                              << 3 << QStringLiteral("capacity '30.5'");
    }

    void brokenRoomFileWritesNothing() {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(QString, reason);
        const int roomsBefore = count(QStringLiteral("rooms"));
        QVERIFY(roomsBefore > 0);
        const QString before = snapshot(QStringLiteral("rooms"));

        const ServerProcess::Result result = importRooms(csv);
        QVERIFY2(result.exitCode == 2, qPrintable(describe(result)));
        QVERIFY2(result.err.contains(QStringLiteral("line %1: ").arg(line)),
                 qPrintable(describe(result)));
        QVERIFY2(result.err.contains(reason), qPrintable(describe(result)));
        // The good rows of the same file are not written either.
        QCOMPARE(count(QStringLiteral("rooms")), roomsBefore);
        QCOMPARE(
            m_db->scalar(QStringLiteral("SELECT count(*) FROM rooms WHERE name = 'Brand New Room'"))
                .toInt(),
            0);
        QCOMPARE(snapshot(QStringLiteral("rooms")), before);
    }

    void unreadableImportFile() {
        const ServerProcess::Result result = ServerProcess::run(
            {QStringLiteral("--import-rooms"), m_dir.filePath(QStringLiteral("no-such-file.csv")),
             QStringLiteral("--db"), m_db->url()});
        QVERIFY2(result.exitCode == 2, qPrintable(describe(result)));
        QVERIFY2(result.err.contains(QStringLiteral("no-such-file.csv")),
                 qPrintable(describe(result)));
    }

    // --- teachers ---

    void importTeachersHashesPasswords() {
        const ServerProcess::Result result =
            importTeachers("username,name,email,role,password\n"
                           "j.smith,\"Smith, Jane\",jane@school.example,teacher,same-secret-1\n"
                           "b.jones,Bob Jones,,Admin,same-secret-1\n");
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QCOMPARE(count(QStringLiteral("teachers")), 2);
        QCOMPARE(teacherText(QStringLiteral("j.smith"), QStringLiteral("name")),
                 QStringLiteral("Smith, Jane"));
        QCOMPARE(teacherText(QStringLiteral("j.smith"), QStringLiteral("email")),
                 QStringLiteral("jane@school.example"));
        QCOMPARE(teacherText(QStringLiteral("j.smith"), QStringLiteral("role")),
                 QStringLiteral("teacher"));
        QCOMPARE(teacherText(QStringLiteral("b.jones"), QStringLiteral("role")),
                 QStringLiteral("admin"));

        const QString smith =
            teacherText(QStringLiteral("j.smith"), QStringLiteral("password_hash"));
        const QString jones =
            teacherText(QStringLiteral("b.jones"), QStringLiteral("password_hash"));
        for (const QString &hash : {smith, jones}) {
            QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$v=19$")), qPrintable(hash));
            QVERIFY2(!hash.contains(QStringLiteral("same-secret-1")), qPrintable(hash));
            const QStringList parts = hash.split(QLatin1Char('$'));
            QCOMPARE(parts.size(), 6);
            // Slow on purpose: libsodium's interactive limits or more (64 MiB, 2 passes).
            static const QRegularExpression limits(QStringLiteral("^m=(\\d+),t=(\\d+),p=\\d+$"));
            const QRegularExpressionMatch match = limits.match(parts.at(3));
            QVERIFY2(match.hasMatch(), qPrintable(hash));
            QVERIFY2(match.captured(1).toInt() >= 65536 && match.captured(2).toInt() >= 2,
                     qPrintable(hash));
            QVERIFY(QByteArray::fromBase64(parts.at(4).toLatin1()).size() >= 16); // the salt
        }
        // Same password, different salt, different hash.
        QVERIFY(smith != jones);
        QVERIFY(smith.split(QLatin1Char('$')).at(4) != jones.split(QLatin1Char('$')).at(4));
        // Nowhere in the table either.
        QCOMPARE(m_db
                     ->scalar(QStringLiteral(
                         "SELECT count(*) FROM teachers t WHERE t::text LIKE '%same-secret-1%'"))
                     .toInt(),
                 0);
    }

    void reimportTeachersUpsertsByUsername() {
        const QString idBefore = teacherText(QStringLiteral("j.smith"), QStringLiteral("id"));
        const QString jonesHash =
            teacherText(QStringLiteral("b.jones"), QStringLiteral("password_hash"));
        const ServerProcess::Result result =
            importTeachers("username,name,email,role,password\n"
                           "j.smith,Jane Smith-Brown,jsb@school.example,admin,new-secret-2\n"
                           "b.jones,Bob Jones,,admin,\n"
                           "c.new,Carol New,,teacher,carols-secret\n");
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QCOMPARE(count(QStringLiteral("teachers")), 3);
        QCOMPARE(
            m_db->scalar(QStringLiteral("SELECT count(*) FROM teachers WHERE username = 'j.smith'"))
                .toInt(),
            1);
        QCOMPARE(teacherText(QStringLiteral("j.smith"), QStringLiteral("id")), idBefore);
        QCOMPARE(teacherText(QStringLiteral("j.smith"), QStringLiteral("name")),
                 QStringLiteral("Jane Smith-Brown"));
        QCOMPARE(teacherText(QStringLiteral("j.smith"), QStringLiteral("email")),
                 QStringLiteral("jsb@school.example"));
        QCOMPARE(teacherText(QStringLiteral("j.smith"), QStringLiteral("role")),
                 QStringLiteral("admin"));
        // An empty password keeps the one the teacher already has.
        QCOMPARE(teacherText(QStringLiteral("b.jones"), QStringLiteral("password_hash")),
                 jonesHash);
    }

    void brokenTeacherFileWritesNothing_data() {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        const QByteArray good = "username,name,email,role,password\n"
                                "j.smith,Renamed Jane,,teacher,changed-pass\n"
                                "d.fresh,Dan Fresh,,teacher,dans-secret\n";
        QTest::newRow("unknown role") << good + "e.x,Eve X,,janitor,eves-secret\n"
                                      << 4 << QStringLiteral("role 'janitor'");
        QTest::newRow("wrong field count") << good + "e.x,Eve X,teacher,eves-secret\n"
                                           << 4 << QStringLiteral("has 4 fields, the header has 5");
        QTest::newRow("new teacher without password") << good + "e.x,Eve X,,teacher,\n"
                                                      << 4 << QStringLiteral("needs a password");
        QTest::newRow("short password") << good + "e.x,Eve X,,teacher,abc\n"
                                        << 4 << QStringLiteral("at least");
        QTest::newRow("bad username") << good + "e x,Eve X,,teacher,eves-secret\n"
                                      << 4 << QStringLiteral("username 'e x'");
        QTest::newRow("no name") << good + "e.x,,,teacher,eves-secret\n"
                                 << 4 << QStringLiteral("no name");
        QTest::newRow("bad email") << good + "e.x,Eve X,not-an-email,teacher,eves-secret\n"
                                   << 4 << QStringLiteral("email 'not-an-email'");
        QTest::newRow("unterminated quote") << good + "e.x,\"Eve X,,teacher,eves-secret\n"
                                            << 4 << QStringLiteral("never closed");
        QTest::newRow("missing header column")
            << QByteArray("username,name,email,role\nj.smith,Renamed Jane,,teacher\n") << 1
            << QStringLiteral("lacks the column 'password'");
    }

    void brokenTeacherFileWritesNothing() {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(QString, reason);
        const int teachersBefore = count(QStringLiteral("teachers"));
        QVERIFY(teachersBefore > 0);
        const QString before = snapshot(QStringLiteral("teachers"));

        const ServerProcess::Result result = importTeachers(csv);
        QVERIFY2(result.exitCode == 2, qPrintable(describe(result)));
        QVERIFY2(result.err.contains(QStringLiteral("line %1: ").arg(line)),
                 qPrintable(describe(result)));
        QVERIFY2(result.err.contains(reason), qPrintable(describe(result)));
        QCOMPARE(count(QStringLiteral("teachers")), teachersBefore);
        QCOMPARE(
            m_db->scalar(QStringLiteral("SELECT count(*) FROM teachers WHERE username = 'd.fresh'"))
                .toInt(),
            0);
        QCOMPARE(snapshot(QStringLiteral("teachers")), before);
    }

    // One command importing rooms and teachers is all or nothing across both files.
    void combinedImportWithOneBadFileWritesNothing() {
        const QString roomsBefore = snapshot(QStringLiteral("rooms"));
        const QString teachersBefore = snapshot(QStringLiteral("teachers"));
        const QString rooms =
            writeFile("name,building,capacity,features\nRoom Combined,Main,20,projector\n");
        const QString teachers =
            writeFile("username,name,email,role,password\n"
                      "c.ok,Combined Ok,c@school.example,teacher,secret-1\n"
                      "c.bad,Combined Bad,c2@school.example,janitor,secret-2\n");
        const ServerProcess::Result result = ServerProcess::run(
            {QStringLiteral("--import-rooms"), rooms, QStringLiteral("--import-teachers"), teachers,
             QStringLiteral("--db"), m_db->url()});
        QVERIFY2(result.exitCode == 2, qPrintable(describe(result)));
        QVERIFY2(result.err.contains(QStringLiteral("line 3: ")), qPrintable(describe(result)));
        QCOMPARE(snapshot(QStringLiteral("rooms")), roomsBefore);
        QCOMPARE(snapshot(QStringLiteral("teachers")), teachersBefore);
    }

    void importedTeachersCanLogIn() {
        ServerProcess server;
        QVERIFY2(server.start(m_db->url()), qPrintable(server.error()));
        TestClient client;
        QVERIFY(client.open(server.url()));

        // j.smith's password was replaced by the re-import.
        const QJsonObject smith =
            client.login(QStringLiteral("j.smith"), QStringLiteral("new-secret-2"));
        QVERIFY2(smith.value(QStringLiteral("ok")).toBool(),
                 QJsonDocument(smith).toJson().constData());
        const QJsonObject teacher = smith.value(QStringLiteral("teacher")).toObject();
        QCOMPARE(teacher.value(QStringLiteral("username")).toString(), QStringLiteral("j.smith"));
        QCOMPARE(teacher.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Jane Smith-Brown"));
        QCOMPARE(teacher.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
        QVERIFY(!smith.value(QStringLiteral("token")).toString().isEmpty());

        // An import while the server runs tells logged-in clients the rooms changed.
        const ServerProcess::Result rooms =
            importRooms("name,building,capacity,features\nRoom 105,Main,25,\n");
        QVERIFY2(rooms.exitCode == 0, qPrintable(describe(rooms)));
        QVERIFY(!client.waitForEvent(QStringLiteral("roomsChanged"), 15000).isEmpty());
        const QJsonObject listed = client.request(QStringLiteral("listRooms"));
        QVERIFY(listed.value(QStringLiteral("ok")).toBool());
        bool found = false;
        for (const QJsonValue &room : listed.value(QStringLiteral("rooms")).toArray())
            found = found || room.toObject().value(QStringLiteral("name")).toString() ==
                                 QStringLiteral("Room 105");
        QVERIFY(found);

        TestClient other;
        QVERIFY(other.open(server.url()));
        const QJsonObject jones =
            other.login(QStringLiteral("b.jones"), QStringLiteral("same-secret-1"));
        QVERIFY2(jones.value(QStringLiteral("ok")).toBool(),
                 QJsonDocument(jones).toJson().constData());
        QCOMPARE(jones.value(QStringLiteral("teacher"))
                     .toObject()
                     .value(QStringLiteral("role"))
                     .toString(),
                 QStringLiteral("admin"));

        TestClient carol;
        QVERIFY(carol.open(server.url()));
        const QJsonObject oldPassword =
            carol.login(QStringLiteral("j.smith"), QStringLiteral("same-secret-1"));
        QCOMPARE(oldPassword.value(QStringLiteral("ok")), QJsonValue(false));
        QCOMPARE(oldPassword.value(QStringLiteral("status")).toInt(), 401);
        QCOMPARE(oldPassword.value(QStringLiteral("code")).toString(),
                 QStringLiteral("AUTH_FAILED"));
        const QJsonObject hashAsPassword =
            carol.login(QStringLiteral("c.new"),
                        teacherText(QStringLiteral("c.new"), QStringLiteral("password_hash")));
        QCOMPARE(hashAsPassword.value(QStringLiteral("code")).toString(),
                 QStringLiteral("AUTH_FAILED"));
        const QJsonObject carolLogin =
            carol.login(QStringLiteral("c.new"), QStringLiteral("carols-secret"));
        QVERIFY2(carolLogin.value(QStringLiteral("ok")).toBool(),
                 QJsonDocument(carolLogin).toJson().constData());
        QCOMPARE(carolLogin.value(QStringLiteral("teacher"))
                     .toObject()
                     .value(QStringLiteral("role"))
                     .toString(),
                 QStringLiteral("teacher"));
    }

    // --- bell schedule and calendar (contract section 4) ---

    QString periodsOf(int weekday) const {
        return m_db
            ->scalar(QStringLiteral("SELECT coalesce(string_agg(name || ' ' || "
                                    "to_char(start_time, 'HH24:MI') || '-' || "
                                    "to_char(end_time, 'HH24:MI'), ', ' ORDER BY start_time), '') "
                                    "FROM periods WHERE weekday = %1")
                         .arg(weekday))
            .toString();
    }
    QString calendarText() const {
        return m_db
            ->scalar(QStringLiteral(
                "SELECT string_agg(x, '; ' ORDER BY x) FROM ("
                "SELECT concat_ws(' ', 'term', name, first_day, last_day, "
                "array_to_string(week_cycle, '/')) AS x FROM terms UNION ALL "
                "SELECT concat_ws(' ', 'closed', name, first_day, last_day) FROM closed_days) c"))
            .toString();
    }

    void importPeriodsPerWeekday() {
        const ServerProcess::Result result =
            import("--import-periods", "Weekdays,Name,Start,End\r\n"
                                       "Mon-Thu,Period 1,08:30,09:20\r\n"
                                       "Mon-Thu,Period 2,09:25,10:15\r\n"
                                       "Fri,Period 1,08:30,09:10\r\n"
                                       "Fri,Period 2,9:15,09:55\r\n"
                                       "mon;wed,Clubs,15:00,16:00\r\n"
                                       "\"Sat;Sun\",Open day,10:00,12:00\r\n");
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QVERIFY2(result.out.contains(QLatin1String(": 14 periods")), qPrintable(describe(result)));
        const QString monday = QStringLiteral("Period 1 08:30-09:20, Period 2 09:25-10:15");
        QCOMPARE(periodsOf(1), monday + QStringLiteral(", Clubs 15:00-16:00"));
        QCOMPARE(periodsOf(2), monday);
        QCOMPARE(periodsOf(3), monday + QStringLiteral(", Clubs 15:00-16:00"));
        QCOMPARE(periodsOf(4), monday);
        QCOMPARE(periodsOf(5), QStringLiteral("Period 1 08:30-09:10, Period 2 09:15-09:55"));
        QCOMPARE(periodsOf(6), QStringLiteral("Open day 10:00-12:00"));
        QCOMPARE(periodsOf(7), QStringLiteral("Open day 10:00-12:00"));

        // A second import replaces the whole schedule.
        const ServerProcess::Result again =
            import("--import-periods", "weekdays,name,start,end\n"
                                       "Mon-Fri,Lesson,09:00,10:00\n");
        QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
        QCOMPARE(count(QStringLiteral("periods")), 5);
        QCOMPARE(periodsOf(3), QStringLiteral("Lesson 09:00-10:00"));
        QCOMPARE(periodsOf(6), QString());
    }

    void brokenPeriodFileWritesNothing_data() {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        const QByteArray good = "weekdays,name,start,end\n"
                                "Mon-Fri,Period 1,08:30,09:20\n"
                                "Mon-Thu,Period 2,09:25,10:15\n";
        QTest::newRow("overlap on one weekday")
            << good + "Wed,Assembly,10:00,10:30\n"
            << 4 << QStringLiteral("Period 2 overlaps Assembly on Wed (line 3)");
        QTest::newRow("overlap inside a range")
            << good + "Tue-Fri,Period 2b,09:00,09:30\n"
            << 4 << QStringLiteral("Period 1 overlaps Period 2b on Tue (line 2)");
        QTest::newRow("weekday not a day") << good + "Mnd,Period 3,10:35,11:25\n"
                                           << 4 << QStringLiteral("'Mnd' is not a weekday");
        QTest::newRow("weekday range backwards")
            << good + "Fri-Mon,Period 3,10:35,11:25\n"
            << 4 << QStringLiteral("'Fri-Mon' is not a weekday");
        QTest::newRow("empty weekday") << good + ",Period 3,10:35,11:25\n"
                                       << 4 << QStringLiteral("is not a weekday");
        QTest::newRow("time not a time") << good + "Mon,Period 3,10.35,11:25\n"
                                         << 4 << QStringLiteral("start '10.35' is not a time");
        QTest::newRow("hour out of range") << good + "Mon,Period 3,10:35,25:00\n"
                                           << 4 << QStringLiteral("end '25:00' is not a time");
        QTest::newRow("ends before it starts") << good + "Mon,Period 3,11:25,10:35\n"
                                               << 4 << QStringLiteral("must end after it starts");
        QTest::newRow("no name") << good + "Mon,,10:35,11:25\n" << 4 << QStringLiteral("no name");
        QTest::newRow("missing column") << QByteArray("weekdays,name,start\nMon,P1,08:30\n") << 1
                                        << QStringLiteral("lacks the column 'end'");
        QTest::newRow("no periods at all")
            << QByteArray("weekdays,name,start,end\n") << 1 << QStringLiteral("no periods");
    }

    void brokenPeriodFileWritesNothing() {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(QString, reason);
        const QString before = snapshot(QStringLiteral("periods"));
        QVERIFY(!before.isEmpty());
        const ServerProcess::Result result = import("--import-periods", csv);
        QVERIFY2(result.exitCode == 2, qPrintable(describe(result)));
        QVERIFY2(result.err.contains(QStringLiteral(".csv line %1: ").arg(line)),
                 qPrintable(describe(result)));
        QVERIFY2(result.err.contains(reason), qPrintable(describe(result)));
        QVERIFY2(result.err.contains(QLatin1String("nothing was imported")),
                 qPrintable(describe(result)));
        QCOMPARE(snapshot(QStringLiteral("periods")), before);
    }

    void importCalendar() {
        const ServerProcess::Result result =
            import("--import-calendar", "kind,name,first,last,weeks\n"
                                        "term,Autumn term,2027-09-01,2027-12-17,A;B\n"
                                        "closed,Half term,2027-10-25,2027-10-29,\n"
                                        "Term,Spring term,2028-01-04,2028-03-31,\n"
                                        "closed,Inset day,2028-01-04,2028-01-04,\n");
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QVERIFY2(result.out.contains(QLatin1String("2 terms, 2 closed ranges")),
                 qPrintable(describe(result)));
        QCOMPARE(calendarText(), QStringLiteral("closed Half term 2027-10-25 2027-10-29; "
                                                "closed Inset day 2028-01-04 2028-01-04; "
                                                "term Autumn term 2027-09-01 2027-12-17 A/B; "
                                                "term Spring term 2028-01-04 2028-03-31 "));
        // A second import replaces the whole calendar.
        const ServerProcess::Result again =
            import("--import-calendar", "kind,name,first,last,weeks\n"
                                        "term,Year,2027-09-01,2028-07-20,Week 1;Week 2;Week 3\n");
        QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
        QCOMPARE(calendarText(),
                 QStringLiteral("term Year 2027-09-01 2028-07-20 Week 1/Week 2/Week 3"));
    }

    void brokenCalendarFileWritesNothing_data() {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        const QByteArray good = "kind,name,first,last,weeks\n"
                                "term,Autumn term,2027-09-01,2027-12-17,A;B\n"
                                "closed,Half term,2027-10-25,2027-10-29,\n";
        QTest::newRow("overlapping terms")
            << good + "term,Spring term,2027-12-10,2028-03-31,\n"
            << 4 << QStringLiteral("term 'Spring term' overlaps term 'Autumn term'");
        QTest::newRow("closed outside every term")
            << good + "closed,Christmas,2027-12-20,2028-01-03,\n"
            << 4 << QStringLiteral("'Christmas' (2027-12-20 to 2028-01-03) is not inside a term");
        QTest::newRow("closed range leaving its term")
            << good + "closed,Last week,2027-12-13,2027-12-24,\n"
            << 4 << QStringLiteral("is not inside a term");
        QTest::newRow("last before first")
            << good + "term,Spring term,2028-03-31,2028-01-04,\n"
            << 4 << QStringLiteral("ends (2028-01-04) before it starts (2028-03-31)");
        QTest::newRow("no such date") << good + "closed,Inset day,2027-02-30,2027-02-30,\n"
                                      << 4 << QStringLiteral("first '2027-02-30' is not a date");
        QTest::newRow("not a date") << good + "term,Spring term,2028-01-04,31/03/2028,\n"
                                    << 4 << QStringLiteral("last '31/03/2028' is not a date");
        QTest::newRow("unknown kind")
            << good + "holiday,Easter,2028-04-01,2028-04-14,\n"
            << 4 << QStringLiteral("kind 'holiday' must be 'term' or 'closed'");
        QTest::newRow("weeks on a closed range")
            << good + "closed,Inset day,2027-11-01,2027-11-01,A\n"
            << 4 << QStringLiteral("only a term has weeks");
        QTest::newRow("empty week label") << good + "term,Spring term,2028-01-04,2028-03-31,A;;B\n"
                                          << 4 << QStringLiteral("week label");
        QTest::newRow("no name") << good + "term,,2028-01-04,2028-03-31,\n"
                                 << 4 << QStringLiteral("has no name");
        QTest::newRow("missing column") << QByteArray("kind,name,first,last\n") << 1
                                        << QStringLiteral("lacks the column 'weeks'");
    }

    void brokenCalendarFileWritesNothing() {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(QString, reason);
        const QString terms = snapshot(QStringLiteral("terms"));
        const QString closed = snapshot(QStringLiteral("closed_days"));
        QVERIFY(!terms.isEmpty());
        const ServerProcess::Result result = import("--import-calendar", csv);
        QVERIFY2(result.exitCode == 2, qPrintable(describe(result)));
        QVERIFY2(result.err.contains(QStringLiteral(".csv line %1: ").arg(line)),
                 qPrintable(describe(result)));
        QVERIFY2(result.err.contains(reason), qPrintable(describe(result)));
        QCOMPARE(snapshot(QStringLiteral("terms")), terms);
        QCOMPARE(snapshot(QStringLiteral("closed_days")), closed);
    }

    void oneBadFileStopsEveryImportOfTheCommand() {
        const QString periods = snapshot(QStringLiteral("periods"));
        const QString terms = snapshot(QStringLiteral("terms"));
        const ServerProcess::Result result = ServerProcess::run(
            {QStringLiteral("--import-periods"),
             writeFile("weekdays,name,start,end\nMon-Fri,Early,07:00,08:00\n"),
             QStringLiteral("--import-calendar"),
             writeFile("kind,name,first,last,weeks\nterm,Broken,2027-09-01,2027-08-01,\n"),
             QStringLiteral("--db"), m_db->url()});
        QVERIFY2(result.exitCode == 2, qPrintable(describe(result)));
        QVERIFY2(result.err.contains(QLatin1String("line 2: term 'Broken' ends")),
                 qPrintable(describe(result)));
        QCOMPARE(snapshot(QStringLiteral("periods")), periods);
        QCOMPARE(snapshot(QStringLiteral("terms")), terms);
    }

    void calendarOptionsInHelp() {
        const ServerProcess::Result help = ServerProcess::run({QStringLiteral("--help")});
        for (const char *option : {"--import-periods", "--import-calendar", "--time-zone"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
    }

    // --- command line rules ---

    void migrateIsIdempotent() {
        TestDatabase fresh;
        QVERIFY2(fresh.isValid(), qPrintable(fresh.error()));
        const ServerProcess::Result first =
            ServerProcess::run({QStringLiteral("--migrate"), QStringLiteral("--db"), fresh.url()});
        QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
        const int version =
            fresh.scalar(QStringLiteral("SELECT max(version) FROM schema_migrations")).toInt();
        const int applied =
            fresh.scalar(QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt();
        QVERIFY(version >= 1);
        for (const QString &table :
             {QStringLiteral("rooms"), QStringLiteral("teachers"), QStringLiteral("bookings"),
              QStringLiteral("locks"), QStringLiteral("periods"), QStringLiteral("sessions")}) {
            QVERIFY2(fresh.scalar(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(table))
                         .toBool(),
                     qPrintable(table));
        }
        // --migrate only migrates: no demo data, no rows.
        QCOMPARE(fresh.scalar(QStringLiteral("SELECT count(*) FROM rooms")).toInt(), 0);

        const ServerProcess::Result second =
            ServerProcess::run({QStringLiteral("--migrate"), QStringLiteral("--db"), fresh.url()});
        QVERIFY2(second.exitCode == 0, qPrintable(describe(second)));
        QCOMPARE(fresh.scalar(QStringLiteral("SELECT max(version) FROM schema_migrations")).toInt(),
                 version);
        QCOMPARE(fresh.scalar(QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt(),
                 applied);
    }

    void helpAndVersion() {
        const ServerProcess::Result help = ServerProcess::run({QStringLiteral("--help")});
        QVERIFY2(help.exitCode == 0, qPrintable(describe(help)));
        for (const QString &option :
             {QStringLiteral("--db"), QStringLiteral("--listen"), QStringLiteral("--headless"),
              QStringLiteral("--config"), QStringLiteral("--migrate"),
              QStringLiteral("--import-rooms"), QStringLiteral("--import-teachers"),
              QStringLiteral("--demo"), QStringLiteral("--version")}) {
            QVERIFY2(help.out.contains(option), qPrintable(option));
        }
        QVERIFY2(help.out.contains(QStringLiteral("Usage: roomclaim-server")),
                 qPrintable(help.out));
        QVERIFY2(help.err.isEmpty(), qPrintable(help.err));

        const ServerProcess::Result version = ServerProcess::run({QStringLiteral("--version")});
        QVERIFY2(version.exitCode == 0, qPrintable(describe(version)));
        QVERIFY2(QRegularExpression(QStringLiteral("^roomclaim-server \\d+\\.\\d+\\.\\d+\\s*$"))
                     .match(version.out)
                     .hasMatch(),
                 qPrintable(version.out));
        QVERIFY2(version.err.isEmpty(), qPrintable(version.err));
    }

    void badCommandLines_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QString db = m_db->url();
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("option missing its value")
            << QStringList{QStringLiteral("--db")} << QStringLiteral("--db");
        QTest::newRow("stray argument")
            << QStringList{QStringLiteral("--db"), db, QStringLiteral("extra")}
            << QStringLiteral("extra");
        QTest::newRow("no database")
            << QStringList{QStringLiteral("--migrate")} << QStringLiteral("database");
        QTest::newRow("db not a URL")
            << QStringList{QStringLiteral("--db"), QStringLiteral("not a url"),
                           QStringLiteral("--migrate")}
            << QStringLiteral("--db");
        QTest::newRow("db wrong scheme")
            << QStringList{QStringLiteral("--db"), QStringLiteral("mysql://u:p@127.0.0.1/x")}
            << QStringLiteral("--db");
        QTest::newRow("db without name")
            << QStringList{QStringLiteral("--db"), QStringLiteral("postgresql://u@127.0.0.1")}
            << QStringLiteral("--db");
        QTest::newRow("bad listen")
            << QStringList{QStringLiteral("--db"), db, QStringLiteral("--listen"),
                           QStringLiteral("7400")}
            << QStringLiteral("--listen");
        QTest::newRow("listen port out of range")
            << QStringList{QStringLiteral("--db"), db, QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:70000")}
            << QStringLiteral("--listen");
        QTest::newRow("unreachable database")
            << QStringList{QStringLiteral("--db"),
                           QStringLiteral("postgresql://roomclaim:roomclaim@127.0.0.1:1/roomclaim"),
                           QStringLiteral("--headless"), QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:0")}
            << QStringLiteral("cannot connect");
        QTest::newRow("unreachable database, migrate")
            << QStringList{QStringLiteral("--migrate"), QStringLiteral("--db"),
                           QStringLiteral("postgresql://roomclaim:roomclaim@127.0.0.1:1/roomclaim")}
            << QStringLiteral("cannot connect");
        QTest::newRow("database does not exist")
            << QStringList{QStringLiteral("--migrate"), QStringLiteral("--db"),
                           QUrl(db)
                               .resolved(QUrl(QStringLiteral("/no_such_database_rc")))
                               .toString()}
            << QStringLiteral("no_such_database_rc");
        QTest::newRow("unknown time zone")
            << QStringList{QStringLiteral("--db"), db, QStringLiteral("--time-zone"),
                           QStringLiteral("Europe/Atlantis")}
            << QStringLiteral("Europe/Atlantis");
        QTest::newRow("unreadable config")
            << QStringList{QStringLiteral("--config"), QStringLiteral("/nonexistent/roomclaim.ini")}
            << QStringLiteral("/nonexistent/roomclaim.ini");
    }

    void badCommandLines() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const ServerProcess::Result result = ServerProcess::run(arguments);
        QString why;
        QVERIFY2(isOneLineFailure(result, &why), qPrintable(why));
        QVERIFY2(result.err.contains(mentions), qPrintable(describe(result)));
    }

    void portInUse() {
        ServerProcess holder;
        QVERIFY2(holder.start(m_db->url()), qPrintable(holder.error()));
        QVERIFY(holder.port() > 0);

        const ServerProcess::Result result = ServerProcess::run(
            {QStringLiteral("--headless"), QStringLiteral("--db"), m_db->url(),
             QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(holder.port())});
        QString why;
        QVERIFY2(isOneLineFailure(result, &why), qPrintable(why));
        QVERIFY2(result.err.contains(QString::number(holder.port())), qPrintable(describe(result)));
        // The first server is unharmed.
        QVERIFY(holder.isRunning());
        TestClient client;
        QVERIFY(client.open(holder.url()));
    }
};

QTEST_GUILESS_MAIN(tst_Import)
#include "tst_import.moc"
