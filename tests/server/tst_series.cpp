// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReplyChecks.h"
#include "Rfc3339.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <ctime>
#include <memory>

namespace {
// A school year written by hand for these tests: a spring term with A/B weeks and a half term,
// Easter holidays, a summer term with A/B weeks, and an autumn term without a week cycle.
const QByteArray Calendar = "kind,name,first,last,weeks\n"
                            "term,Spring term,2027-01-04,2027-04-01,A;B\n"
                            "closed,Half term,2027-02-15,2027-02-19,\n"
                            "term,Summer term,2027-04-19,2027-07-21,A;B\n"
                            "term,Autumn term,2027-09-06,2027-12-17,\n";

// A wall-clock time in the school's zone (Europe/London, set for this process and the server).
QDateTime local(int year, int month, int day, int hour, int minute) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute));
}

QJsonObject seriesParams(qint64 roomId, const QDateTime &start, int minutes, const QString &until,
                         const QString &every = QStringLiteral("week")) {
    return {{QStringLiteral("roomId"), roomId},
            {QStringLiteral("start"), Rfc3339::formatLocal(start)},
            {QStringLiteral("end"), Rfc3339::formatLocal(start.addSecs(qint64(minutes) * 60))},
            {QStringLiteral("repeat"),
             QJsonObject{{QStringLiteral("every"), every}, {QStringLiteral("until"), until}}},
            {QStringLiteral("purpose"), QStringLiteral("9C Chemistry")}};
}

QJsonObject withPolicy(QJsonObject params, const QString &policy) {
    params.insert(QStringLiteral("policy"), policy);
    return params;
}

QDate dateOf(const QJsonValue &occurrence) {
    return Rfc3339::parse(occurrence.toObject().value(QStringLiteral("start")).toString())
        .toLocalTime()
        .date();
}

QList<QDate> datesOf(const QJsonArray &occurrences) {
    QList<QDate> dates;
    for (const QJsonValue &occurrence : occurrences)
        dates << dateOf(occurrence);
    return dates;
}

QList<QDate> weekly(const QDate &first, const QDate &last) {
    QList<QDate> dates;
    for (QDate date = first; date <= last; date = date.addDays(7))
        dates << date;
    return dates;
}

// How many events of that name carry a booking of the series (each booking counts once).
int seriesEvents(const TestClient &client, const QString &name, qint64 seriesId,
                 const QString &reason = {}) {
    QSet<qint64> bookings;
    for (const TestClient::Event &event : client.events()) {
        const QJsonObject booking = event.frame.value(QStringLiteral("booking")).toObject();
        if (event.frame.value(QStringLiteral("event")).toString() == name &&
            booking.value(QStringLiteral("seriesId")).toInteger() == seriesId &&
            (reason.isEmpty() || event.frame.value(QStringLiteral("reason")).toString() == reason))
            bookings.insert(booking.value(QStringLiteral("id")).toInteger());
    }
    return int(bookings.size());
}

QString sqlTime(const QJsonValue &time) {
    return QStringLiteral("'%1'").arg(
        Rfc3339::parse(time.toString()).toUTC().toString(Qt::ISODateWithMs));
}
} // namespace

// Recurring bookings against the real server (demo school, the calendar above, the school in
// Europe/London), over real WebSocket connections.
class tst_Series : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void previewShowsFreeBookedLockedAndClosedDates();
    void allOrNothingNamesTheTakenDateAndWritesNothing();
    void freeOnlyBooksTheRestAndListsTheSkippedDates();
    void everyAWeekAcrossATermBoundary();
    void daylightSavingChangeKeepsLocalTimes();
    void badInputIsRefusedClearly();
    void firstDateOnAClosedDayIsRefused();
    void cancelSeriesFromADate();
    void eventsReachConnectionsOnAnotherInstance();
    void overlappingSeriesRaceGivesEachDateToOne();
    void allOrNothingRaceWritesWholeSeriesOrNothing();
    void twelveDateSeriesTimings();
    void bookingRulesApplyToEachDate();

private:
    qint64 roomId(const QString &name);
    int count(const QString &sql) const { return m_db->scalar(sql).toInt(); }
    int overlapsIn(qint64 room) const;
    bool setRule(const QString &key, int value) const {
        return m_db->exec(QStringLiteral("UPDATE settings SET value = '%1' WHERE key = '%2'")
                              .arg(value)
                              .arg(key));
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_dir;
    TestClient m_a;     // Teacher A
    TestClient m_b;     // Teacher B, a colleague
    TestClient m_admin; // School Admin
};

