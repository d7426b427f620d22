// SPDX-License-Identifier: GPL-3.0-or-later

// Request validation: a text frame decoded as the server does (MessageCodec::decodeRequest, then
// the known types of RequestHandler), then every field of that type read and checked the way
// its handler reads it before anything reaches the database: the typed accessors of Request
// (ids, strings, RFC 3339 times, lists), intervals and listing spans, paging, the date fields
// of the calendar requests (CalendarRequests::dateField), the repeat rule and policy of a series
// (RepeatRule::fromJson, SeriesPlanner::lastDate). What the handlers then ask the database is not
// fuzzed here; the checks below mirror RequestHandler, FeedRequests and SeriesRequests.

#include "FuzzSupport.h"

#include "BookingService.h"
#include "CalendarRequests.h"
#include "ErrorCodes.h"
#include "FeedRequests.h"
#include "Interval.h"
#include "MessageCodec.h"
#include "RepeatRule.h"
#include "RequestHandler.h"
#include "Rfc3339.h"
#include "SeriesPlanner.h"

#include <QStringDecoder>

namespace {
// RequestHandler's limits of a listing.
constexpr qint64 MaxListDays = 400;
constexpr qint64 MaxPageBookings = 2000;

QString g_frame; // the input, for the messages of broken checks

// An accepted time can be stored (UTC ISO text, years 1 to 9999) and written back in its own
// offset to the same instant (whole seconds: the protocol's times carry none).
void checkTime(const QDateTime &time) {
    FUZZ_CHECK(time.isValid(), g_frame);
    const int year = time.toUTC().date().year();
    FUZZ_CHECK(year >= 1 && year <= 9999, g_frame);
    const QString written = Rfc3339::format(time);
    const QDateTime back = Rfc3339::parse(written);
    FUZZ_CHECK(back == time.addMSecs(-time.time().msec()), written + QLatin1Char(' ') + g_frame);
    FUZZ_CHECK(back.offsetFromUtc() == time.offsetFromUtc(), written + QLatin1Char(' ') + g_frame);
}

Interval requiredInterval(const Request &request, const QString &from, const QString &to) {
    const Interval interval(request.requiredTime(from), request.requiredTime(to));
    if (!interval.isValid())
        throw ProtocolError::badRequest(QStringLiteral("'%1' must be after '%2'").arg(to, from));
    checkTime(interval.start());
    checkTime(interval.end());
    FUZZ_CHECK(interval.seconds() >= 0, g_frame);
    return interval;
}

void checkListSpan(const Interval &span, qint64 maxDays) {
    if (span.start().daysTo(span.end()) > maxDays)
        throw ProtocolError::badRequest(QStringLiteral("A listing spans too many days"));
}

qint64 checkedId(const Request &request, const QString &field) {
    const qint64 id = request.requiredId(field);
    FUZZ_CHECK(id >= 1 && id <= 9007199254740991LL, g_frame);
    return id;
}

void page(const Request &request) {
    const qint64 limit = request.optionalInt(QStringLiteral("limit")).value_or(MaxPageBookings);
    if (limit < 1 || limit > MaxPageBookings)
        throw ProtocolError::badRequest(QStringLiteral("'limit' out of range"));
    if (request.params().contains(QStringLiteral("after")))
        checkedId(request, QStringLiteral("after"));
}

std::optional<bool> optionalBool(const Request &request, const QString &field) {
    const QJsonValue value = request.params().value(field);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isBool())
        throw ProtocolError::badRequest(field + QStringLiteral(" must be true or false"));
    return value.toBool();
}

void checkText(const std::optional<QString> &text) {
    if (text)
        FUZZ_CHECK(!text->contains(QChar(0)), g_frame);
}

