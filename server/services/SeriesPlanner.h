// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Interval.h"
#include "RepeatRule.h"
#include "SeriesOccurrence.h"

#include <QDate>
#include <QList>

// The dates of a series (contract section 4): the first occurrence, then the same weekday every
// week up to the last date; with every "cycle" only the weeks that carry the first week's label.
// Every occurrence keeps the first one's wall-clock times in the school's time zone, so a lesson
// at 09:25 stays at 09:25 across a daylight-saving change.
class SeriesPlanner {
public:
    // Every occurrence, Free or (on a closed day) Closed with its reason, code CLOSED_DAY and
    // message. Throws ProtocolError 400 naming a bad rule, 409 CLOSED_DAY when the first date
    // is closed.
    static QList<SeriesOccurrence> plan(const Interval &first, const RepeatRule &rule);
    // The last date the series may use: the rule's until, or the end of the first date's term.
    static QDate lastDate(const QDate &first, const RepeatRule &rule);
};
