// SPDX-License-Identifier: GPL-3.0-or-later

// The calendar import (kind,name,first,last,weeks; contract section 4): terms with week cycles
// and closed ranges, YYYY-MM-DD dates, overlaps and ranges outside every term, planned against
// a school held in memory (its upcoming bookings are counted on the new closed days). A plan
// found valid is a calendar the calendar's own rules accept, and every date in it has an
// answer (open, or closed with a reason; a week label from its term's cycle).

#include "ImportFuzz.h"

#include "CalendarImporter.h"
#include "CalendarValidator.h"
#include "CalendarView.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    FuzzSupport::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const ImportBaseline school = ImportFuzz::school();
    const QString text = FuzzSupport::text(data, size);
    const ImportPlan plan = CalendarImporter::planCalendar(text, school);
    FUZZ_CHECK(plan.kind == ImportPlan::Kind::Calendar, text);
    ImportFuzz::checkPlan(plan, text);
    if (!plan.isValid())
        return 0;
    const QList<CalendarValidator::Problem> problems =
        CalendarValidator::checkCalendar(plan.terms, plan.closedRanges);
    FUZZ_CHECK(problems.isEmpty(), problems.value(0).message + QLatin1Char(' ') + text);
    FUZZ_CHECK(plan.additions == plan.terms.size() + plan.closedRanges.size(), text);
    const CalendarView view(plan.terms, plan.closedRanges);
    for (const Term &term : plan.terms) {
        FUZZ_CHECK(term.first.isValid() && term.last.isValid() && term.first <= term.last, text);
        // The first and last days and a few between: inside the term, with a label of its own.
        for (const QDate &date :
             {term.first, term.last, term.first.addDays(term.first.daysTo(term.last) / 2)}) {
            const SchoolDay day = view.day(date);
            FUZZ_CHECK(day.term == term.name, text);
            FUZZ_CHECK(term.weeks.isEmpty() ? day.week.isEmpty() : term.weeks.contains(day.week),
                       text);
            FUZZ_CHECK(day.open || !day.reason.isEmpty(), text);
        }
    }
    for (const ClosedRange &range : plan.closedRanges) {
        const SchoolDay day = view.day(range.first);
        FUZZ_CHECK(!day.open && !day.reason.isNull(), text);
    }
    return 0;
}
