// SPDX-License-Identifier: GPL-3.0-or-later

#include "SchoolCalendar.h"

#include "AuditLog.h"
#include "BookingStore.h"
#include "CalendarStore.h"
#include "CalendarValidator.h"
#include "CalendarView.h"
#include "Database.h"
#include "ErrorCodes.h"
#include "EventHub.h"
#include "PeriodStore.h"
#include "WeekdaySet.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <algorithm>

namespace {
// The dates an interval touches: its start date to the date of its last instant.
QList<QDate> datesOf(const Interval &interval) {
    QList<QDate> dates;
    if (!interval.isValid())
        return dates;
    // The school's dates: an interval sent in another offset is still judged by the local date.
    const QDate last = interval.end().addMSecs(-1).toLocalTime().date();
    for (QDate date = interval.start().toLocalTime().date(); date.isValid() && date <= last;
         date = date.addDays(1))
        dates << date;
    return dates;
}

// A schedule without weekdays (weekday 0) is every day's schedule.
QList<Period> withWeekdays(const QList<Period> &periods) {
    QList<Period> result;
    for (const Period &period : periods) {
        if (period.weekday != 0) {
            result << period;
            continue;
        }
        for (int weekday = 1; weekday <= 7; ++weekday) {
            Period copy = period;
            copy.weekday = weekday;
            result << copy;
        }
    }
    return result;
}

// One weekday's schedule as one line ("Lesson 1 08:45-09:40, Lesson 2 09:40-10:35"), for the
// audit log's before and after.
QMap<int, QString> scheduleLines(QList<Period> periods) {
    std::sort(periods.begin(), periods.end(), [](const Period &a, const Period &b) {
        return std::pair(a.weekday, a.start) < std::pair(b.weekday, b.start);
    });
    QMap<int, QStringList> parts;
    for (const Period &period : periods)
        parts[period.weekday] << QStringLiteral("%1 %2-%3")
                                     .arg(period.name.trimmed(),
                                          period.start.toString(QStringLiteral("HH:mm")),
                                          period.end.toString(QStringLiteral("HH:mm")));
    QMap<int, QString> lines;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it)
        lines.insert(it.key(), it.value().join(QStringLiteral(", ")));
    return lines;
}

// The weekdays whose periods changed, each with its schedule before and after.
QJsonObject scheduleChanges(const QList<Period> &before, const QList<Period> &after) {
    const QMap<int, QString> was = scheduleLines(before), now = scheduleLines(after);
    QJsonObject changes;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        if (was.value(weekday) != now.value(weekday))
            changes.insert(WeekdaySet::shortName(weekday),
                           QJsonObject{{QStringLiteral("from"), was.value(weekday)},
                                       {QStringLiteral("to"), now.value(weekday)}});
    }
    return changes;
}

QStringList calendarLines(const QList<Term> &terms, const QList<ClosedRange> &closedRanges) {
    QStringList lines;
    for (const Term &term : terms)
        lines << QStringLiteral("term %1 %2..%3%4")
                     .arg(term.name.trimmed(), term.first.toString(Qt::ISODate),
                          term.last.toString(Qt::ISODate),
                          term.weeks.isEmpty()
                              ? QString()
                              : QStringLiteral(" weeks ") + term.weeks.join(QLatin1Char('/')));
    for (const ClosedRange &range : closedRanges)
        lines << QStringLiteral("closed %1 %2..%3")
                     .arg(range.name.trimmed(), range.first.toString(Qt::ISODate),
                          range.last.toString(Qt::ISODate));
    return lines;
}

// The terms and closed ranges that came and went, or nothing when the calendar is the same.
QJsonObject calendarChanges(const QStringList &before, const QStringList &after) {
    const QSet<QString> was(before.cbegin(), before.cend()), now(after.cbegin(), after.cend());
    QJsonArray added, removed;
    for (const QString &line : after)
        if (!was.contains(line))
            added.append(line);
    for (const QString &line : before)
        if (!now.contains(line))
            removed.append(line);
    if (added.isEmpty() && removed.isEmpty())
        return {};
    return {{QStringLiteral("added"), added}, {QStringLiteral("removed"), removed}};
}

void throwFirst(const QList<CalendarValidator::Problem> &problems) {
    if (problems.isEmpty())
        return;
    QString message = problems.first().message;
    message[0] = message.at(0).toUpper();
    throw ProtocolError::badRequest(message + QLatin1Char('.'));
}
} // namespace

SchoolDay SchoolCalendar::day(const QDate &date) {
    return CalendarView::load().day(date);
}

