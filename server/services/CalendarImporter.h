// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImportBaseline.h"
#include "ImportPlan.h"

#include <QString>

// CSV imports of the school calendar (contract section 4): the bell schedule
// (weekdays,name,start,end) and the terms and closed days (kind,name,first,last,weeks). Like the
// other imports, everything is validated first, with line-numbered problems; a valid plan
// replaces the whole schedule or calendar at once (CsvImporter::apply).
class CalendarImporter {
public:
    // The preview compares the file with the school in the database, or with the baseline given.
    static ImportPlan planPeriods(const QString &csv);
    static ImportPlan planPeriods(const QString &csv, const ImportBaseline &baseline);
    static ImportPlan planCalendar(const QString &csv);
    static ImportPlan planCalendar(const QString &csv, const ImportBaseline &baseline);
};
