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
#include <QSqlDatabase>
#include <QtTest>

#include <algorithm>
#include <memory>

namespace {
// A time `days` days from today at +01:00, as a client writes it.
QString at(int days, int hour, int minute) {
    const QDateTime time(QDate::currentDate().addDays(days), QTime(hour, minute), Qt::OffsetFromUTC,
                         3600);
    return time.toString(Qt::ISODate);
}

QJsonObject span(const QString &from, const QString &to) {
    return {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
}

QList<qint64> ids(const QJsonArray &entries) {
    QList<qint64> result;
    for (const QJsonValue &entry : entries)
        result << entry.toObject().value(QStringLiteral("id")).toInteger();
    return result;
}

QJsonObject byId(const QJsonArray &entries, qint64 id) {
    for (const QJsonValue &entry : entries)
        if (entry.toObject().value(QStringLiteral("id")).toInteger() == id)
            return entry.toObject();
    return {};
}
} // namespace

// The listings (listRooms, searchRooms, listBookings, myBookings) on a real server: every field
// of every booking and room as the other replies and events carry them, whatever the text holds;
// the search by time over every room (migration 007's index) with canceled bookings, bookings
// across midnight and held locks; and a version-6 school upgraded to it with its data intact.
class tst_Listings : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void listingsCarryEveryFieldAsTheBookingItself();
    void roomsCarryEveryFieldAndFavouritesComeFirst();
    void searchAndListingsByTimeOverEveryRoom();
    void versionSixSchoolUpgradesWithItsData();

private:
    std::unique_ptr<TestClient> loggedIn(const QString &username, const QString &password);
    qint64 roomId(const QString &name) const;
    QJsonObject book(TestClient &client, qint64 room, const QString &start, const QString &end,
                     const QString &purpose);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
};

void tst_Listings::init() {
    if (QString(QTest::currentTestFunction()) ==
        QLatin1String("versionSixSchoolUpgradesWithItsData"))
        return;
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(m_db->url(), {QStringLiteral("--demo")}),
             qPrintable(m_server->error()));
}

void tst_Listings::cleanup() {
    if (QTest::currentTestFailed() && m_server)
        qWarning().noquote() << "server log:\n" << m_server->output().right(4000);
    m_server.reset();
    if (QSqlDatabase::contains(QStringLiteral("test-db")))
        QSqlDatabase::database(QStringLiteral("test-db"), false).close();
    m_db.reset();
}

std::unique_ptr<TestClient> tst_Listings::loggedIn(const QString &username,
                                                   const QString &password) {
    auto client = std::make_unique<TestClient>();
    if (!client->open(m_server->url()))
        return nullptr;
    if (!client->login(username, password).value(QStringLiteral("ok")).toBool())
        return nullptr;
    return client;
}

qint64 tst_Listings::roomId(const QString &name) const {
    return m_db->scalar(QStringLiteral("SELECT id FROM rooms WHERE name = '%1'").arg(name))
        .toLongLong();
}

QJsonObject tst_Listings::book(TestClient &client, qint64 room, const QString &start,
                               const QString &end, const QString &purpose) {
    const QJsonObject reply =
        client.request(QStringLiteral("confirmBooking"), {{QStringLiteral("roomId"), room},
                                                          {QStringLiteral("start"), start},
                                                          {QStringLiteral("end"), end},
                                                          {QStringLiteral("purpose"), purpose}});
    return reply.value(QStringLiteral("booking")).toObject();
}

