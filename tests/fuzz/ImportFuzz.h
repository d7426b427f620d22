// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "FuzzSupport.h"

#include "ImportBaseline.h"
#include "ImportPlan.h"

#include <QDateTime>
#include <QSet>

// What the import targets share: a small school held in memory for the planners to compare a
// file with (no database), and the checks every plan must pass.
namespace ImportFuzz {

inline ImportBaseline school() {
    ImportBaseline baseline;
    baseline.roomExists = [](const QString &name) {
        static const QSet<QString> rooms{QStringLiteral("Room 101"), QStringLiteral("Lab A")};
        return rooms.contains(name.trimmed());
    };
    baseline.teacherExists = [](const QString &username) {
        static const QSet<QString> usernames{QStringLiteral("teacher.a"), QStringLiteral("head")};
        return usernames.contains(username.toLower());
    };
    baseline.bellSchedule = [] {
        Period first{1, 1, QStringLiteral("Period 1"), QTime(8, 30), QTime(9, 20)};
        Period second{2, 1, QStringLiteral("Period 2"), QTime(9, 25), QTime(10, 15)};
        return QList<Period>{first, second};
    };
    baseline.terms = [] {
        return QList<Term>{{1,
                            QStringLiteral("Spring term"),
                            QDate(2027, 1, 4),
                            QDate(2027, 3, 26),
                            {QStringLiteral("A"), QStringLiteral("B")}}};
    };
    baseline.closedRanges = [] {
        return QList<ClosedRange>{
            {1, QStringLiteral("Half term"), QDate(2027, 2, 15), QDate(2027, 2, 19)}};
    };
    baseline.upcomingBookingStarts = [] {
        // Bookings on dates every calendar may close: a weekday of each month, a weekend,
        // New Year's Day, a leap day, across daylight saving.
        QList<QDateTime> starts;
        for (int month = 1; month <= 12; ++month)
            starts << QDateTime(QDate(2027, month, 10), QTime(9, 0));
        starts << QDateTime(QDate(2027, 3, 28), QTime(1, 30))
               << QDateTime(QDate(2028, 1, 1), QTime(0, 0))
               << QDateTime(QDate(2028, 2, 29), QTime(23, 59));
        return starts;
    };
    return baseline;
}

// A plan is valid exactly without problems, and each problem names a line of the file and a
// reason.
inline void checkPlan(const ImportPlan &plan, const QString &text) {
    const int lines = int(text.count(QLatin1Char('\n')) + text.count(QLatin1Char('\r'))) + 1;
    for (const ImportPlan::Problem &problem : plan.problems) {
        FUZZ_CHECK(problem.line >= 1 && problem.line <= lines,
                   QStringLiteral("line %1: %2").arg(problem.line).arg(problem.reason));
        FUZZ_CHECK(!problem.reason.trimmed().isEmpty(), plan.problemText());
    }
    FUZZ_CHECK(plan.isValid() == plan.problemText().isEmpty(), plan.problemText());
}

} // namespace ImportFuzz