void tst_Series::initTestCase() {
    // The school's zone, for this process's local times and (inherited) for the server's.
    qputenv("TZ", "Europe/London");
    tzset();
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(m_dir.isValid());
    const QString calendarFile = m_dir.filePath(QStringLiteral("calendar.csv"));
    QFile file(calendarFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Calendar);
    file.close();

    m_server = std::make_unique<ServerProcess>();
    // The school's zone, as IT would set it (the inherited TZ says the same).
    QVERIFY2(m_server->start(m_db->url(), {QStringLiteral("--demo"), QStringLiteral("--time-zone"),
                                           QStringLiteral("Europe/London")}),
             qPrintable(m_server->error()));
    const ServerProcess::Result imported = ServerProcess::run(
        {QStringLiteral("--import-calendar"), calendarFile, QStringLiteral("--db"), m_db->url()});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.out + imported.err));

    QVERIFY(m_a.open(m_server->url()));
    VERIFY_OK(m_a.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a")));
    QVERIFY(m_b.open(m_server->url()));
    VERIFY_OK(m_b.login(QStringLiteral("teacher.b"), QStringLiteral("demo-b")));
    QVERIFY(m_admin.open(m_server->url()));
    VERIFY_OK(m_admin.login(QStringLiteral("admin"), QStringLiteral("demo-admin")));
}

void tst_Series::cleanupTestCase() {
    m_a.close();
    m_b.close();
    m_admin.close();
    m_server.reset();
    m_db.reset();
}

void tst_Series::cleanup() {
    if (QTest::currentTestFailed())
        qInfo().noquote() << "server log:" << m_server->output().right(4000);
}

qint64 tst_Series::roomId(const QString &name) {
    const QJsonArray rooms =
        m_a.request(QStringLiteral("listRooms")).value(QStringLiteral("rooms")).toArray();
    for (const QJsonValue &room : rooms) {
        if (room.toObject().value(QStringLiteral("name")).toString() == name)
            return room.toObject().value(QStringLiteral("id")).toInteger();
    }
    return 0;
}

int tst_Series::overlapsIn(qint64 room) const {
    return count(QStringLiteral("SELECT count(*) FROM bookings a JOIN bookings b "
                                "ON a.room_id = b.room_id AND a.id < b.id AND a.during && b.during "
                                "WHERE a.room_id = %1 AND a.canceled_at IS NULL "
                                "AND b.canceled_at IS NULL")
                     .arg(room));
}

void tst_Series::previewShowsFreeBookedLockedAndClosedDates() {
    const qint64 lab = roomId(QStringLiteral("Science Lab A"));
    QVERIFY(lab > 0);
    // A colleague's booking on 19 January and a confirmation of theirs in flight on 26 January.
    const QJsonObject single =
        m_b.request(QStringLiteral("confirmBooking"),
                    {{QStringLiteral("roomId"), lab},
                     {QStringLiteral("start"), Rfc3339::formatLocal(local(2027, 1, 19, 10, 35))},
                     {QStringLiteral("end"), Rfc3339::formatLocal(local(2027, 1, 19, 11, 25))}});
    VERIFY_OK(single);
    QVERIFY(m_db->exec(
        QStringLiteral(
            "INSERT INTO locks (room_id, during, teacher_id, expires_at) "
            "SELECT %1, tstzrange('2027-01-26 10:40:00+00', '2027-01-26 11:00:00+00'), "
            "id, now() + interval '10 minutes' FROM teachers WHERE username = 'teacher.b'")
            .arg(lab)));
    const int bookingsBefore = count(QStringLiteral("SELECT count(*) FROM bookings"));

    const QJsonObject reply =
        m_a.request(QStringLiteral("previewSeries"),
                    seriesParams(lab, local(2027, 1, 5, 10, 35), 50, QStringLiteral("termEnd")));
    VERIFY_OK(reply);
    const QJsonArray occurrences = reply.value(QStringLiteral("occurrences")).toArray();
    // Every Tuesday from 5 January to the end of the spring term (1 April).
    QCOMPARE(datesOf(occurrences), weekly(QDate(2027, 1, 5), QDate(2027, 3, 30)));
    for (const QJsonValue &value : occurrences) {
        const QJsonObject occurrence = value.toObject();
        const QDate date = dateOf(occurrence);
        const QDateTime start =
            Rfc3339::parse(occurrence.value(QStringLiteral("start")).toString()).toLocalTime();
        const QDateTime end =
            Rfc3339::parse(occurrence.value(QStringLiteral("end")).toString()).toLocalTime();
        QCOMPARE(start.time(), QTime(10, 35));
        QCOMPARE(end.time(), QTime(11, 25));
        const QString status = occurrence.value(QStringLiteral("status")).toString();
        if (date == QDate(2027, 1, 19)) {
            QCOMPARE(status, QStringLiteral("booked"));
            const QJsonObject conflict = occurrence.value(QStringLiteral("conflict")).toObject();
            QCOMPARE(conflict.value(QStringLiteral("teacherName")).toString(),
                     QStringLiteral("Teacher B"));
            QCOMPARE(
                conflict.value(QStringLiteral("id")),
                single.value(QStringLiteral("booking")).toObject().value(QStringLiteral("id")));
        } else if (date == QDate(2027, 1, 26)) {
            QCOMPARE(status, QStringLiteral("locked"));
            QCOMPARE(occurrence.value(QStringLiteral("holder")).toString(),
                     QStringLiteral("Teacher B"));
        } else if (date == QDate(2027, 2, 16)) {
            QCOMPARE(status, QStringLiteral("closed"));
            QCOMPARE(occurrence.value(QStringLiteral("reason")).toString(),
                     QStringLiteral("Half term"));
        } else {
            QVERIFY2(status == QLatin1String("free"), qPrintable(json(occurrence)));
        }
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bookings")), bookingsBefore);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM series")), 0);
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM locks")));
}