QList<SchoolDay> SchoolCalendar::days(const QDate &from, const QDate &to) {
    const CalendarView view = CalendarView::load();
    QList<SchoolDay> result;
    for (QDate date = from; date.isValid() && date <= to; date = date.addDays(1))
        result << view.day(date);
    return result;
}

QList<Period> SchoolCalendar::periodsOn(const QDate &date) {
    if (!day(date).open)
        return {};
    return PeriodStore::listFor(date.dayOfWeek());
}

std::optional<Term> SchoolCalendar::termOf(const QDate &date) {
    return CalendarView(CalendarStore::terms(), {}).termOf(date);
}

QList<Term> SchoolCalendar::terms() {
    return CalendarStore::terms();
}

QList<ClosedRange> SchoolCalendar::closedRanges() {
    return CalendarStore::closedRanges();
}

QList<Period> SchoolCalendar::bellSchedule() {
    return PeriodStore::list();
}

QList<Period> SchoolCalendar::weekdayPeriods(int weekday) {
    return PeriodStore::listFor(weekday);
}

void SchoolCalendar::replacePeriods(const QList<Period> &periods) {
    // Checked as given first, so a schedule without weekdays hears of an overlap once, not
    // once for every day; then as stored.
    throwFirst(CalendarValidator::checkPeriods(periods));
    const QList<Period> expanded = withWeekdays(periods);
    throwFirst(CalendarValidator::checkPeriods(expanded));
    Database::transaction([&] {
        const QJsonObject changes = scheduleChanges(PeriodStore::list(), expanded);
        PeriodStore::replaceAll(expanded);
        if (!changes.isEmpty())
            AuditLog::record({AuditLog::PeriodsChanged,
                              QStringLiteral("bell schedule"),
                              {{QStringLiteral("periods"), int(expanded.size())},
                               {QStringLiteral("changes"), changes}}});
        EventHub::publish(QStringLiteral("periodsChanged"));
    });
}

void SchoolCalendar::replaceCalendar(const QList<Term> &terms,
                                     const QList<ClosedRange> &closedRanges) {
    throwFirst(CalendarValidator::checkCalendar(terms, closedRanges));
    Database::transaction([&] {
        const QJsonObject changes =
            calendarChanges(calendarLines(CalendarStore::terms(), CalendarStore::closedRanges()),
                            calendarLines(terms, closedRanges));
        CalendarStore::replaceAll(terms, closedRanges);
        if (!changes.isEmpty()) {
            QJsonObject details = changes;
            details.insert(QStringLiteral("terms"), int(terms.size()));
            details.insert(QStringLiteral("closedRanges"), int(closedRanges.size()));
            AuditLog::record({AuditLog::CalendarChanged, QStringLiteral("calendar"), details});
        }
        EventHub::publish(QStringLiteral("calendarChanged"));
    });
}

QList<Booking> SchoolCalendar::bookingsOnClosedDays() {
    const CalendarView view = CalendarView::load();
    if (view.terms().isEmpty() && view.closedRanges().isEmpty())
        return {};
    const QDateTime now = QDateTime::currentDateTime();
    QList<Booking> result;
    for (const Booking &booking :
         BookingStore::list(now, QDateTime(QDate(9999, 12, 31), QTime(0, 0)))) {
        const QList<QDate> dates = datesOf(booking.interval);
        if (std::any_of(dates.cbegin(), dates.cend(),
                        [&](const QDate &date) { return !view.day(date).open; }))
            result << booking;
    }
    return result;
}

ProtocolError SchoolCalendar::closedDayError(const SchoolDay &day) {
    const QString date = day.date.toString(Qt::ISODate);
    return ProtocolError(409, QString(ErrorCodes::ClosedDay),
                         QStringLiteral("The school is closed on %1 (%2)").arg(date, day.reason),
                         {{QStringLiteral("date"), date}, {QStringLiteral("reason"), day.reason}});
}

std::optional<ProtocolError> SchoolCalendar::closure(const Interval &interval) {
    if (datesOf(interval).isEmpty())
        return std::nullopt;
    return closure(CalendarView::load(), interval);
}

std::optional<ProtocolError> SchoolCalendar::closure(const CalendarView &view,
                                                     const Interval &interval) {
    const QList<QDate> dates = datesOf(interval);
    for (const QDate &date : dates) {
        const SchoolDay day = view.day(date);
        if (!day.open)
            return closedDayError(day);
    }
    return std::nullopt;
}

void SchoolCalendar::checkOpen(const Interval &interval) {
    if (const std::optional<ProtocolError> error = closure(interval))
        throw *error;
}
