// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ClosedRange.h"
#include "Period.h"
#include "Term.h"

#include <QList>
#include <QString>

// The rules a bell schedule and a calendar must follow, in one place for the console, the
// network and the CSV imports. Messages are sentences without the final full stop.
class CalendarValidator {
public:
    struct Problem {
        int index = 0;       // the entry at fault
        int otherIndex = -1; // the entry it clashes with, if any
        QString message;
    };

    // Each period needs a name, a start before its end, and must not overlap another period of
    // its weekday. Periods group by weekday; the day is named in messages when it is 1 to 7.
    static QList<Problem> checkPeriods(const QList<Period> &periods);
    // Indexes count the terms first, then the closed ranges (terms.size() + i). Names and valid
    // dates, last day not before the first, terms that do not overlap, and (when terms exist)
    // each closed range inside a term.
    static QList<Problem> checkCalendar(const QList<Term> &terms,
                                        const QList<ClosedRange> &closedRanges);

    static constexpr int MaxNameLength = 100;
    static constexpr int MaxWeekLabels = 8;
    static constexpr int MaxWeekLabelLength = 20;
};