void tst_Series::allOrNothingNamesTheTakenDateAndWritesNothing() {
    const qint64 lab = roomId(QStringLiteral("Science Lab A"));
    const int bookingsBefore = count(QStringLiteral("SELECT count(*) FROM bookings"));
    m_b.clearEvents();
    const QJsonObject reply = m_a.request(
        QStringLiteral("confirmSeries"),
        withPolicy(seriesParams(lab, local(2027, 1, 5, 10, 35), 50, QStringLiteral("termEnd")),
                   QStringLiteral("allOrNothing")));
    VERIFY_FAILURE(reply, 409, "SERIES_CONFLICT");
    const QString message = reply.value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QStringLiteral("2027-01-19")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Teacher B")), qPrintable(message));
    const QJsonArray conflicts = reply.value(QStringLiteral("conflicts")).toArray();
    QCOMPARE(conflicts.size(), 1); // the closed day never fails a series
    QCOMPARE(dateOf(conflicts.at(0)), QDate(2027, 1, 19));
    QCOMPARE(conflicts.at(0).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("BOOKING_CONFLICT"));

    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bookings")), bookingsBefore);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM series")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM locks")), 0);
    QTest::qWait(300);
    QCOMPARE(m_b.eventCount(QStringLiteral("bookingCreated")), 0);
    // The connection keeps serving.
    VERIFY_OK(m_a.request(QStringLiteral("listRooms")));
}

void tst_Series::freeOnlyBooksTheRestAndListsTheSkippedDates() {
    const qint64 lab = roomId(QStringLiteral("Science Lab A"));
    const QJsonObject reply = m_a.request(
        QStringLiteral("confirmSeries"),
        withPolicy(seriesParams(lab, local(2027, 1, 5, 10, 35), 50, QStringLiteral("termEnd")),
                   QStringLiteral("freeOnly")));
    VERIFY_OK(reply);
    const qint64 seriesId = reply.value(QStringLiteral("seriesId")).toInteger();
    QVERIFY(seriesId > 0);
    const QJsonArray bookings = reply.value(QStringLiteral("bookings")).toArray();
    const QJsonArray skipped = reply.value(QStringLiteral("skipped")).toArray();
    QCOMPARE(bookings.size(), 11);
    QCOMPARE(datesOf(skipped), (QList<QDate>{QDate(2027, 1, 19), QDate(2027, 2, 16)}));
    QCOMPARE(skipped.at(0).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("BOOKING_CONFLICT"));
    QCOMPARE(skipped.at(1).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("CLOSED_DAY"));
    QCOMPARE(skipped.at(1).toObject().value(QStringLiteral("message")).toString(),
             QStringLiteral("The school is closed on 2027-02-16 (Half term)"));

    // Storage matches the reply, date for date, at 10:35 London time on both sides of the
    // daylight-saving change of 28 March.
    for (const QJsonValue &value : bookings) {
        const QJsonObject booking = value.toObject();
        QCOMPARE(booking.value(QStringLiteral("seriesId")).toInteger(), seriesId);
        QCOMPARE(booking.value(QStringLiteral("teacherName")).toString(),
                 QStringLiteral("Teacher A"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bookings WHERE id = %1 AND "
                                      "series_id = %2 AND canceled_at IS NULL AND during = "
                                      "tstzrange(%3, %4, '[)')")
                           .arg(booking.value(QStringLiteral("id")).toInteger())
                           .arg(seriesId)
                           .arg(sqlTime(booking.value(QStringLiteral("start"))),
                                sqlTime(booking.value(QStringLiteral("end"))))),
                 1);
    }
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM bookings WHERE series_id = %1").arg(seriesId)),
        11);
    QCOMPARE(count(QStringLiteral(
                       "SELECT count(DISTINCT to_char(lower(during) AT TIME ZONE 'Europe/London', "
                       "'HH24:MI')) FROM bookings WHERE series_id = %1")
                       .arg(seriesId)),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM locks")), 0);
    QCOMPARE(overlapsIn(lab), 0);

    // A colleague's window hears of every date, each carrying the series.
    QVERIFY(QTest::qWaitFor(
        [&] { return seriesEvents(m_b, QStringLiteral("bookingCreated"), seriesId) == 11; },
        10000));
    // myBookings shows the series on each date.
    const QJsonObject mine =
        m_a.request(QStringLiteral("myBookings"),
                    {{QStringLiteral("from"), Rfc3339::formatLocal(local(2027, 1, 1, 0, 0))},
                     {QStringLiteral("to"), Rfc3339::formatLocal(local(2027, 4, 2, 0, 0))}});
    int inSeries = 0;
    for (const QJsonValue &booking : mine.value(QStringLiteral("bookings")).toArray())
        inSeries += booking.toObject().value(QStringLiteral("seriesId")).toInteger() == seriesId;
    QCOMPARE(inSeries, 11);
}

