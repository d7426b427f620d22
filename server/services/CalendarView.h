// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ClosedRange.h"
#include "SchoolDay.h"
#include "Term.h"

#include <QList>
#include <optional>

// The school calendar as loaded once: answers for many dates without asking the database again
// (a year view, the dates of a series). The closed rule: a date inside a closed range is closed
// (reason: its name); when terms exist, a date outside every term is closed ("School
// holidays"); without terms every date is open.
class CalendarView {
public:
    CalendarView() = default;
    CalendarView(QList<Term> terms, QList<ClosedRange> closedRanges);

    // Reads the calendar from the database. Throws DatabaseError.
    static CalendarView load();

    SchoolDay day(const QDate &date) const;
    std::optional<Term> termOf(const QDate &date) const;
    const QList<Term> &terms() const { return m_terms; }
    const QList<ClosedRange> &closedRanges() const { return m_closedRanges; }

    static QString holidaysReason();

private:
    QList<Term> m_terms;
    QList<ClosedRange> m_closedRanges;
};
