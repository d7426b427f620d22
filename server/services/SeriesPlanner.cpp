// SPDX-License-Identifier: GPL-3.0-or-later

#include "SeriesPlanner.h"

#include "ProtocolError.h"
#include "SchoolCalendar.h"

#include <QMap>

namespace {
QString isoDate(const QDate &date) {
    return date.toString(Qt::ISODate);
}

// The calendar of the whole span, read once; a date it lacks is asked for on its own.
class CalendarSpan {
public:
    CalendarSpan(const QDate &from, const QDate &to) {
        for (const SchoolDay &day : SchoolCalendar::days(from, to))
            m_days.insert(day.date, day);
    }
    SchoolDay day(const QDate &date) const {
        const auto found = m_days.constFind(date);
        return found != m_days.cend() ? *found : SchoolCalendar::day(date);
    }

private:
    QMap<QDate, SchoolDay> m_days;
};
} // namespace

QDate SeriesPlanner::lastDate(const QDate &first, const RepeatRule &rule) {
    QDate last = rule.until;
    if (rule.untilTermEnd) {
        const std::optional<Term> term = SchoolCalendar::termOf(first);
        if (!term)
            throw ProtocolError::badRequest(
                QStringLiteral("'until: termEnd' needs a term, and %1 is outside every term")
                    .arg(isoDate(first)));
        last = term->last;
    }
    if (!last.isValid())
        throw ProtocolError::badRequest(QStringLiteral("Field 'repeat.until' must be a date"));
    if (last < first)
        throw ProtocolError::badRequest(
            QStringLiteral("The series ends (%1) before its first date (%2)")
                .arg(isoDate(last), isoDate(first)));
    if (first.daysTo(last) > RepeatRule::MaxSpanDays)
        throw ProtocolError::badRequest(
            QStringLiteral("A series may span at most %1 days; %2 to %3 is %4 days")
                .arg(RepeatRule::MaxSpanDays)
                .arg(isoDate(first), isoDate(last))
                .arg(first.daysTo(last)));
    return last;
}

QList<SeriesOccurrence> SeriesPlanner::plan(const Interval &first, const RepeatRule &rule) {
    // Wall-clock times: every occurrence starts at the first one's local time of day.
    const QDateTime start = first.start().toLocalTime();
    const QDateTime end = first.end().toLocalTime();
    const QDate firstDate = start.date();
    const qint64 endDayOffset = firstDate.daysTo(end.date());
    const QDate last = lastDate(firstDate, rule);

    const CalendarSpan calendar(firstDate, last);
    const SchoolDay firstDay = calendar.day(firstDate);
    if (rule.every == RepeatRule::Every::Cycle && firstDay.week.isEmpty())
        throw ProtocolError::badRequest(
            QStringLiteral("'every: cycle' repeats in the weeks with the first date's label, but "
                           "%1 is in no week cycle")
                .arg(isoDate(firstDate)));
    if (!firstDay.open)
        throw SchoolCalendar::closedDayError(firstDay);

    QList<SeriesOccurrence> occurrences;
    for (QDate date = firstDate; date <= last; date = date.addDays(7)) {
        const SchoolDay day = calendar.day(date);
        if (rule.every == RepeatRule::Every::Cycle && day.week != firstDay.week)
            continue;
        SeriesOccurrence occurrence;
        occurrence.interval = Interval(QDateTime(date, start.time()),
                                       QDateTime(date.addDays(endDayOffset), end.time()));
        // A lesson past midnight needs its second date open too (as confirmBooking checks).
        const SchoolDay lastDay = endDayOffset > 0 ? calendar.day(date.addDays(endDayOffset)) : day;
        const SchoolDay &closed = !day.open ? day : lastDay;
        if (!closed.open) {
            const ProtocolError refusal = SchoolCalendar::closedDayError(closed);
            occurrence.status = SeriesOccurrence::Status::Closed;
            occurrence.reason = closed.reason;
            occurrence.code = refusal.code();
            occurrence.message = refusal.message();
        }
        occurrences << occurrence;
    }
    return occurrences;
}
