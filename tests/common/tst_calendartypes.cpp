// SPDX-License-Identifier: GPL-3.0-or-later

#include "Booking.h"
#include "ErrorCodes.h"
#include "ProtocolError.h"
#include "RepeatRule.h"
#include "Rfc3339.h"
#include "SchoolDay.h"
#include "SeriesOccurrence.h"
#include "Term.h"
#include "WeekdaySet.h"

#include <QJsonArray>
#include <QtTest>

namespace {
QString repeatRejection(const QJsonValue &json) {
    try {
        RepeatRule::fromJson(json);
    } catch (const ProtocolError &error) {
        return error.code() + QLatin1Char(' ') + error.message();
    }
    return {};
}
} // namespace

// The calendar's value types: what the CSV files, the console and the wire rely on.
class tst_CalendarTypes : public QObject {
    Q_OBJECT
private slots:
    void weekdaysReadDaysRangesAndLists_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("days");
        QTest::newRow("one day") << "Mon" << QList<int>{1};
        QTest::newRow("any case, spaces") << " fri " << QList<int>{5};
        QTest::newRow("range") << "Mon-Thu" << QList<int>{1, 2, 3, 4};
        QTest::newRow("list") << "Mon;Wed;Fri" << QList<int>{1, 3, 5};
        QTest::newRow("list of ranges") << "Sat-Sun;Mon" << QList<int>{1, 6, 7};
        QTest::newRow("repeats once") << "Tue;Tue" << QList<int>{2};
    }
    void weekdaysReadDaysRangesAndLists() {
        QFETCH(QString, text);
        QFETCH(QList<int>, days);
        QString error;
        QCOMPARE(WeekdaySet::parse(text, &error), days);
        QVERIFY(error.isEmpty());
        // What the console writes back reads as the same days.
        QCOMPARE(WeekdaySet::parse(WeekdaySet::format(days), &error), days);
    }

    void badWeekdaysAreNamed_data() {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"", "Monday", "Thu-Mon", "Mon-", "Mon-Tue-Wed", "Mon;;Tue", "7"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void badWeekdaysAreNamed() {
        QFETCH(QString, text);
        QString error;
        QVERIFY(WeekdaySet::parse(text, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("is not a weekday")), qPrintable(error));
    }

    void weekdaysFormatShortest() {
        QCOMPARE(WeekdaySet::format({1, 2, 3, 4, 5}), QStringLiteral("Mon-Fri"));
        QCOMPARE(WeekdaySet::format({5, 1, 3}), QStringLiteral("Mon;Wed;Fri"));
        QCOMPARE(WeekdaySet::format({1, 2}), QStringLiteral("Mon;Tue"));
        QCOMPARE(WeekdaySet::format({1, 2, 3, 6}), QStringLiteral("Mon-Wed;Sat"));
    }

    void termWeeksCycleFromTheWeekOfTheFirstDay() {
        Term term;
        term.name = QStringLiteral("Spring term");
        term.first = QDate(2027, 1, 6); // a Wednesday: its week (from Monday 4 Jan) is week A
        term.last = QDate(2027, 3, 26);
        term.weeks = QStringList{QStringLiteral("A"), QStringLiteral("B")};
        QCOMPARE(term.weekLabel(QDate(2027, 1, 6)), QStringLiteral("A"));
        QCOMPARE(term.weekLabel(QDate(2027, 1, 10)), QStringLiteral("A")); // Sunday, same week
        QCOMPARE(term.weekLabel(QDate(2027, 1, 11)), QStringLiteral("B"));
        QCOMPARE(term.weekLabel(QDate(2027, 1, 18)), QStringLiteral("A"));
        QCOMPARE(term.weekLabel(QDate(2027, 3, 15)), QStringLiteral("A"));
        QCOMPARE(term.weekLabel(QDate(2027, 3, 22)), QStringLiteral("B"));
        QVERIFY(term.weekLabel(QDate(2027, 1, 5)).isEmpty());  // before the term
        QVERIFY(term.weekLabel(QDate(2027, 3, 27)).isEmpty()); // after it
        term.weeks.clear();
        QVERIFY(term.weekLabel(QDate(2027, 1, 18)).isEmpty());
    }

    void schoolDayOnTheWire() {
        SchoolDay closed;
        closed.date = QDate(2027, 2, 15);
        closed.open = false;
        closed.reason = QStringLiteral("Half term");
        closed.term = QStringLiteral("Spring term");
        closed.week = QStringLiteral("B");
        const QJsonObject json = closed.toJson();
        QCOMPARE(json.value(QStringLiteral("date")).toString(), QStringLiteral("2027-02-15"));
        QCOMPARE(json.value(QStringLiteral("open")).toBool(true), false);
        QCOMPARE(json.value(QStringLiteral("reason")).toString(), QStringLiteral("Half term"));
        QCOMPARE(json.value(QStringLiteral("week")).toString(), QStringLiteral("B"));
        const SchoolDay back = SchoolDay::fromJson(json);
        QCOMPARE(back.date, closed.date);
        QCOMPARE(back.reason, closed.reason);

        SchoolDay open;
        open.date = QDate(2027, 8, 2);
        const QJsonObject openJson = open.toJson();
        QVERIFY(!openJson.contains(QStringLiteral("reason")));
        QVERIFY(openJson.value(QStringLiteral("week")).isNull());
        QVERIFY(openJson.value(QStringLiteral("term")).isNull());
    }

    void repeatRuleReadsEveryAndUntil() {
        const RepeatRule weekly = RepeatRule::fromJson(
            QJsonObject{{QStringLiteral("every"), QStringLiteral("week")},
                        {QStringLiteral("until"), QStringLiteral("2027-03-26")}});
        QCOMPARE(weekly.every, RepeatRule::Every::Week);
        QCOMPARE(weekly.until, QDate(2027, 3, 26));
        QVERIFY(!weekly.untilTermEnd);
        const RepeatRule cycle =
            RepeatRule::fromJson(QJsonObject{{QStringLiteral("every"), QStringLiteral("cycle")},
                                             {QStringLiteral("until"), QStringLiteral("termEnd")}});
        QCOMPARE(cycle.every, RepeatRule::Every::Cycle);
        QVERIFY(cycle.untilTermEnd);
        QCOMPARE(RepeatRule::fromJson(cycle.toJson()).untilTermEnd, true);
    }

    void badRepeatRulesAreNamed_data() {
        QTest::addColumn<QJsonValue>("json");
        QTest::addColumn<QString>("field");
        const auto rule = [](const QJsonValue &every, const QJsonValue &until) {
            return QJsonValue(
                QJsonObject{{QStringLiteral("every"), every}, {QStringLiteral("until"), until}});
        };
        QTest::newRow("not an object") << QJsonValue(QStringLiteral("weekly")) << "'repeat'";
        QTest::newRow("unknown every")
            << rule(QStringLiteral("fortnight"), QStringLiteral("2027-03-26")) << "repeat.every";
        QTest::newRow("every missing")
            << rule(QJsonValue(), QStringLiteral("2027-03-26")) << "repeat.every";
        QTest::newRow("impossible date")
            << rule(QStringLiteral("week"), QStringLiteral("2027-02-30")) << "repeat.until";
        QTest::newRow("date with time")
            << rule(QStringLiteral("week"), QStringLiteral("2027-03-26T00:00:00Z"))
            << "repeat.until";
        QTest::newRow("number") << rule(QStringLiteral("week"), 20270326) << "repeat.until";
        QTest::newRow("until missing")
            << rule(QStringLiteral("cycle"), QJsonValue()) << "repeat.until";
        // $ also matches before a final newline (as fuzzing found in listCalendar's dates).
        QTest::newRow("date and a newline")
            << rule(QStringLiteral("week"), QStringLiteral("2027-03-26\n")) << "repeat.until";
    }
    void badRepeatRulesAreNamed() {
        QFETCH(QJsonValue, json);
        QFETCH(QString, field);
        const QString rejection = repeatRejection(json);
        QVERIFY2(rejection.startsWith(QLatin1String(ErrorCodes::BadRequest)),
                 qPrintable(rejection));
        QVERIFY2(rejection.contains(field), qPrintable(rejection));
    }

    void occurrenceShapes() {
        SeriesOccurrence taken;
        taken.interval = Interval(Rfc3339::parse(QStringLiteral("2027-01-12T10:20:00+00:00")),
                                  Rfc3339::parse(QStringLiteral("2027-01-12T11:10:00+00:00")));
        taken.status = SeriesOccurrence::Status::Booked;
        taken.conflict.id = 40;
        taken.conflict.teacherName = QStringLiteral("Teacher B");
        taken.code = QString(ErrorCodes::BookingConflict);
        taken.message = QStringLiteral("Room already booked by Teacher B");

        const QJsonObject preview = taken.toPreviewJson();
        QCOMPARE(preview.value(QStringLiteral("status")).toString(), QStringLiteral("booked"));
        QCOMPARE(preview.value(QStringLiteral("conflict"))
                     .toObject()
                     .value(QStringLiteral("teacherName"))
                     .toString(),
                 QStringLiteral("Teacher B"));
        QVERIFY(!preview.contains(QStringLiteral("holder")));
        QCOMPARE(Rfc3339::parse(preview.value(QStringLiteral("start")).toString()),
                 taken.interval.start());

        const QJsonObject skipped = taken.toSkippedJson();
        QCOMPARE(skipped.keys(), (QStringList{QStringLiteral("code"), QStringLiteral("end"),
                                              QStringLiteral("message"), QStringLiteral("start")}));
        QCOMPARE(skipped.value(QStringLiteral("code")).toString(),
                 QStringLiteral("BOOKING_CONFLICT"));

        const SeriesOccurrence back = SeriesOccurrence::fromJson(preview);
        QCOMPARE(back.status, SeriesOccurrence::Status::Booked);
        QCOMPARE(back.conflict.teacherName, QStringLiteral("Teacher B"));

        SeriesOccurrence closed;
        closed.interval = taken.interval;
        closed.status = SeriesOccurrence::Status::Closed;
        closed.reason = QStringLiteral("Half term");
        QCOMPARE(closed.toPreviewJson().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Half term"));
        QVERIFY(!closed.toPreviewJson().contains(QStringLiteral("conflict")));
    }

    void bookingCarriesItsSeries() {
        Booking single;
        single.id = 1;
        QVERIFY(single.toJson().value(QStringLiteral("seriesId")).isNull());
        QVERIFY(single.toJson().contains(QStringLiteral("seriesId")));
        Booking occurrence;
        occurrence.id = 2;
        occurrence.seriesId = 7;
        QCOMPARE(occurrence.toJson().value(QStringLiteral("seriesId")).toInteger(), 7);
        QCOMPARE(Booking::fromJson(occurrence.toJson()).seriesId, 7);
    }
};

QTEST_GUILESS_MAIN(tst_CalendarTypes)
#include "tst_calendartypes.moc"