void tst_Series::everyAWeekAcrossATermBoundary() {
    const qint64 room = roomId(QStringLiteral("Room 201"));
    // Thursday 7 January is in an A-week (the spring term's first week). The A-weeks' Thursdays
    // to the end of May: the spring term's (18 February is half term), none in the Easter
    // holidays, then the summer term's, whose cycle starts again with A on 19 April.
    const QJsonObject params = seriesParams(room, local(2027, 1, 7, 9, 25), 50,
                                            QStringLiteral("2027-05-31"), QStringLiteral("cycle"));
    const QJsonObject preview = m_a.request(QStringLiteral("previewSeries"), params);
    VERIFY_OK(preview);
    const QList<QDate> expected = {QDate(2027, 1, 7),  QDate(2027, 1, 21), QDate(2027, 2, 4),
                                   QDate(2027, 2, 18), QDate(2027, 3, 4),  QDate(2027, 3, 18),
                                   QDate(2027, 4, 1),  QDate(2027, 4, 22), QDate(2027, 5, 6),
                                   QDate(2027, 5, 20)};
    const QJsonArray occurrences = preview.value(QStringLiteral("occurrences")).toArray();
    QCOMPARE(datesOf(occurrences), expected);
    QCOMPARE(occurrences.at(3).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("closed"));

    const QJsonObject confirmed = m_a.request(QStringLiteral("confirmSeries"),
                                              withPolicy(params, QStringLiteral("freeOnly")));
    VERIFY_OK(confirmed);
    QList<QDate> booked = datesOf(confirmed.value(QStringLiteral("bookings")).toArray());
    QList<QDate> expectedBooked = expected;
    expectedBooked.removeAll(QDate(2027, 2, 18));
    QCOMPARE(booked, expectedBooked);
    QCOMPARE(datesOf(confirmed.value(QStringLiteral("skipped")).toArray()),
             QList<QDate>{QDate(2027, 2, 18)});

    // A B-week date with every=cycle only repeats in B-weeks.
    const QJsonObject bWeeks =
        m_a.request(QStringLiteral("previewSeries"),
                    seriesParams(room, local(2027, 1, 14, 9, 25), 50, QStringLiteral("termEnd"),
                                 QStringLiteral("cycle")));
    VERIFY_OK(bWeeks);
    QCOMPARE(datesOf(bWeeks.value(QStringLiteral("occurrences")).toArray()),
             (QList<QDate>{QDate(2027, 1, 14), QDate(2027, 1, 28), QDate(2027, 2, 11),
                           QDate(2027, 2, 25), QDate(2027, 3, 11), QDate(2027, 3, 25)}));
}

void tst_Series::daylightSavingChangeKeepsLocalTimes() {
    const qint64 room = roomId(QStringLiteral("Room 202"));
    // London moves its clocks forward on Sunday 28 March 2027.
    const QJsonObject reply = m_a.request(
        QStringLiteral("confirmSeries"),
        withPolicy(seriesParams(room, local(2027, 3, 23, 9, 25), 50, QStringLiteral("termEnd")),
                   QStringLiteral("allOrNothing")));
    VERIFY_OK(reply);
    const QJsonArray bookings = reply.value(QStringLiteral("bookings")).toArray();
    QCOMPARE(bookings.size(), 2);
    QCOMPARE(bookings.at(0).toObject().value(QStringLiteral("start")).toString(),
             QStringLiteral("2027-03-23T09:25:00+00:00"));
    QCOMPARE(bookings.at(1).toObject().value(QStringLiteral("start")).toString(),
             QStringLiteral("2027-03-30T09:25:00+01:00"));
    QCOMPARE(bookings.at(1).toObject().value(QStringLiteral("end")).toString(),
             QStringLiteral("2027-03-30T10:15:00+01:00"));
    // Stored as instants one hour apart in UTC.
    const qint64 seriesId = reply.value(QStringLiteral("seriesId")).toInteger();
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT string_agg(to_char(lower(during) AT TIME ZONE "
                                         "'UTC', 'MM-DD HH24:MI'), ',' ORDER BY lower(during)) "
                                         "FROM bookings WHERE series_id = %1")
                              .arg(seriesId))
                 .toString(),
             QStringLiteral("03-23 09:25,03-30 08:25"));
}

