// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Booking.h"
#include "CalendarView.h"
#include "ClosedRange.h"
#include "Interval.h"
#include "Period.h"
#include "ProtocolError.h"
#include "SchoolDay.h"
#include "Term.h"

#include <QDate>
#include <QList>
#include <optional>

// The school calendar (contract section 4): the bell schedule of each weekday, terms with
// their week cycles, and closed days. A date is closed inside a closed range (reason: its
// name) or, when terms exist, outside every term ("School holidays"); a school without terms
// has every date open. Period times are wall-clock times in the server's time zone.
// Reads throw DatabaseError; changes throw ProtocolError 400 naming the problem.
class SchoolCalendar {
public:
    static SchoolDay day(const QDate &date);
    // One entry per date from `from` to `to`, both inclusive.
    static QList<SchoolDay> days(const QDate &from, const QDate &to);
    // The date's weekday's periods; none on a closed day.
    static QList<Period> periodsOn(const QDate &date);
    static std::optional<Term> termOf(const QDate &date);
    static QList<Term> terms();
    static QList<ClosedRange> closedRanges();
    // Every weekday's periods, ordered by weekday, then start.
    static QList<Period> bellSchedule();
    // One weekday's periods (1 = Monday ... 7 = Sunday), open or not.
    static QList<Period> weekdayPeriods(int weekday);

    // Replaces the whole bell schedule and announces periodsChanged. A period with weekday 0
    // (as sent by a schedule that knows no weekdays) stands for every day of the week.
    static void replacePeriods(const QList<Period> &periods);
    // Replaces all terms and closed ranges and announces calendarChanged. Existing bookings
    // stay (see bookingsOnClosedDays()).
    static void replaceCalendar(const QList<Term> &terms, const QList<ClosedRange> &closedRanges);
    // Live bookings from now on that fall on a closed day.
    static QList<Booking> bookingsOnClosedDays();

    // Throws 409 CLOSED_DAY "The school is closed on <date> (<reason>)", with `date` and
    // `reason`, when any date the interval touches is closed.
    static void checkOpen(const Interval &interval);
    // The same refusal without throwing: nothing when every date the interval touches is open.
    static std::optional<ProtocolError> closure(const Interval &interval);
    // The same, judged by a calendar already read (BookingConfigCache).
    static std::optional<ProtocolError> closure(const CalendarView &view, const Interval &interval);
    // The CLOSED_DAY refusal for a closed day.
    static ProtocolError closedDayError(const SchoolDay &day);
};
