// SPDX-License-Identifier: GPL-3.0-or-later

#include "AdminService.h"
#include "Database.h"
#include "DatabaseUrl.h"
#include "ProtocolError.h"
#include "ReplyChecks.h"
#include "SchoolCalendar.h"
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
QJsonObject dateParam(const char *date) {
    return {{QStringLiteral("date"), QLatin1String(date)}};
}

QStringList periodTimes(const QJsonObject &reply) {
    QStringList times;
    for (const QJsonValue &period : reply.value(QStringLiteral("periods")).toArray())
        times << period.toObject().value(QStringLiteral("start")).toString() + QLatin1Char('/') +
                     period.toObject().value(QStringLiteral("end")).toString();
    return times;
}
} // namespace

// The school calendar over the wire (contract section 4): bell schedules per weekday, terms
// with A/B weeks, closed days, the school's time zone across a daylight-saving change, and the
// events an import sends. The real server runs in Europe/London; the schedule and calendar
// arrive through the command-line imports while a teacher is connected.
class tst_Calendar : public QObject {
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TestClient> m_teacher;
    QTemporaryDir m_dir;

    ServerProcess::Result import(const char *option, const QByteArray &csv) {
        const QString path = m_dir.filePath(QString::fromLatin1(option).mid(2) + ".csv");
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
            qFatal("cannot write %s", qPrintable(path));
        file.close();
        return ServerProcess::run({QLatin1String(option), path, QStringLiteral("--db"), m_db->url(),
                                   QStringLiteral("--time-zone"), QStringLiteral("Europe/London")});
    }

    QJsonObject periods(const char *date) {
        return m_teacher->request(QStringLiteral("listPeriods"), dateParam(date));
    }

