#pragma once

#include "Room.h"
#include "Teacher.h"

#include <QList>
#include <QString>
#include <QStringList>

// A validated CSV import, ready to apply all at once, or the line-numbered reasons it cannot be.
struct ImportPlan {
    enum class Kind { Rooms, Teachers };
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
    QList<Problem> problems;
    QStringList changes; // "add Room 101", "update Room 102" for a preview
    int additions = 0;
    int updates = 0;

    bool isValid() const { return problems.isEmpty(); }
    QString problemText() const {
        QStringList lines;
        for (const Problem &problem : problems)
            lines << QStringLiteral("line %1: %2").arg(problem.line).arg(problem.reason);
        return lines.join(QLatin1Char('\n'));
    }
};
