// SPDX-License-Identifier: GPL-3.0-or-later

#include "CalendarView.h"

#include "CalendarStore.h"

#include <utility>

CalendarView::CalendarView(QList<Term> terms, QList<ClosedRange> closedRanges)
    : m_terms(std::move(terms)), m_closedRanges(std::move(closedRanges)) {}

CalendarView CalendarView::load() {
    return CalendarView(CalendarStore::terms(), CalendarStore::closedRanges());
}

QString CalendarView::holidaysReason() {
    return QStringLiteral("School holidays");
}

std::optional<Term> CalendarView::termOf(const QDate &date) const {
    for (const Term &term : m_terms) {
        if (term.contains(date))
            return term;
    }
    return std::nullopt;
}

SchoolDay CalendarView::day(const QDate &date) const {
    SchoolDay day;
    day.date = date;
    if (const std::optional<Term> term = termOf(date)) {
        day.term = term->name;
        day.week = term->weekLabel(date);
    } else if (!m_terms.isEmpty()) {
        day.open = false;
        day.reason = holidaysReason();
    }
    for (const ClosedRange &range : m_closedRanges) {
        if (range.contains(date)) {
            day.open = false;
            day.reason = range.name;
            break;
        }
    }
    return day;
}
