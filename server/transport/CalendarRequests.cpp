#include "CalendarRequests.h"

#include "ProtocolError.h"
#include "SchoolCalendar.h"

#include <QJsonArray>

namespace {
// Dates are exactly YYYY-MM-DD and real (2027-02-30 is refused).
QDate dateField(const Request &request, const QString &field, bool required) {
    const std::optional<QString> text = request.optionalString(field);
    if (!text) {
        if (required)
            throw ProtocolError::badRequest(
                QStringLiteral("Field '%1' must be a date like 2027-03-01").arg(field));
        return QDate::currentDate();
    }
    const QDate date = QDate::fromString(*text, Qt::ISODate);
    if (!date.isValid() || text->size() != 10)
        throw ProtocolError::badRequest(
            QStringLiteral("Field '%1' must be a date like 2027-03-01").arg(field));
    return date;
}

QJsonValue orNull(const QString &text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}
} // namespace

QJsonObject CalendarRequests::listPeriods(const Request &request) {
    const QDate date = dateField(request, QStringLiteral("date"), false);
    const SchoolDay day = SchoolCalendar::day(date);
    QJsonArray periods;
    if (day.open) {
        for (const Period &period : SchoolCalendar::weekdayPeriods(date.dayOfWeek()))
            periods.append(period.toJson(date));
    }
    QJsonObject result{{QStringLiteral("date"), date.toString(Qt::ISODate)},
                       {QStringLiteral("periods"), periods},
                       {QStringLiteral("week"), orNull(day.week)}};
    if (!day.open)
        result.insert(QStringLiteral("closed"), day.reason);
    return result;
}

QJsonObject CalendarRequests::listCalendar(const Request &request) {
    const QDate from = dateField(request, QStringLiteral("from"), true);
    const QDate to = dateField(request, QStringLiteral("to"), true);
    if (to < from)
        throw ProtocolError::badRequest(QStringLiteral("'to' must not be before 'from'"));
    if (from.daysTo(to) >= MaxCalendarDays)
        throw ProtocolError::badRequest(
            QStringLiteral("A calendar listing may span at most %1 days").arg(MaxCalendarDays));
    QJsonArray days;
    for (const SchoolDay &day : SchoolCalendar::days(from, to))
        days.append(day.toJson());
    return {{QStringLiteral("days"), days}};
}