    QJsonObject calendar(const QString &from, const QString &to) {
        return m_teacher->request(QStringLiteral("listCalendar"),
                                  {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
    }

    qint64 roomId(const QString &name) {
        const QJsonObject reply = m_teacher->request(QStringLiteral("listRooms"));
        for (const QJsonValue &room : reply.value(QStringLiteral("rooms")).toArray()) {
            if (room.toObject().value(QStringLiteral("name")).toString() == name)
                return room.toObject().value(QStringLiteral("id")).toInteger();
        }
        return 0;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        qunsetenv("ROOMCLAIM_DB");
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(
            m_server->start(m_db->url(), {QStringLiteral("--demo"), QStringLiteral("--time-zone"),
                                          QStringLiteral("Europe/London")}),
            qPrintable(m_server->error()));
        QString error;
        Database::configure(DatabaseUrl::parse(m_db->url(), &error));
        m_teacher = std::make_unique<TestClient>();
        QVERIFY(m_teacher->open(m_server->url()));
        VERIFY_OK(m_teacher->login(QStringLiteral("teacher.a"), QStringLiteral("demo-a")));
    }

    void cleanup() {
        if (QTest::currentTestFailed() && m_server)
            qWarning().noquote() << "server log:\n" << m_server->output().right(4000);
    }

    void cleanupTestCase() {
        m_teacher.reset();
        m_server.reset();
        for (const QString &name : QSqlDatabase::connectionNames()) {
            if (name.startsWith(QLatin1String("roomclaim-"))) {
                QSqlDatabase::database(name, false).close();
                QSqlDatabase::removeDatabase(name);
            }
        }
        m_db.reset();
    }

    void demoSchoolKeepsTheNextFortnightOpen() {
        // Demos and tests book the near future on any day of the week.
        const QDate today = QDate::currentDate();
        const QJsonObject reply =
            calendar(today.toString(Qt::ISODate), today.addDays(60).toString(Qt::ISODate));
        VERIFY_OK(reply);
        const QJsonArray days = reply.value(QStringLiteral("days")).toArray();
        QStringList labels, closed;
        for (int i = 0; i < days.size(); ++i) {
            const QJsonObject day = days.at(i).toObject();
            if (i < 15)
                QVERIFY2(day.value(QStringLiteral("open")).toBool(), qPrintable(json(day)));
            labels << day.value(QStringLiteral("week")).toString();
            if (!day.value(QStringLiteral("open")).toBool())
                closed << day.value(QStringLiteral("reason")).toString();
        }
        QVERIFY(labels.contains(QStringLiteral("A")) && labels.contains(QStringLiteral("B")));
        QVERIFY2(closed.contains(QStringLiteral("Inset day")), qPrintable(closed.join(',')));
        QVERIFY2(closed.contains(QStringLiteral("Half term")), qPrintable(closed.join(',')));
        for (int offset = 0; offset < 7; ++offset) {
            const QDate date = today.addDays(1 + offset);
            const QJsonObject periods =
                m_teacher->request(QStringLiteral("listPeriods"),
                                   {{QStringLiteral("date"), date.toString(Qt::ISODate)}});
            QCOMPARE(periods.value(QStringLiteral("periods")).toArray().size(), 6);
            const QString lastEnd = periods.value(QStringLiteral("periods"))
                                        .toArray()
                                        .last()
                                        .toObject()
                                        .value(QStringLiteral("end"))
                                        .toString()
                                        .mid(11, 5);
            QCOMPARE(lastEnd,
                     date.dayOfWeek() == 5 ? QStringLiteral("13:55") : QStringLiteral("14:55"));
        }
        // Far-future dates stay open too.
        const QJsonObject later =
            m_teacher->request(QStringLiteral("listPeriods"), dateParam("2031-03-03"));
        QCOMPARE(later.value(QStringLiteral("periods")).toArray().size(), 6);
    }

    void importsReachConnectedTeachers() {
        m_teacher->clearEvents();
        const ServerProcess::Result schedule =
            import("--import-periods", "weekdays,name,start,end\n"
                                       "Mon-Thu,Period 1,08:30,09:20\n"
                                       "Mon-Thu,Period 2,09:25,10:15\n"
                                       "Mon-Thu,Period 3,10:35,11:25\n"
                                       "Fri,Period 1,08:30,09:10\n"
                                       "Fri,Period 2,09:15,09:55\n");
        QVERIFY2(schedule.exitCode == 0, qPrintable(schedule.err + schedule.out));
        QVERIFY(!m_teacher->waitForEvent(QStringLiteral("periodsChanged"), 10000).isEmpty());

        // The spring term holds the change to British Summer Time (Sunday 2027-03-28).
        const ServerProcess::Result calendar =
            import("--import-calendar", "kind,name,first,last,weeks\n"
                                        "term,Spring term,2027-01-04,2027-04-01,A;B\n"
                                        "term,Summer term,2027-04-12,2027-07-16,A;B\n"
                                        "closed,Half term,2027-02-15,2027-02-19,\n"
                                        "closed,Inset day,2027-03-01,2027-03-01,\n");
        QVERIFY2(calendar.exitCode == 0, qPrintable(calendar.err + calendar.out));
        QVERIFY(!m_teacher->waitForEvent(QStringLiteral("calendarChanged"), 10000).isEmpty());
    }

    void listPeriodsFollowsTheWeekday() {
        const QJsonObject monday = periods("2027-01-04");
        VERIFY_OK(monday);
        QCOMPARE(monday.value(QStringLiteral("date")).toString(), QStringLiteral("2027-01-04"));
        QCOMPARE(periodTimes(monday),
                 QStringList({QStringLiteral("2027-01-04T08:30:00Z/2027-01-04T09:20:00Z"),
                              QStringLiteral("2027-01-04T09:25:00Z/2027-01-04T10:15:00Z"),
                              QStringLiteral("2027-01-04T10:35:00Z/2027-01-04T11:25:00Z")})
                     .replaceInStrings(QStringLiteral("Z"), QStringLiteral("+00:00")));
        QCOMPARE(monday.value(QStringLiteral("week")).toString(), QStringLiteral("A"));
        QVERIFY(!monday.contains(QStringLiteral("closed")));

        const QJsonObject friday = periods("2027-01-15");
        VERIFY_OK(friday);
        QCOMPARE(
            periodTimes(friday),
            QStringList({QStringLiteral("2027-01-15T08:30:00+00:00/2027-01-15T09:10:00+00:00"),
                         QStringLiteral("2027-01-15T09:15:00+00:00/2027-01-15T09:55:00+00:00")}));
        QCOMPARE(friday.value(QStringLiteral("week")).toString(), QStringLiteral("B"));
        QCOMPARE(friday.value(QStringLiteral("periods"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("name")),
                 QJsonValue(QStringLiteral("Period 1")));

        // A Saturday in term is open, it just has no periods.
        const QJsonObject saturday = periods("2027-01-09");
        VERIFY_OK(saturday);
        QVERIFY(saturday.value(QStringLiteral("periods")).toArray().isEmpty());
        QVERIFY(!saturday.contains(QStringLiteral("closed")));
    }

    void closedDaysHaveNoPeriodsAndSayWhy() {
        const QJsonObject halfTerm = periods("2027-02-16");
        VERIFY_OK(halfTerm);
        QVERIFY(halfTerm.value(QStringLiteral("periods")).toArray().isEmpty());
        QCOMPARE(halfTerm.value(QStringLiteral("closed")).toString(), QStringLiteral("Half term"));
        QCOMPARE(halfTerm.value(QStringLiteral("week")).toString(), QStringLiteral("A"));

        const QJsonObject inset = periods("2027-03-01");
        QCOMPARE(inset.value(QStringLiteral("closed")).toString(), QStringLiteral("Inset day"));

        const QJsonObject easter = periods("2027-04-05");
        VERIFY_OK(easter);
        QVERIFY(easter.value(QStringLiteral("periods")).toArray().isEmpty());
        QCOMPARE(easter.value(QStringLiteral("closed")).toString(),
                 QStringLiteral("School holidays"));
        QVERIFY(easter.value(QStringLiteral("week")).isNull());
    }

    void periodTimesAreWallClockAcrossDaylightSaving() {
        // 2027-03-28 the clocks go forward: the same 08:30 is now an hour earlier in UTC.
        const QJsonObject before = periods("2027-03-22");
        const QJsonObject after = periods("2027-03-29");
        VERIFY_OK(before);
        VERIFY_OK(after);
        QCOMPARE(periodTimes(before).value(0),
                 QStringLiteral("2027-03-22T08:30:00+00:00/2027-03-22T09:20:00+00:00"));
        QCOMPARE(periodTimes(after).value(0),
                 QStringLiteral("2027-03-29T08:30:00+01:00/2027-03-29T09:20:00+01:00"));
        QCOMPARE(after.value(QStringLiteral("week")).toString(), QStringLiteral("A"));
        const QJsonObject summer = periods("2027-04-12");
        QCOMPARE(periodTimes(summer).value(2),
                 QStringLiteral("2027-04-12T10:35:00+01:00/2027-04-12T11:25:00+01:00"));
        // A new term starts its cycle again.
        QCOMPARE(summer.value(QStringLiteral("week")).toString(), QStringLiteral("A"));

        // A booking of that period comes back in the same local time.
        const QJsonObject reply =
            m_teacher->request(QStringLiteral("confirmBooking"),
                               {{QStringLiteral("roomId"), roomId(QStringLiteral("Room 101"))},
                                {QStringLiteral("start"), QStringLiteral("2027-03-29T07:30:00Z")},
                                {QStringLiteral("end"), QStringLiteral("2027-03-29T08:20:00Z")}});
        VERIFY_OK(reply);
        QCOMPARE(reply.value(QStringLiteral("booking")).toObject().value(QStringLiteral("start")),
                 QJsonValue(QStringLiteral("2027-03-29T08:30:00+01:00")));
    }

    void listCalendarLabelsWeeksAndClosedDays() {
        const QJsonObject reply =
            calendar(QStringLiteral("2027-01-01"), QStringLiteral("2027-04-13"));
        VERIFY_OK(reply);
        const QJsonArray days = reply.value(QStringLiteral("days")).toArray();
        QCOMPARE(days.size(), 103);
        QHash<QString, QJsonObject> byDate;
        for (const QJsonValue &day : days)
            byDate.insert(day.toObject().value(QStringLiteral("date")).toString(), day.toObject());
        QCOMPARE(days.first().toObject().value(QStringLiteral("date")).toString(),
                 QStringLiteral("2027-01-01"));
        QCOMPARE(days.last().toObject().value(QStringLiteral("date")).toString(),
                 QStringLiteral("2027-04-13"));

        // Before the term: holidays, no term, no week.
        const QJsonObject newYear = byDate.value(QStringLiteral("2027-01-01"));
        QCOMPARE(newYear.value(QStringLiteral("open")), QJsonValue(false));
        QCOMPARE(newYear.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("School holidays"));
        QVERIFY(newYear.value(QStringLiteral("term")).isNull());
        QVERIFY(newYear.value(QStringLiteral("week")).isNull());

        // Weeks run Monday to Sunday and take the labels in turn.
        const QList<std::pair<const char *, const char *>> weeks = {
            {"2027-01-04", "A"}, {"2027-01-10", "A"}, {"2027-01-11", "B"}, {"2027-01-17", "B"},
            {"2027-01-18", "A"}, {"2027-02-22", "B"}, {"2027-03-22", "B"}, {"2027-03-29", "A"},
            {"2027-04-01", "A"}, {"2027-04-12", "A"}, {"2027-04-13", "A"}};
        for (const auto &[date, label] : weeks) {
            const QJsonObject day = byDate.value(QLatin1String(date));
            QCOMPARE(day.value(QStringLiteral("week")).toString(), QLatin1String(label));
            QCOMPARE(day.value(QStringLiteral("open")), QJsonValue(true));
            QVERIFY2(!day.contains(QStringLiteral("reason")), date);
        }
        QCOMPARE(
            byDate.value(QStringLiteral("2027-01-04")).value(QStringLiteral("term")).toString(),
            QStringLiteral("Spring term"));
        QCOMPARE(
            byDate.value(QStringLiteral("2027-04-12")).value(QStringLiteral("term")).toString(),
            QStringLiteral("Summer term"));

        // Closed inside the term: the reason, and still the term and week.
        for (const char *date : {"2027-02-15", "2027-02-17", "2027-02-19"}) {
            const QJsonObject day = byDate.value(QLatin1String(date));
            QCOMPARE(day.value(QStringLiteral("open")), QJsonValue(false));
            QCOMPARE(day.value(QStringLiteral("reason")).toString(), QStringLiteral("Half term"));
            QCOMPARE(day.value(QStringLiteral("term")).toString(), QStringLiteral("Spring term"));
            QCOMPARE(day.value(QStringLiteral("week")).toString(), QStringLiteral("A"));
        }
        QCOMPARE(byDate.value(QStringLiteral("2027-02-20")).value(QStringLiteral("open")),
                 QJsonValue(true));
        QCOMPARE(byDate.value(QStringLiteral("2027-03-01")).value(QStringLiteral("reason")),
                 QJsonValue(QStringLiteral("Inset day")));
        for (const char *date : {"2027-04-02", "2027-04-05", "2027-04-11"})
            QCOMPARE(byDate.value(QLatin1String(date)).value(QStringLiteral("reason")),
                     QJsonValue(QStringLiteral("School holidays")));
    }

    void listCalendarRefusesBadRanges() {
        VERIFY_OK(calendar(QStringLiteral("2027-01-01"), QStringLiteral("2028-02-04"))); // 400 days
        const QList<std::pair<QString, QString>> bad = {
            {QStringLiteral("2027-01-01"), QStringLiteral("2028-02-05")}, // 401 days
            {QStringLiteral("2027-02-30"), QStringLiteral("2027-03-02")},
            {QStringLiteral("2027-02-01"), QStringLiteral("2027-13-01")},
            {QStringLiteral("2027-3-1"), QStringLiteral("2027-03-02")},
            {QStringLiteral("2027-03-02"), QStringLiteral("2027-03-01")},
            // Qt's ISO date parser reads any character between the parts (found by fuzzing).
            {QStringLiteral("2027-02;12"), QStringLiteral("2027-02-15")},
            {QStringLiteral("2027-02-12"), QStringLiteral("2027-02&15")},
            {QStringLiteral("2027-02-12\n"), QStringLiteral("2027-02-15")},
        };
        for (const auto &[from, to] : bad) {
            const QJsonObject reply = calendar(from, to);
            QCOMPARE(reply.value(QStringLiteral("ok")), QJsonValue(false));
            QCOMPARE(reply.value(QStringLiteral("status")).toInt(), 400);
            QCOMPARE(reply.value(QStringLiteral("code")).toString(), QStringLiteral("BAD_REQUEST"));
        }
        QCOMPARE(calendar(QStringLiteral("2027-01-01"), QStringLiteral("2028-02-05"))
                     .value(QStringLiteral("message"))
                     .toString(),
                 QStringLiteral("A calendar listing may span at most 400 days"));
        const QJsonObject missing = m_teacher->request(QStringLiteral("listCalendar"),
                                                       {{QStringLiteral("from"), "2027-01-01"}});
        QCOMPARE(missing.value(QStringLiteral("status")).toInt(), 400);
        const QJsonObject oddDate = periods("2027-01;04");
        QCOMPARE(oddDate.value(QStringLiteral("status")).toInt(), 400);
        QCOMPARE(oddDate.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Field 'date' must be a date like 2027-03-01"));
        // The connection keeps serving.
        VERIFY_OK(periods("2027-01-04"));
    }

    void confirmOnAClosedDayIsRefusedWithTheReason() {
        const qint64 room = roomId(QStringLiteral("Room 102"));
        QVERIFY(room > 0);
        const QList<std::tuple<QString, QString, QString>> cases = {
            {QStringLiteral("2027-02-16T09:25:00+00:00"), QStringLiteral("2027-02-16"),
             QStringLiteral("Half term")},
            {QStringLiteral("2027-03-01T09:25:00+00:00"), QStringLiteral("2027-03-01"),
             QStringLiteral("Inset day")},
            {QStringLiteral("2027-04-06T09:25:00+01:00"), QStringLiteral("2027-04-06"),
             QStringLiteral("School holidays")}};
        for (const auto &[start, date, reason] : cases) {
            const QDateTime begin = QDateTime::fromString(start, Qt::ISODate);
            const QJsonObject reply = m_teacher->request(
                QStringLiteral("confirmBooking"),
                {{QStringLiteral("roomId"), room},
                 {QStringLiteral("start"), start},
                 {QStringLiteral("end"), begin.addSecs(50 * 60).toString(Qt::ISODate)}});
            QCOMPARE(reply.value(QStringLiteral("ok")), QJsonValue(false));
            QCOMPARE(reply.value(QStringLiteral("status")).toInt(), 409);
            QCOMPARE(reply.value(QStringLiteral("code")).toString(), QStringLiteral("CLOSED_DAY"));
            QCOMPARE(reply.value(QStringLiteral("message")).toString(),
                     QStringLiteral("The school is closed on %1 (%2)").arg(date, reason));
            QCOMPARE(reply.value(QStringLiteral("date")).toString(), date);
            QCOMPARE(reply.value(QStringLiteral("reason")).toString(), reason);
        }
        QCOMPARE(
            m_db->scalar(
                    QStringLiteral("SELECT count(*) FROM bookings WHERE room_id = %1").arg(room))
                .toInt(),
            0);
        // The day after half term books as usual.
        VERIFY_OK(m_teacher->request(QStringLiteral("confirmBooking"),
                                     {{QStringLiteral("roomId"), room},
                                      {QStringLiteral("start"), "2027-02-22T09:25:00+00:00"},
                                      {QStringLiteral("end"), "2027-02-22T10:15:00+00:00"}}));
    }

    void calendarChangesKeepBookingsAndListThoseOnClosedDays() {
        const qint64 room = roomId(QStringLiteral("Room 103"));
        const QJsonObject booked = m_teacher->request(
            QStringLiteral("confirmBooking"), {{QStringLiteral("roomId"), room},
                                               {QStringLiteral("start"), "2027-03-08T10:35:00Z"},
                                               {QStringLiteral("end"), "2027-03-08T11:25:00Z"}});
        VERIFY_OK(booked);
        const qint64 id = booked.value(QStringLiteral("booking"))
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toInteger();
        for (const Booking &booking : AdminService::bookingsOnClosedDays())
            QVERIFY(booking.id != id);

        // The console adds a snow day on that Monday.
        QList<Term> terms;
        QList<ClosedRange> closed;
        for (const Term &term : SchoolCalendar::terms())
            terms << term;
        closed = SchoolCalendar::closedRanges();
        closed << ClosedRange{0, QStringLiteral("Snow day"), QDate(2027, 3, 8), QDate(2027, 3, 8)};
        m_teacher->clearEvents();
        AdminService::saveCalendar(terms, closed);
        QVERIFY(!m_teacher->waitForEvent(QStringLiteral("calendarChanged"), 10000).isEmpty());
        QCOMPARE(periods("2027-03-08").value(QStringLiteral("closed")).toString(),
                 QStringLiteral("Snow day"));
        // The booking is kept, and listed for the admin to deal with.
        QList<qint64> listed;
        for (const Booking &booking : AdminService::bookingsOnClosedDays())
            listed << booking.id;
        QCOMPARE(listed, QList<qint64>{id});
        QCOMPARE(
            m_db->scalar(QStringLiteral("SELECT canceled_at IS NULL FROM bookings WHERE id = %1")
                             .arg(id))
                .toBool(),
            true);

        // A calendar that breaks the rules is refused with the problem named; nothing changes.
        const QJsonValue before =
            calendar(QStringLiteral("2027-01-01"), QStringLiteral("2027-07-31"))
                .value(QStringLiteral("days"));
        QCOMPARE(before.toArray().size(), 212);
        terms << Term{0, QStringLiteral("Overlapping"), QDate(2027, 3, 1), QDate(2027, 5, 1), {}};
        try {
            AdminService::saveCalendar(terms, closed);
            QFAIL("overlapping terms were saved");
        } catch (const ProtocolError &error) {
            QCOMPARE(error.status(), 400);
            QCOMPARE(error.message(),
                     QStringLiteral("Term 'Overlapping' overlaps term 'Spring term'."));
        }
        QCOMPARE(calendar(QStringLiteral("2027-01-01"), QStringLiteral("2027-07-31"))
                     .value(QStringLiteral("days")),
                 before);
    }
};

QTEST_GUILESS_MAIN(tst_Calendar)
#include "tst_calendar.moc"