void tst_Listings::listingsCarryEveryFieldAsTheBookingItself() {
    const auto a = loggedIn(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    QVERIFY(a);
    // Names and purposes with everything JSON must escape, and text beyond ASCII.
    QVERIFY(m_db->exec(
        QStringLiteral("UPDATE teachers SET name = E'Anna \"Nan\" M\\u00fcller\\\\Smith' WHERE "
                       "username = 'teacher.a'; UPDATE rooms SET name = E'Raum \\u00e4\\t7 "
                       "\\u6570\\u5b66' WHERE name = 'Room 101'")));
    const auto again = loggedIn(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    QVERIFY(again);
    const qint64 room = roomId(QStringLiteral("Room 102"));
    const QStringList purposes = {
        QStringLiteral("7B \"Maths\" \\ back\\slash"), QStringLiteral("line\nbreak\ttab\r"),
        QStringLiteral("control \x01\x1f end"), QString::fromUtf8("Müller – 数学 😀"), QString()};
    QList<QJsonObject> booked;
    for (int i = 0; i < purposes.size(); ++i) {
        booked << book(*again,
                       i == 0 ? roomId(QStringLiteral("Raum \u00e4\t7 \u6570\u5b66")) : room,
                       at(2, 8 + i, 0), at(2, 8 + i, 45), purposes.at(i));
        QVERIFY2(!booked.last().isEmpty(), qPrintable(purposes.at(i)));
    }
    // A booking of a series: its seriesId is a number, the others' null.
    QVERIFY(m_db->exec(
        QStringLiteral(
            "INSERT INTO series (room_id, teacher_id, every, until_day, purpose) SELECT %1, id, "
            "'week', current_date + 30, 'Series' FROM teachers WHERE username = 'teacher.a'")
            .arg(room)));
    const qint64 seriesId = m_db->scalar(QStringLiteral("SELECT max(id) FROM series")).toLongLong();
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO bookings (room_id, teacher_id, during, purpose, "
                                      "series_id) SELECT %1, id, tstzrange('%2', '%3'), 'Series', "
                                      "%4 FROM teachers WHERE username = 'teacher.a'")
                           .arg(room)
                           .arg(Rfc3339::parse(at(2, 15, 0)).toUTC().toString(Qt::ISODate),
                                Rfc3339::parse(at(2, 15, 45)).toUTC().toString(Qt::ISODate))
                           .arg(seriesId)));

    const QJsonObject listed =
        again->request(QStringLiteral("listBookings"), span(at(2, 0, 0), at(3, 0, 0)));
    VERIFY_OK(listed);
    const QJsonObject mine =
        again->request(QStringLiteral("myBookings"), span(at(2, 0, 0), at(3, 0, 0)));
    VERIFY_OK(mine);
    const QJsonObject ofRoom =
        again->request(QStringLiteral("listBookings"), {{QStringLiteral("from"), at(2, 0, 0)},
                                                        {QStringLiteral("to"), at(3, 0, 0)},
                                                        {QStringLiteral("roomId"), room}});
    VERIFY_OK(ofRoom);
    for (const QJsonObject &booking : booked) {
        const qint64 id = booking.value(QStringLiteral("id")).toInteger();
        // Exactly the object confirmBooking answered: every member, value and type.
        QCOMPARE(byId(listed.value(QStringLiteral("bookings")).toArray(), id), booking);
        QCOMPARE(byId(mine.value(QStringLiteral("bookings")).toArray(), id), booking);
        QVERIFY(booking.value(QStringLiteral("seriesId")).isNull());
    }
    QCOMPARE(byId(ofRoom.value(QStringLiteral("bookings")).toArray(),
                  booked.last().value(QStringLiteral("id")).toInteger()),
             booked.last());
    const QJsonObject series = [&] {
        for (const QJsonValue &entry : listed.value(QStringLiteral("bookings")).toArray())
            if (entry.toObject().value(QStringLiteral("purpose")) == QStringLiteral("Series"))
                return entry.toObject();
        return QJsonObject();
    }();
    QCOMPARE(series.value(QStringLiteral("seriesId")).toInteger(), seriesId);
    QCOMPARE(series.value(QStringLiteral("teacherName")).toString(),
             QStringLiteral("Anna \"Nan\" M\u00fcller\\Smith"));
    QCOMPARE(series.value(QStringLiteral("start")).toString(),
             Rfc3339::formatLocal(Rfc3339::parse(at(2, 15, 0))));
    QCOMPARE(listed.value(QStringLiteral("bookings")).toArray().size(), purposes.size() + 1);
    QCOMPARE(listed.value(QStringLiteral("more")), QJsonValue(false));
    QVERIFY(!listed.contains(QStringLiteral("next")));
    // The same booking as its event carried it.
    const QJsonObject event = again->waitForEvent(QStringLiteral("bookingCreated"));
    QCOMPARE(event.value(QStringLiteral("booking")).toObject(), booked.first());
}