void tst_Series::badInputIsRefusedClearly() {
    const qint64 room = roomId(QStringLiteral("Room 103"));
    const QDateTime tuesday = local(2027, 1, 5, 8, 30);
    struct Case {
        QJsonObject params;
        QString mentions;
    };
    QJsonObject unknownEvery =
        seriesParams(room, tuesday, 50, QStringLiteral("2027-03-01"), QStringLiteral("fortnight"));
    QJsonObject impossibleStart = seriesParams(room, tuesday, 50, QStringLiteral("2027-03-01"));
    impossibleStart.insert(QStringLiteral("start"), QStringLiteral("2027-02-30T08:30:00+00:00"));
    QJsonObject noRepeat = seriesParams(room, tuesday, 50, QStringLiteral("2027-03-01"));
    noRepeat.remove(QStringLiteral("repeat"));
    const QList<Case> cases = {
        {seriesParams(room, tuesday, 50, QStringLiteral("2028-03-01")), QStringLiteral("400")},
        {seriesParams(room, tuesday, 50, QStringLiteral("2027-01-04")), QStringLiteral("before")},
        {unknownEvery, QStringLiteral("every")},
        {seriesParams(room, tuesday, 50, QStringLiteral("2027-02-30")), QStringLiteral("until")},
        {impossibleStart, QStringLiteral("start")},
        {noRepeat, QStringLiteral("repeat")},
        // "termEnd" from a date in the Easter holidays: there is no term to end.
        {seriesParams(room, local(2027, 4, 6, 8, 30), 50, QStringLiteral("termEnd")),
         QStringLiteral("termEnd")},
        // The autumn term has no week cycle.
        {seriesParams(room, local(2027, 9, 7, 8, 30), 50, QStringLiteral("termEnd"),
                      QStringLiteral("cycle")),
         QStringLiteral("cycle")},
        {seriesParams(room, tuesday, 0, QStringLiteral("2027-03-01")), QStringLiteral("end")},
        {seriesParams(room, local(2020, 1, 7, 8, 30), 50, QStringLiteral("2020-03-01")),
         QStringLiteral("over")},
    };
    for (const Case &bad : cases) {
        for (const QString &type :
             {QStringLiteral("previewSeries"), QStringLiteral("confirmSeries")}) {
            const QJsonObject reply =
                m_a.request(type, withPolicy(bad.params, QStringLiteral("freeOnly")));
            VERIFY_FAILURE(reply, 400, "BAD_REQUEST");
            QVERIFY2(reply.value(QStringLiteral("message")).toString().contains(bad.mentions),
                     qPrintable(json(reply)));
        }
    }
    const QJsonObject badPolicy =
        m_a.request(QStringLiteral("confirmSeries"),
                    withPolicy(seriesParams(room, tuesday, 50, QStringLiteral("2027-03-01")),
                               QStringLiteral("sometimes")));
    VERIFY_FAILURE(badPolicy, 400, "BAD_REQUEST");
    QVERIFY2(
        badPolicy.value(QStringLiteral("message")).toString().contains(QStringLiteral("policy")),
        qPrintable(json(badPolicy)));
    VERIFY_FAILURE(m_a.request(QStringLiteral("previewSeries"),
                               seriesParams(987654, tuesday, 50, QStringLiteral("2027-03-01"))),
                   404, "ROOM_NOT_FOUND");
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bookings WHERE room_id = %1").arg(room)),
             0);
    // Still serving.
    VERIFY_OK(m_a.request(QStringLiteral("previewSeries"),
                          seriesParams(room, tuesday, 50, QStringLiteral("2027-03-01"))));
}

void tst_Series::firstDateOnAClosedDayIsRefused() {
    const qint64 room = roomId(QStringLiteral("Room 103"));
    const QJsonObject halfTerm = m_a.request(
        QStringLiteral("confirmSeries"),
        withPolicy(seriesParams(room, local(2027, 2, 16, 8, 30), 50, QStringLiteral("2027-03-30")),
                   QStringLiteral("freeOnly")));
    VERIFY_FAILURE(halfTerm, 409, "CLOSED_DAY");
    QCOMPARE(halfTerm.value(QStringLiteral("reason")).toString(), QStringLiteral("Half term"));
    QVERIFY2(
        halfTerm.value(QStringLiteral("message")).toString().contains(QStringLiteral("2027-02-16")),
        qPrintable(json(halfTerm)));
    const QJsonObject holidays =
        m_a.request(QStringLiteral("previewSeries"),
                    seriesParams(room, local(2027, 4, 6, 8, 30), 50, QStringLiteral("2027-05-30")));
    VERIFY_FAILURE(holidays, 409, "CLOSED_DAY");
    QCOMPARE(holidays.value(QStringLiteral("reason")).toString(),
             QStringLiteral("School holidays"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bookings WHERE room_id = %1").arg(room)),
             0);
}

void tst_Series::cancelSeriesFromADate() {
    const qint64 room = roomId(QStringLiteral("Room 101"));
    const QJsonObject created = m_a.request(
        QStringLiteral("confirmSeries"),
        withPolicy(seriesParams(room, local(2027, 1, 4, 13, 10), 50, QStringLiteral("termEnd")),
                   QStringLiteral("freeOnly")));
    VERIFY_OK(created);
    const qint64 seriesId = created.value(QStringLiteral("seriesId")).toInteger();
    // Mondays 4 January to 29 March, less the half-term Monday.
    QCOMPARE(created.value(QStringLiteral("bookings")).toArray().size(), 12);

    VERIFY_FAILURE(
        m_b.request(QStringLiteral("cancelSeries"), {{QStringLiteral("seriesId"), seriesId}}), 403,
        "FORBIDDEN");
    VERIFY_FAILURE(
        m_a.request(QStringLiteral("cancelSeries"), {{QStringLiteral("seriesId"), 987654}}), 404,
        "SERIES_NOT_FOUND");
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bookings WHERE series_id = %1 AND "
                                  "canceled_at IS NULL")
                       .arg(seriesId)),
             12);

    const QJsonObject canceled =
        m_a.request(QStringLiteral("cancelSeries"),
                    {{QStringLiteral("seriesId"), seriesId},
                     {QStringLiteral("from"), Rfc3339::formatLocal(local(2027, 3, 1, 0, 0))}});
    VERIFY_OK(canceled);
    const QJsonArray gone = canceled.value(QStringLiteral("bookings")).toArray();
    QCOMPARE(datesOf(gone), weekly(QDate(2027, 3, 1), QDate(2027, 3, 29)));
    for (const QJsonValue &booking : gone)
        QCOMPARE(booking.toObject().value(QStringLiteral("seriesId")).toInteger(), seriesId);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bookings WHERE series_id = %1 AND "
                                  "canceled_at IS NULL")
                       .arg(seriesId)),
             7);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bookings WHERE series_id = %1 AND "
                                  "canceled_at IS NOT NULL AND lower(during) < '2027-03-01'")
                       .arg(seriesId)),
             0);
    QVERIFY(QTest::qWaitFor(
        [&] { return seriesEvents(m_b, QStringLiteral("bookingCanceled"), seriesId) == 5; },
        10000));

    // An admin cancels the rest (from now: every remaining date), with a reason.
    const QJsonObject rest = m_admin.request(QStringLiteral("cancelSeries"),
                                             {{QStringLiteral("seriesId"), seriesId},
                                              {QStringLiteral("reason"), QStringLiteral("Exams")}});
    VERIFY_OK(rest);
    QCOMPARE(rest.value(QStringLiteral("bookings")).toArray().size(), 7);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return seriesEvents(m_a, QStringLiteral("bookingCanceled"), seriesId,
                                QStringLiteral("Exams")) == 7;
        },
        10000));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bookings WHERE series_id = %1 AND "
                                  "canceled_at IS NULL")
                       .arg(seriesId)),
             0);
}

