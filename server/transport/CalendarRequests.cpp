// SPDX-License-Identifier: GPL-3.0-or-later

#include "CalendarRequests.h"

#include "ProtocolError.h"
#include "SchoolCalendar.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {
QJsonValue orNull(const QString &text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}
} // namespace

QDate CalendarRequests::dateField(const Request &request, const QString &field, bool required) {
    const std::optional<QString> text = request.optionalString(field);
    if (!text) {
        if (required)
            throw ProtocolError::badRequest(
                QStringLiteral("Field '%1' must be a date like 2027-03-01").arg(field));
        return QDate::currentDate();
    }
    // Qt's ISO parser takes any character between the parts ("2027-02;12" is 12 February) and
    // a line end after them, so the shape is checked first (\z: $ would allow a final newline).
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}\\z"));
    const QDate date =
        shape.match(*text).hasMatch() ? QDate::fromString(*text, Qt::ISODate) : QDate();
    if (!date.isValid())
        throw ProtocolError::badRequest(
            QStringLiteral("Field '%1' must be a date like 2027-03-01").arg(field));
    return date;
}

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
