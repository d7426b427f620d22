#include "SchoolCalendar.h"

#include "BookingStore.h"
#include "CalendarStore.h"
#include "CalendarValidator.h"
#include "CalendarView.h"
#include "Database.h"
#include "ErrorCodes.h"
#include "EventHub.h"
#include "PeriodStore.h"

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
        PeriodStore::replaceAll(expanded);
        EventHub::publish(QStringLiteral("periodsChanged"));
    });
}

void SchoolCalendar::replaceCalendar(const QList<Term> &terms,
                                     const QList<ClosedRange> &closedRanges) {
    throwFirst(CalendarValidator::checkCalendar(terms, closedRanges));
    Database::transaction([&] {
        CalendarStore::replaceAll(terms, closedRanges);
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
    const QList<QDate> dates = datesOf(interval);
    if (dates.isEmpty())
        return std::nullopt;
    const CalendarView view = CalendarView::load();
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