// A date accepted from a date field is exactly the YYYY-MM-DD it was sent as.
QDate checkedDate(const Request &request, const QString &field, bool required) {
    const QDate date = CalendarRequests::dateField(request, field, required);
    FUZZ_CHECK(date.isValid(), g_frame);
    const QJsonValue sent = request.params().value(field);
    if (sent.isString())
        FUZZ_CHECK(date.toString(Qt::ISODate) == sent.toString(),
                   date.toString(Qt::ISODate) + QStringLiteral(" from ") + g_frame);
    return date;
}

void series(const Request &request, bool confirm) {
    checkedId(request, QStringLiteral("roomId"));
    const Interval first(request.requiredTime(QStringLiteral("start")),
                         request.requiredTime(QStringLiteral("end")));
    if (!first.isValid())
        throw ProtocolError::badRequest(QStringLiteral("'end' must be after 'start'"));
    checkTime(first.start());
    checkTime(first.end());
    const RepeatRule rule = RepeatRule::fromJson(request.params().value(QStringLiteral("repeat")));
    FUZZ_CHECK(rule.untilTermEnd || rule.until.isValid(), g_frame);
    // The rule written back reads as the same rule.
    const RepeatRule again = RepeatRule::fromJson(rule.toJson());
    FUZZ_CHECK(again.every == rule.every && again.until == rule.until &&
                   again.untilTermEnd == rule.untilTermEnd,
               g_frame);
    checkText(request.optionalString(QStringLiteral("purpose")));
    if (confirm) {
        const QJsonValue policy = request.params().value(QStringLiteral("policy"));
        if (policy != QJsonValue(QStringLiteral("freeOnly")) &&
            policy != QJsonValue(QStringLiteral("allOrNothing")))
            throw ProtocolError::badRequest(QStringLiteral("bad policy"));
    }
    // termEnd asks the school's calendar (the database); a date does not.
    if (!rule.untilTermEnd) {
        const QDate firstDate = first.start().toLocalTime().date();
        const QDate last = SeriesPlanner::lastDate(firstDate, rule);
        FUZZ_CHECK(last >= firstDate && firstDate.daysTo(last) <= RepeatRule::MaxSpanDays, g_frame);
    }
}

