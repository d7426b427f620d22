// SPDX-License-Identifier: GPL-3.0-or-later

#include "CalendarImporter.h"
#include "CsvImporter.h"

#include <QtTest>

// The import planners compared with a school given in memory (ImportBaseline) instead of the
// database: what the fuzzing targets rely on, and the place for regression tests of what they
// found. No PostgreSQL is needed or touched.
namespace {
QStringList s_asked; // which questions the planners put to the baseline

ImportBaseline school() {
    ImportBaseline baseline;
    baseline.roomExists = [](const QString &name) {
        s_asked << QStringLiteral("room ") + name;
        return name == QLatin1String("Room 101");
    };
    baseline.teacherExists = [](const QString &username) {
        s_asked << QStringLiteral("teacher ") + username;
        return username == QLatin1String("teacher.a");
    };
    baseline.bellSchedule = [] {
        s_asked << QStringLiteral("schedule");
        return QList<Period>{{1, 1, QStringLiteral("P1"), QTime(8, 30), QTime(9, 20)}};
    };
    baseline.terms = [] {
        s_asked << QStringLiteral("terms");
        return QList<Term>{};
    };
    baseline.closedRanges = [] {
        s_asked << QStringLiteral("closed");
        return QList<ClosedRange>{};
    };
    baseline.upcomingBookingStarts = [] {
        s_asked << QStringLiteral("bookings");
        return QList<QDateTime>{QDateTime(QDate(2027, 2, 16), QTime(9, 0)),
                                QDateTime(QDate(2027, 2, 22), QTime(9, 0)),
                                QDateTime(QDate(2027, 5, 3), QTime(9, 0))};
    };
    return baseline;
}
} // namespace

class tst_ImportPlans : public QObject {
    Q_OBJECT
private slots:
    void init() { s_asked.clear(); }

    void roomsAreComparedWithTheBaseline() {
        const ImportPlan plan = CsvImporter::planRooms(
            QStringLiteral("name,building,capacity,features\nRoom 101,Main,30,projector\n"
                           "Room 102,Main,24,\n"),
            school());
        QVERIFY2(plan.isValid(), qPrintable(plan.problemText()));
        QCOMPARE(plan.changes, (QStringList{QStringLiteral("update room Room 101"),
                                            QStringLiteral("add room Room 102")}));
        QCOMPARE(plan.updates, 1);
        QCOMPARE(plan.additions, 1);
    }

    void aBadFileAsksNothing() {
        const ImportPlan plan = CsvImporter::planRooms(
            QStringLiteral("name,building,capacity,features\nRoom 101,Main,lots,\n"), school());
        QVERIFY(!plan.isValid());
        QCOMPARE(plan.problems.size(), 1);
        QCOMPARE(plan.problems.first().line, 2);
        QCOMPARE(s_asked, QStringList());
    }

    void aNewTeacherNeedsAPasswordAnExistingOneDoesNot() {
        const ImportPlan plan = CsvImporter::planTeachers(
            QStringLiteral("username,name,email,role,password\n"
                           "teacher.a,Teacher A,a@school.example,teacher,\n"
                           "new.one,New One,,teacher,\n"),
            school());
        QCOMPARE(plan.problemText(),
                 QStringLiteral("line 3: new teacher 'new.one' needs a password"));
    }

    void scheduleNamesTheOneItReplaces() {
        const ImportPlan plan = CalendarImporter::planPeriods(
            QStringLiteral("weekdays,name,start,end\nMon-Fri,Period 1,08:30,09:20\n"), school());
        QVERIFY2(plan.isValid(), qPrintable(plan.problemText()));
        QCOMPARE(plan.changes.first(),
                 QStringLiteral("replace the bell schedule (1 periods now) with 5 periods"));
        QCOMPARE(plan.additions, 5);
    }

    void calendarCountsTheBookingsOnNewClosedDays() {
        const ImportPlan plan = CalendarImporter::planCalendar(
            QStringLiteral("kind,name,first,last,weeks\n"
                           "term,Spring term,2027-01-04,2027-03-26,A;B\n"
                           "closed,Half term,2027-02-15,2027-02-19,\n"),
            school());
        QVERIFY2(plan.isValid(), qPrintable(plan.problemText()));
        // 16 February is half term, 3 May is outside every term; 22 February is open.
        QVERIFY2(plan.changes.contains(
                     QStringLiteral("2 upcoming bookings fall on closed days (they are kept)")),
                 qPrintable(plan.changes.join(QLatin1Char('\n'))));
        QVERIFY(s_asked.contains(QStringLiteral("bookings")));
    }
};

QTEST_GUILESS_MAIN(tst_ImportPlans)
#include "tst_importplans.moc"
