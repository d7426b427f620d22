// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ClosedRange.h"
#include "Period.h"
#include "Term.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

// What an import is compared with for its preview: the school as it is now (the rooms and
// teachers that exist, the bell schedule and calendar a file replaces, the bookings ahead). The
// planners ask only once the file itself is valid, and only for what they describe.
// fromDatabase() answers from the database (each question may throw DatabaseError); a caller
// without a database (the fuzzing targets) gives in-memory answers of its own.
class ImportBaseline {
public:
    std::function<bool(const QString &name)> roomExists;
    std::function<bool(const QString &username)> teacherExists;
    std::function<QList<Period>()> bellSchedule;
    std::function<QList<Term>()> terms;
    std::function<QList<ClosedRange>()> closedRanges;
    // The start of every live booking from now on.
    std::function<QList<QDateTime>()> upcomingBookingStarts;

    static ImportBaseline fromDatabase();
};