void validate(const Request &request) {
    const QString &type = request.type();
    if (type == QLatin1String("login")) {
        checkText(request.requiredString(QStringLiteral("username")));
        checkText(request.requiredString(QStringLiteral("password")));
    } else if (type == QLatin1String("resume")) {
        checkText(request.requiredString(QStringLiteral("token")));
    } else if (type == QLatin1String("searchRooms")) {
        const Interval interval =
            requiredInterval(request, QStringLiteral("start"), QStringLiteral("end"));
        BookingService::validateInterval(interval);
        FUZZ_CHECK(interval.seconds() > 0 && interval.seconds() <= 24 * 3600, g_frame);
        const qint64 minCapacity = request.optionalInt(QStringLiteral("minCapacity")).value_or(0);
        if (minCapacity < 0 || minCapacity > 100000)
            throw ProtocolError::badRequest(QStringLiteral("bad minCapacity"));
        const QStringList features =
            request.optionalStringList(QStringLiteral("features")).value_or(QStringList());
        for (const QString &feature : features)
            checkText(feature);
    } else if (type == QLatin1String("confirmBooking")) {
        checkedId(request, QStringLiteral("roomId"));
        const Interval interval =
            requiredInterval(request, QStringLiteral("start"), QStringLiteral("end"));
        checkText(request.optionalString(QStringLiteral("purpose")));
        BookingService::validateInterval(interval);
        FUZZ_CHECK(interval.seconds() > 0 && interval.seconds() <= 24 * 3600, g_frame);
    } else if (type == QLatin1String("cancelBooking")) {
        checkedId(request, QStringLiteral("bookingId"));
        checkText(request.optionalString(QStringLiteral("reason")));
    } else if (type == QLatin1String("myBookings")) {
        const std::optional<QDateTime> from = request.optionalTime(QStringLiteral("from"));
        const std::optional<QDateTime> to = request.optionalTime(QStringLiteral("to"));
        if (from)
            checkTime(*from);
        if (to)
            checkTime(*to);
        const QDateTime start = from.value_or(QDateTime::currentDateTime());
        const Interval span(start, to.value_or(start.addDays(MaxListDays)));
        if (!span.isValid())
            throw ProtocolError::badRequest(QStringLiteral("'to' must be after 'from'"));
        checkListSpan(span, MaxListDays);
        page(request);
    } else if (type == QLatin1String("listBookings")) {
        const Interval span =
            requiredInterval(request, QStringLiteral("from"), QStringLiteral("to"));
        checkListSpan(span, MaxListDays);
        if (request.params().contains(QStringLiteral("roomId")))
            checkedId(request, QStringLiteral("roomId"));
        page(request);
    } else if (type == QLatin1String("setFavourite")) {
        checkedId(request, QStringLiteral("roomId"));
        if (!optionalBool(request, QStringLiteral("favourite")))
            throw ProtocolError::badRequest(QStringLiteral("Missing field 'favourite'"));
    } else if (type == QLatin1String("listLocks")) {
        const Interval span =
            requiredInterval(request, QStringLiteral("from"), QStringLiteral("to"));
        checkListSpan(span, FeedRequests::MaxLockDays);
    } else if (type == QLatin1String("calendarFeed")) {
        (void)optionalBool(request, QStringLiteral("reset"));
    } else if (type == QLatin1String("listPeriods")) {
        checkedDate(request, QStringLiteral("date"), false);
    } else if (type == QLatin1String("listCalendar")) {
        const QDate from = checkedDate(request, QStringLiteral("from"), true);
        const QDate to = checkedDate(request, QStringLiteral("to"), true);
        if (to < from || from.daysTo(to) >= CalendarRequests::MaxCalendarDays)
            throw ProtocolError::badRequest(QStringLiteral("bad calendar span"));
    } else if (type == QLatin1String("previewSeries")) {
        series(request, false);
    } else if (type == QLatin1String("confirmSeries")) {
        series(request, true);
    } else if (type == QLatin1String("cancelSeries")) {
        checkedId(request, QStringLiteral("seriesId"));
        if (const std::optional<QDateTime> from = request.optionalTime(QStringLiteral("from")))
            checkTime(*from);
        checkText(request.optionalString(QStringLiteral("reason")));
    }
    // logout, listRooms, listFavourites: no fields.
}

// The failure frame ClientSession sends for a bad request: one object in valid UTF-8.
void checkFailure(qint64 id, const ProtocolError &error) {
    const QByteArray frame = MessageCodec::encodeFailure(id, error);
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8(frame); // decoding happens on conversion
    (void)decoded;
    FUZZ_CHECK(!utf8.hasError(), QStringLiteral("failure frame is not UTF-8: ") + g_frame);
    QJsonObject object;
    FUZZ_CHECK(MessageCodec::parseObject(frame, &object), QString::fromUtf8(frame));
    FUZZ_CHECK(object.value(QStringLiteral("code")).toString() == error.code(),
               QString::fromUtf8(frame));
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    FuzzSupport::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > size_t(MessageCodec::MaxFrameBytes))
        return 0;
    g_frame = FuzzSupport::text(data, size);
    qint64 id = 0;
    try {
        const Request request = MessageCodec::decodeRequest(g_frame, &id);
        if (!RequestHandler::isKnownType(request.type()))
            throw ProtocolError(400, QString(ErrorCodes::UnknownType),
                                QStringLiteral("Unknown request type '%1'").arg(request.type()));
        validate(request);
    } catch (const ProtocolError &error) {
        // Bad input is 400 and nothing else (no 500 from a field that could not be read).
        FUZZ_CHECK(error.status() == 400, error.message() + QLatin1Char(' ') + g_frame);
        checkFailure(id, error);
    }
    return 0;
}