void tst_Series::eventsReachConnectionsOnAnotherInstance() {
    ServerProcess second;
    QVERIFY2(
        second.start(m_db->url(), {QStringLiteral("--time-zone"), QStringLiteral("Europe/London")}),
        qPrintable(second.error()));
    TestClient elsewhere;
    QVERIFY(elsewhere.open(second.url()));
    VERIFY_OK(elsewhere.login(QStringLiteral("teacher.b"), QStringLiteral("demo-b")));
    const QJsonObject created = m_a.request(
        QStringLiteral("confirmSeries"),
        withPolicy(seriesParams(roomId(QStringLiteral("Library Seminar")), local(2027, 1, 8, 14, 5),
                                50, QStringLiteral("2027-01-22")),
                   QStringLiteral("allOrNothing")));
    VERIFY_OK(created);
    const qint64 seriesId = created.value(QStringLiteral("seriesId")).toInteger();
    QVERIFY(QTest::qWaitFor(
        [&] { return seriesEvents(elsewhere, QStringLiteral("bookingCreated"), seriesId) == 3; },
        10000));
    VERIFY_OK(
        m_a.request(QStringLiteral("cancelSeries"), {{QStringLiteral("seriesId"), seriesId}}));
    QVERIFY(QTest::qWaitFor(
        [&] { return seriesEvents(elsewhere, QStringLiteral("bookingCanceled"), seriesId) == 3; },
        10000));
}

