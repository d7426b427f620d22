// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImportBaseline.h"
#include "ImportPlan.h"

#include <QString>

// CSV imports of rooms, teachers, the bell schedule and the calendar (contract sections 3, 4):
// validate everything first, then write everything in one transaction, or nothing at all.
class CsvImporter {
public:
    // Each plan compares the file with the school in the database; the overloads with a
    // baseline compare it with that instead.
    static ImportPlan planRooms(const QString &csv);
    static ImportPlan planRooms(const QString &csv, const ImportBaseline &baseline);
    static ImportPlan planTeachers(const QString &csv);
    static ImportPlan planTeachers(const QString &csv, const ImportBaseline &baseline);
    // The bell schedule and the calendar (CalendarImporter); applying one replaces the whole
    // schedule or calendar and announces periodsChanged or calendarChanged.
    static ImportPlan planPeriods(const QString &csv);
    static ImportPlan planCalendar(const QString &csv);
    // Writes a valid plan in one transaction. Throws DatabaseError.
    static void apply(const ImportPlan &plan);
    static QString readFile(const QString &path, QString *error);

private:
    // The import's row in the audit log (each change it made has its own row as well).
    static void recordImport(const ImportPlan &plan);
};
