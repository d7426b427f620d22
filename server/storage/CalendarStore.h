// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ClosedRange.h"
#include "Term.h"

#include <QList>

// The school calendar: terms (with their week cycles) and closed date ranges.
class CalendarStore {
public:
    // Ordered by first day.
    static QList<Term> terms();
    static QList<ClosedRange> closedRanges();
    // Replaces every term and closed range in one transaction. Throws DatabaseError (23P01 when
    // two terms overlap).
    static void replaceAll(const QList<Term> &terms, const QList<ClosedRange> &closedRanges);
};