void tst_Series::overlappingSeriesRaceGivesEachDateToOne() {
    const qint64 room = roomId(QStringLiteral("Computer Lab 2"));
    constexpr int Rounds = 6;
    int toA = 0, toB = 0, contestedTotal = 0;
    for (int round = 0; round < Rounds; ++round) {
        // Wednesdays, two hours later each round; B's lessons start 25 minutes into A's.
        const QDateTime startA = local(2027, 1, 6, 7 + 2 * round, 0);
        const QDateTime startB = local(2027, 1, 13, 7 + 2 * round, 25);
        const qint64 idA =
            m_a.send(QStringLiteral("confirmSeries"),
                     withPolicy(seriesParams(room, startA, 50, QStringLiteral("2027-03-31")),
                                QStringLiteral("freeOnly")));
        const qint64 idB =
            m_b.send(QStringLiteral("confirmSeries"),
                     withPolicy(seriesParams(room, startB, 50, QStringLiteral("2027-03-24")),
                                QStringLiteral("freeOnly")));
        const QJsonObject replyA = m_a.waitForReply(idA, 60000);
        const QJsonObject replyB = m_b.waitForReply(idB, 60000);
        VERIFY_OK(replyA);
        VERIFY_OK(replyB);

        const QList<QDate> bookedA = datesOf(replyA.value(QStringLiteral("bookings")).toArray());
        const QList<QDate> bookedB = datesOf(replyB.value(QStringLiteral("bookings")).toArray());
        // B's open dates (13 January to 24 March, less half term) are all contested.
        QList<QDate> contested = weekly(QDate(2027, 1, 13), QDate(2027, 3, 24));
        contested.removeAll(QDate(2027, 2, 17));
        for (const QDate &date : std::as_const(contested)) {
            QVERIFY2(bookedA.contains(date) != bookedB.contains(date),
                     qPrintable(QStringLiteral("round %1: %2 went to %3")
                                    .arg(round)
                                    .arg(date.toString(Qt::ISODate),
                                         bookedA.contains(date) ? QStringLiteral("both")
                                                                : QStringLiteral("nobody"))));
            (bookedA.contains(date) ? toA : toB)++;
        }
        contestedTotal += int(contested.size());
        // A's uncontested dates (6 January, 31 March) are A's.
        QVERIFY(bookedA.contains(QDate(2027, 1, 6)));
        QVERIFY(bookedA.contains(QDate(2027, 3, 31)));
        // Each loser's date is listed as skipped with the reason a confirmBooking would give.
        for (const QJsonObject &reply : {replyA, replyB}) {
            for (const QJsonValue &skip : reply.value(QStringLiteral("skipped")).toArray()) {
                const QString code = skip.toObject().value(QStringLiteral("code")).toString();
                QVERIFY2(code == QLatin1String("BOOKING_CONFLICT") ||
                             code == QLatin1String("LOCK_HELD") ||
                             code == QLatin1String("CLOSED_DAY"),
                         qPrintable(json(skip.toObject())));
            }
        }
        // Each reply matches storage exactly.
        for (const QJsonObject &reply : {replyA, replyB}) {
            const qint64 seriesId = reply.value(QStringLiteral("seriesId")).toInteger();
            const QJsonArray bookings = reply.value(QStringLiteral("bookings")).toArray();
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bookings WHERE series_id = %1 "
                                          "AND canceled_at IS NULL")
                               .arg(seriesId)),
                     int(bookings.size()));
            for (const QJsonValue &value : bookings) {
                const QJsonObject booking = value.toObject();
                QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bookings WHERE id = %1 AND "
                                              "series_id = %2 AND during = tstzrange(%3, %4, '[)')")
                                   .arg(booking.value(QStringLiteral("id")).toInteger())
                                   .arg(seriesId)
                                   .arg(sqlTime(booking.value(QStringLiteral("start"))),
                                        sqlTime(booking.value(QStringLiteral("end"))))),
                         1);
            }
        }
        QCOMPARE(overlapsIn(room), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM locks")), 0);
    }
    qInfo("series race, %d rounds: %d contested dates, %d to Teacher A, %d to Teacher B, none "
          "to both or nobody, no overlapping bookings stored",
          Rounds, contestedTotal, toA, toB);
}

void tst_Series::twelveDateSeriesTimings() {
    const qint64 room = roomId(QStringLiteral("Music Room"));
    // Twelve Tuesdays of the summer term, 20 April to 6 July.
    const QJsonObject params =
        seriesParams(room, local(2027, 4, 20, 14, 5), 50, QStringLiteral("2027-07-06"));
    QElapsedTimer timer;
    timer.start();
    const QJsonObject preview = m_a.request(QStringLiteral("previewSeries"), params);
    const qint64 previewMs = timer.elapsed();
    VERIFY_OK(preview);
    QCOMPARE(preview.value(QStringLiteral("occurrences")).toArray().size(), 12);
    timer.restart();
    const QJsonObject confirmed = m_a.request(QStringLiteral("confirmSeries"),
                                              withPolicy(params, QStringLiteral("allOrNothing")));
    const qint64 confirmMs = timer.elapsed();
    VERIFY_OK(confirmed);
    QCOMPARE(confirmed.value(QStringLiteral("bookings")).toArray().size(), 12);
    qInfo("12-date series: preview %lld ms, confirm %lld ms (round trips over a real connection)",
          static_cast<long long>(previewMs), static_cast<long long>(confirmMs));
}

void tst_Series::allOrNothingRaceWritesWholeSeriesOrNothing() {
    const qint64 room = roomId(QStringLiteral("Computer Lab 1"));
    constexpr int Rounds = 4;
    int wins = 0, conflicts = 0;
    for (int round = 0; round < Rounds; ++round) {
        const QDateTime startA = local(2027, 1, 7, 7 + 2 * round, 0);
        const QDateTime startB = local(2027, 1, 14, 7 + 2 * round, 25);
        const qint64 idA =
            m_a.send(QStringLiteral("confirmSeries"),
                     withPolicy(seriesParams(room, startA, 50, QStringLiteral("2027-03-25")),
                                QStringLiteral("allOrNothing")));
        const qint64 idB =
            m_b.send(QStringLiteral("confirmSeries"),
                     withPolicy(seriesParams(room, startB, 50, QStringLiteral("2027-03-18")),
                                QStringLiteral("allOrNothing")));
        int okThisRound = 0;
        for (const QJsonObject &reply :
             {m_a.waitForReply(idA, 60000), m_b.waitForReply(idB, 60000)}) {
            if (reply.value(QStringLiteral("ok")).toBool()) {
                ++okThisRound;
                const qint64 seriesId = reply.value(QStringLiteral("seriesId")).toInteger();
                QVERIFY(reply.value(QStringLiteral("bookings")).toArray().size() >= 9);
                QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bookings WHERE series_id = %1")
                                   .arg(seriesId)),
                         int(reply.value(QStringLiteral("bookings")).toArray().size()));
                continue;
            }
            VERIFY_FAILURE(reply, 409, "SERIES_CONFLICT");
            QVERIFY(!reply.value(QStringLiteral("conflicts")).toArray().isEmpty());
            ++conflicts;
        }
        QVERIFY2(okThisRound <= 1, "two overlapping all-or-nothing series both succeeded");
        wins += okThisRound;
        QCOMPARE(overlapsIn(room), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM locks")), 0);
    }
    // Every series row left behind has all its dates: nothing half-written.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM series WHERE room_id = %1").arg(room)),
             wins);
    qInfo("all-or-nothing race, %d rounds: %d series written whole, %d refused with "
          "SERIES_CONFLICT and nothing written",
          Rounds, wins, conflicts);
}

