// SPDX-License-Identifier: GPL-3.0-or-later

// The bell schedule import (weekdays,name,start,end; contract section 4): weekday sets (Mon,
// Mon-Thu, Mon;Wed;Fri), HH:MM times, overlaps within a weekday, planned against a school held
// in memory. A plan found valid is a schedule the calendar's own rules accept.

#include "ImportFuzz.h"

#include "CalendarImporter.h"
#include "CalendarValidator.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    FuzzSupport::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const ImportBaseline school = ImportFuzz::school();
    const QString text = FuzzSupport::text(data, size);
    const ImportPlan plan = CalendarImporter::planPeriods(text, school);
    FUZZ_CHECK(plan.kind == ImportPlan::Kind::Periods, text);
    ImportFuzz::checkPlan(plan, text);
    if (!plan.isValid())
        return 0;
    FUZZ_CHECK(!plan.periods.isEmpty(), text);
    for (const Period &period : plan.periods) {
        FUZZ_CHECK(period.weekday >= 1 && period.weekday <= 7, text);
        FUZZ_CHECK(period.isValid(), text);
        FUZZ_CHECK(period.start.second() == 0 && period.end.second() == 0, text);
    }
    // What the console and the network check before saving a schedule agrees.
    const QList<CalendarValidator::Problem> problems =
        CalendarValidator::checkPeriods(plan.periods);
    FUZZ_CHECK(problems.isEmpty(), problems.value(0).message + QLatin1Char(' ') + text);
    FUZZ_CHECK(plan.additions == plan.periods.size(), text);
    return 0;
}
