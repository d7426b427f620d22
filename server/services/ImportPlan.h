// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ClosedRange.h"
#include "Period.h"
#include "Room.h"
#include "Teacher.h"
#include "Term.h"

#include <QList>
#include <QString>
#include <QStringList>

// A validated CSV import, ready to apply all at once, or the line-numbered reasons it cannot be.
struct ImportPlan {
    enum class Kind { Rooms, Teachers, Periods, Calendar };
    struct Problem {
        int line = 0;
        QString reason;
    };
    struct TeacherRow {
        Teacher teacher;
        QString password; // empty keeps an existing teacher's password
    };

    Kind kind = Kind::Rooms;
    QList<Room> rooms;
    QList<TeacherRow> teachers;
    QList<Period> periods; // Periods: the whole new bell schedule, each with its weekday
    QList<Term> terms;     // Calendar: every term and closed range of the new calendar
    QList<ClosedRange> closedRanges;
    QList<Problem> problems;
    QStringList changes; // "add Room 101", "update Room 102" for a preview
    int additions = 0;
    int updates = 0;
    QString source; // the file it came from, named in the audit log; empty when not known

    bool isValid() const { return problems.isEmpty(); }
    QString problemText() const {
        QStringList lines;
        for (const Problem &problem : problems)
            lines << QStringLiteral("line %1: %2").arg(problem.line).arg(problem.reason);
        return lines.join(QLatin1Char('\n'));
    }
};