void tst_Series::bookingRulesApplyToEachDate() {
    const qint64 room = roomId(QStringLiteral("Art Studio"));
    const QString limitKey = QStringLiteral("booking/maxActiveBookings");
    const QString aheadKey = QStringLiteral("booking/maxDaysAhead");
    // Teacher B may have three more upcoming bookings than now: a series counts each date.
    const int upcoming = count(QStringLiteral(
        "SELECT count(*) FROM bookings b JOIN teachers t ON t.id = b.teacher_id WHERE "
        "t.username = 'teacher.b' AND b.canceled_at IS NULL AND upper(b.during) > now()"));
    QVERIFY(setRule(limitKey, upcoming + 3));
    const QJsonObject params =
        seriesParams(room, local(2027, 1, 5, 8, 30), 50, QStringLiteral("2027-02-09"));
    const QJsonObject preview = m_b.request(QStringLiteral("previewSeries"), params);
    VERIFY_OK(preview);
    const QJsonArray occurrences = preview.value(QStringLiteral("occurrences")).toArray();
    QCOMPARE(occurrences.size(), 6);
    for (int i = 0; i < occurrences.size(); ++i)
        QCOMPARE(occurrences.at(i).toObject().value(QStringLiteral("code")).toString(),
                 i < 3 ? QString() : QStringLiteral("LIMIT_REACHED"));
    VERIFY_FAILURE(m_b.request(QStringLiteral("confirmSeries"),
                               withPolicy(params, QStringLiteral("allOrNothing"))),
                   409, "SERIES_CONFLICT");
    const QJsonObject limited = m_b.request(QStringLiteral("confirmSeries"),
                                            withPolicy(params, QStringLiteral("freeOnly")));
    VERIFY_OK(limited);
    QCOMPARE(limited.value(QStringLiteral("bookings")).toArray().size(), 3);
    const QJsonArray skipped = limited.value(QStringLiteral("skipped")).toArray();
    QCOMPARE(skipped.size(), 3);
    for (const QJsonValue &skip : skipped)
        QCOMPARE(skip.toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("LIMIT_REACHED"));
    // At the limit, the first date is refused already: one clear 403.
    const QJsonObject atLimit = m_b.request(
        QStringLiteral("confirmSeries"),
        withPolicy(seriesParams(room, local(2027, 1, 6, 8, 30), 50, QStringLiteral("2027-02-10")),
                   QStringLiteral("freeOnly")));
    VERIFY_FAILURE(atLimit, 403, "LIMIT_REACHED");
    // Admins are exempt.
    VERIFY_OK(m_admin.request(
        QStringLiteral("confirmSeries"),
        withPolicy(seriesParams(room, local(2027, 1, 6, 8, 30), 50, QStringLiteral("2027-02-10")),
                   QStringLiteral("freeOnly"))));
    QVERIFY(setRule(limitKey, 0));

    // Dates further ahead than allowed are skipped as TOO_FAR_AHEAD.
    QVERIFY(setRule(aheadKey, int(QDate::currentDate().daysTo(QDate(2027, 1, 20)))));
    const QJsonObject far = m_b.request(
        QStringLiteral("confirmSeries"),
        withPolicy(seriesParams(room, local(2027, 1, 7, 8, 30), 50, QStringLiteral("2027-02-04")),
                   QStringLiteral("freeOnly")));
    VERIFY_OK(far);
    QCOMPARE(datesOf(far.value(QStringLiteral("bookings")).toArray()),
             (QList<QDate>{QDate(2027, 1, 7), QDate(2027, 1, 14)}));
    for (const QJsonValue &skip : far.value(QStringLiteral("skipped")).toArray())
        QCOMPARE(skip.toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("TOO_FAR_AHEAD"));
    QCOMPARE(far.value(QStringLiteral("skipped")).toArray().size(), 3);
    QVERIFY(setRule(aheadKey, 0));

    // A restricted room refuses a teacher's series outright; an admin's goes through.
    QVERIFY(
        m_db->exec(QStringLiteral("UPDATE rooms SET restricted = true WHERE id = %1").arg(room)));
    const QJsonObject restricted =
        m_a.request(QStringLiteral("previewSeries"),
                    seriesParams(room, local(2027, 1, 8, 8, 30), 50, QStringLiteral("2027-02-05")));
    VERIFY_FAILURE(restricted, 403, "ROOM_RESTRICTED");
    QVERIFY(
        m_db->exec(QStringLiteral("UPDATE rooms SET restricted = false WHERE id = %1").arg(room)));
}

QTEST_GUILESS_MAIN(tst_Series)
#include "tst_series.moc"