void tst_Listings::roomsCarryEveryFieldAndFavouritesComeFirst() {
    QVERIFY(m_db->exec(
        QStringLiteral("UPDATE rooms SET name = E'Room \"Q\" \\\\ \\u00dcbung', building = "
                       "E'Annex\\n2', features = ARRAY[E'b\\u00fchne', E'quote\"d'], restricted = "
                       "true WHERE name = 'Music Room'")));
    const auto a = loggedIn(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    QVERIFY(a);
    const qint64 music = roomId(QStringLiteral("Room \"Q\" \\ \u00dcbung"));
    const qint64 lab = roomId(QStringLiteral("Room 202"));
    QVERIFY(music > 0 && lab > 0);
    for (const qint64 room : {music, lab})
        VERIFY_OK(
            a->request(QStringLiteral("setFavourite"),
                       {{QStringLiteral("roomId"), room}, {QStringLiteral("favourite"), true}}));

    const QJsonArray rooms =
        a->request(QStringLiteral("listRooms")).value(QStringLiteral("rooms")).toArray();
    QCOMPARE(rooms.size(),
             m_db->scalar(QStringLiteral("SELECT count(*) FROM rooms WHERE active")).toInt());
    const QJsonObject expected{
        {QStringLiteral("id"), music},
        {QStringLiteral("name"), QStringLiteral("Room \"Q\" \\ \u00dcbung")},
        {QStringLiteral("building"), QStringLiteral("Annex\n2")},
        {QStringLiteral("capacity"),
         m_db->scalar(QStringLiteral("SELECT capacity FROM rooms WHERE id = %1").arg(music))
             .toInt()},
        {QStringLiteral("features"),
         QJsonArray{QStringLiteral("b\u00fchne"), QStringLiteral("quote\"d")}},
        {QStringLiteral("restricted"), true},
        {QStringLiteral("favourite"), true}};
    QCOMPARE(byId(rooms, music), expected);
    QCOMPARE(byId(rooms, lab).value(QStringLiteral("favourite")), QJsonValue(true));
    int favourites = 0;
    for (const QJsonValue &room : rooms) {
        QCOMPARE(room.toObject().keys(), (QStringList{"building", "capacity", "favourite",
                                                      "features", "id", "name", "restricted"}));
        favourites += room.toObject().value(QStringLiteral("favourite")).toBool();
    }
    QCOMPARE(favourites, 2);

    // Teacher B holds a lock on another room in that lesson: the search names the holder.
    const qint64 locked = roomId(QStringLiteral("Room 201"));
    QVERIFY(m_db->exec(
        QStringLiteral("INSERT INTO locks (room_id, during, teacher_id, expires_at) "
                       "SELECT %1, tstzrange('%2', '%3', '[)'), id, now() + interval '10 minutes' "
                       "FROM teachers WHERE username = 'teacher.b'")
            .arg(locked)
            .arg(Rfc3339::parse(at(3, 10, 0)).toUTC().toString(Qt::ISODate),
                 Rfc3339::parse(at(3, 10, 45)).toUTC().toString(Qt::ISODate))));
    const QJsonObject search =
        a->request(QStringLiteral("searchRooms"), {{QStringLiteral("start"), at(3, 10, 0)},
                                                   {QStringLiteral("end"), at(3, 10, 45)}});
    VERIFY_OK(search);
    const QJsonArray found = search.value(QStringLiteral("rooms")).toArray();
    QCOMPARE(found.size(), rooms.size());
    // Favourites first, each part in the search's order (fewest seats first).
    QList<qint64> order = ids(found);
    QCOMPARE(QSet<qint64>(order.begin(), order.begin() + 2), (QSet<qint64>{music, lab}));
    for (int i = 0; i + 1 < found.size(); ++i) {
        if (i == 1)
            continue;
        QVERIFY(found.at(i).toObject().value(QStringLiteral("capacity")).toInt() <=
                found.at(i + 1).toObject().value(QStringLiteral("capacity")).toInt());
    }
    QJsonObject withLock = expected;
    withLock.insert(QStringLiteral("lockedBy"), QJsonValue::Null);
    QCOMPARE(byId(found, music), withLock);
    QCOMPARE(byId(found, locked).value(QStringLiteral("lockedBy")).toString(),
             QStringLiteral("Teacher B"));
}

void tst_Listings::searchAndListingsByTimeOverEveryRoom() {
    const auto a = loggedIn(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    QVERIFY(a);
    const qint64 room101 = roomId(QStringLiteral("Room 101"));
    const qint64 room102 = roomId(QStringLiteral("Room 102"));
    const qint64 room103 = roomId(QStringLiteral("Room 103"));
    // Room 101 is taken over midnight, Room 102 was booked and canceled, Room 103 is booked
    // right after the lesson.
    const QJsonObject night = book(*a, room101, at(4, 22, 0), at(5, 6, 0), QStringLiteral("Night"));
    QVERIFY(!night.isEmpty());
    const QJsonObject canceled =
        book(*a, room102, at(5, 1, 0), at(5, 2, 0), QStringLiteral("Canceled"));
    QVERIFY(!canceled.isEmpty());
    VERIFY_OK(a->request(QStringLiteral("cancelBooking"),
                         {{QStringLiteral("bookingId"), canceled.value(QStringLiteral("id"))}}));
    const QJsonObject after = book(*a, room103, at(5, 2, 0), at(5, 3, 0), QStringLiteral("After"));
    QVERIFY(!after.isEmpty());

    const QJsonObject search =
        a->request(QStringLiteral("searchRooms"),
                   {{QStringLiteral("start"), at(5, 1, 0)}, {QStringLiteral("end"), at(5, 2, 0)}});
    VERIFY_OK(search);
    const QList<qint64> free = ids(search.value(QStringLiteral("rooms")).toArray());
    QVERIFY(!free.contains(room101));
    QVERIFY(free.contains(room102));
    QVERIFY(free.contains(room103));
    QCOMPARE(free.size(),
             m_db->scalar(QStringLiteral("SELECT count(*) FROM rooms WHERE active")).toInt() - 1);

    // Both days list the booking across midnight; no day lists the canceled one.
    const QJsonObject dayBefore =
        a->request(QStringLiteral("listBookings"), span(at(4, 0, 0), at(5, 0, 0)));
    QCOMPARE(ids(dayBefore.value(QStringLiteral("bookings")).toArray()),
             QList<qint64>{night.value(QStringLiteral("id")).toInteger()});
    const QJsonObject day =
        a->request(QStringLiteral("listBookings"), span(at(5, 0, 0), at(6, 0, 0)));
    QCOMPARE(ids(day.value(QStringLiteral("bookings")).toArray()),
             (QList<qint64>{night.value(QStringLiteral("id")).toInteger(),
                            after.value(QStringLiteral("id")).toInteger()}));
    const QJsonObject ofRoom =
        a->request(QStringLiteral("listBookings"), {{QStringLiteral("from"), at(5, 0, 0)},
                                                    {QStringLiteral("to"), at(6, 0, 0)},
                                                    {QStringLiteral("roomId"), room102}});
    QCOMPARE(ofRoom.value(QStringLiteral("bookings")).toArray().size(), 0);
    // The end of a span is not part of it.
    const QJsonObject touching =
        a->request(QStringLiteral("listBookings"), span(at(5, 6, 0), at(5, 7, 0)));
    QCOMPARE(touching.value(QStringLiteral("bookings")).toArray().size(), 0);
    const QJsonObject mine =
        a->request(QStringLiteral("myBookings"), span(at(4, 0, 0), at(6, 0, 0)));
    QCOMPARE(ids(mine.value(QStringLiteral("bookings")).toArray()),
             (QList<qint64>{night.value(QStringLiteral("id")).toInteger(),
                            after.value(QStringLiteral("id")).toInteger()}));
}

void tst_Listings::versionSixSchoolUpgradesWithItsData() {
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(m_db->exec(QStringLiteral("CREATE TABLE schema_migrations (version integer PRIMARY "
                                      "KEY, name text NOT NULL, applied_at timestamptz NOT NULL "
                                      "DEFAULT now())")));
    for (int version = 1; version <= 6; ++version) {
        const QStringList found =
            QDir(QFINDTESTDATA("../../resources/sql"))
                .entryList({QStringLiteral("%1_*.sql").arg(version, 3, 10, QLatin1Char('0'))});
        QCOMPARE(found.size(), 1);
        QFile file(QFINDTESTDATA("../../resources/sql/" + found.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(m_db->exec(QString::fromUtf8(file.readAll())), qPrintable(found.first()));
        QVERIFY(m_db->exec(
            QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (%1, '%2')")
                .arg(version)
                .arg(found.first())));
    }
    // A school with a week of bookings in ten rooms, some canceled.
    QVERIFY(m_db->exec(QStringLiteral(
        "INSERT INTO rooms (name, capacity) SELECT 'Room ' || i, 20 + i FROM generate_series(1, "
        "10) i; "
        "INSERT INTO teachers (username, name, password_hash) VALUES ('six', 'Six', 'x'); "
        "INSERT INTO bookings (room_id, teacher_id, during, purpose) SELECT r.id, t.id, "
        "tstzrange(d + h * interval '1 hour', d + h * interval '1 hour' + interval '45 minutes'), "
        "'Kept ' || r.id || ' ' || h FROM rooms r, teachers t, generate_series(8, 15) h, "
        "(SELECT date_trunc('day', now()) + k * interval '1 day' AS d FROM generate_series(1, 7) "
        "k) days; "
        "UPDATE bookings SET canceled_at = now(), cancel_reason = 'Trip' WHERE id % 5 = 0")));
    const QString dump =
        QStringLiteral("SELECT string_agg(concat_ws('|', id, room_id, teacher_id, during, purpose, "
                       "canceled_at IS NULL, cancel_reason), ';' ORDER BY id) FROM bookings");
    const QString before = m_db->scalar(dump).toString();
    QVERIFY(!before.isEmpty());

    const ServerProcess::Result migrate =
        ServerProcess::run({QStringLiteral("--migrate"), QStringLiteral("--db"), m_db->url()});
    QVERIFY2(migrate.exitCode == 0, qPrintable(migrate.err + migrate.out));
    QVERIFY2(migrate.out.contains(
                 QStringLiteral("schema is at version %1").arg(Migrator::latestVersion())),
             qPrintable(migrate.out));
    QCOMPARE(m_db->scalar(dump).toString(), before);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT to_regclass('bookings_time_idx') IS NOT NULL"))
                 .toBool(),
             true);

    // The upgraded server answers from the old rows: tomorrow, 10 rooms × 8 lessons, a fifth of
    // them canceled; in the first lesson the rooms whose booking was canceled are free.
    QVERIFY(m_db->exec(QStringLiteral("UPDATE teachers SET password_hash = '%1'")
                           .arg(PasswordHasher::hash(QStringLiteral("upgrade-7")))));
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(m_db->url()), qPrintable(m_server->error()));
    const auto six = loggedIn(QStringLiteral("six"), QStringLiteral("upgrade-7"));
    QVERIFY(six);
    const QDateTime tomorrow = QDate::currentDate().addDays(1).startOfDay();
    const QString from = Rfc3339::formatLocal(tomorrow);
    const QString to = Rfc3339::formatLocal(tomorrow.addDays(1));
    const QJsonObject day = six->request(QStringLiteral("listBookings"), span(from, to));
    VERIFY_OK(day);
    const auto liveIds = [&](const QString &range) {
        QList<qint64> result;
        const QString list =
            m_db->scalar(QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY lower(during), "
                                        "id) FROM bookings WHERE canceled_at IS NULL AND during "
                                        "&& %1")
                             .arg(range))
                .toString();
        for (const QString &id : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
            result << id.toLongLong();
        return result;
    };
    const QString dayRange = QStringLiteral("tstzrange('%1', '%2')")
                                 .arg(tomorrow.toUTC().toString(Qt::ISODate),
                                      tomorrow.addDays(1).toUTC().toString(Qt::ISODate));
    QList<qint64> listed = ids(day.value(QStringLiteral("bookings")).toArray());
    QList<qint64> expected = liveIds(dayRange);
    std::sort(listed.begin(), listed.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(listed, expected);
    QVERIFY(!listed.isEmpty());

    const QString firstLesson =
        QStringLiteral("tstzrange(date_trunc('day', now()) + interval '1 day 8 hours', "
                       "date_trunc('day', now()) + interval '1 day 8 hours 45 minutes')");
    const QDateTime lessonStart =
        m_db->scalar(QStringLiteral("SELECT lower(%1)").arg(firstLesson)).toDateTime();
    const QJsonObject search =
        six->request(QStringLiteral("searchRooms"),
                     {{QStringLiteral("start"), Rfc3339::formatLocal(lessonStart)},
                      {QStringLiteral("end"), Rfc3339::formatLocal(lessonStart.addSecs(45 * 60))}});
    VERIFY_OK(search);
    QList<qint64> free = ids(search.value(QStringLiteral("rooms")).toArray());
    std::sort(free.begin(), free.end());
    QList<qint64> expectedFree;
    const QString freeList =
        m_db->scalar(QStringLiteral("SELECT string_agg(r.id::text, ',' ORDER BY r.id) FROM "
                                    "rooms r WHERE NOT EXISTS (SELECT 1 FROM bookings b WHERE "
                                    "b.room_id = r.id AND b.canceled_at IS NULL AND b.during && "
                                    "%1)")
                         .arg(firstLesson))
            .toString();
    for (const QString &id : freeList.split(QLatin1Char(','), Qt::SkipEmptyParts))
        expectedFree << id.toLongLong();
    QCOMPARE(free, expectedFree);
    QVERIFY(free.size() < 10);
}

QTEST_GUILESS_MAIN(tst_Listings)
#include "tst_listings.moc"
