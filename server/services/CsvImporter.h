#pragma once

#include "ImportPlan.h"

#include <QString>

// CSV imports of rooms and teachers (contract section 3): validate everything first, then write
// everything in one transaction, or nothing at all.
class CsvImporter {
public:
    static ImportPlan planRooms(const QString &csv);
    static ImportPlan planTeachers(const QString &csv);
    // Writes a valid plan in one transaction. Throws DatabaseError.
    static void apply(const ImportPlan &plan);
    static QString readFile(const QString &path, QString *error);
};
