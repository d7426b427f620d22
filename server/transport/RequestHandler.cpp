// SPDX-License-Identifier: GPL-3.0-or-later

#include "RequestHandler.h"

#include "Actor.h"
#include "AlternativeFinder.h"
#include "AuthService.h"
#include "BookingService.h"
#include "CalendarRequests.h"
#include "DatabaseError.h"
#include "ErrorCodes.h"
#include "FavouriteService.h"
#include "FeedRequests.h"
#include "ListingJson.h"
#include "MessageCodec.h"
#include "Rfc3339.h"
#include "SeriesRequests.h"

#include "SchoolDirectory.h"
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcRequests, "roomclaim.requests")

namespace {
const QStringList KnownTypes = {QStringLiteral("login"),          QStringLiteral("resume"),
                                QStringLiteral("logout"),         QStringLiteral("listRooms"),
                                QStringLiteral("listPeriods"),    QStringLiteral("searchRooms"),
                                QStringLiteral("confirmBooking"), QStringLiteral("cancelBooking"),
                                QStringLiteral("myBookings"),     QStringLiteral("listBookings"),
                                QStringLiteral("listCalendar"),   QStringLiteral("previewSeries"),
                                QStringLiteral("confirmSeries"),  QStringLiteral("cancelSeries"),
                                QStringLiteral("listFavourites"), QStringLiteral("setFavourite"),
                                QStringLiteral("listLocks"),      QStringLiteral("calendarFeed")};
constexpr qint64 MaxListDays = 400;
// The most bookings one listBookings or myBookings reply carries; `after` fetches the next page.
constexpr int MaxPageBookings = 2000;

QJsonObject loginResult(const AuthService::LoggedIn &session, HandlerOutcome &outcome) {
    outcome.loggedIn = session.teacher;
    outcome.token = session.token;
    return {{QStringLiteral("teacher"), session.teacher.toJson()},
            {QStringLiteral("token"), session.token},
            {QStringLiteral("protocol"), MessageCodec::ProtocolVersion}};
}

Interval requiredInterval(const Request &request, const QString &from, const QString &to) {
    const Interval interval(request.requiredTime(from), request.requiredTime(to));
    if (!interval.isValid())
        throw ProtocolError::badRequest(QStringLiteral("'%1' must be after '%2'").arg(to, from));
    return interval;
}

// One page of bookings: at most `limit` (default and most MaxPageBookings), after the booking
// `after`; `more` says whether another page follows, and `next` is its `after`.
void bookingsPage(const Request &request, const Interval &span, std::optional<qint64> teacherId,
                  std::optional<qint64> roomId, JsonWriter &json) {
    const qint64 limit = request.optionalInt(QStringLiteral("limit")).value_or(MaxPageBookings);
    if (limit < 1 || limit > MaxPageBookings)
        throw ProtocolError::badRequest(
            QStringLiteral("'limit' must be from 1 to %1").arg(MaxPageBookings));
    const std::optional<qint64> after =
        request.params().contains(QStringLiteral("after"))
            ? std::optional<qint64>(request.requiredId(QStringLiteral("after")))
            : std::nullopt;
    QList<Booking> bookings = SchoolDirectory::bookings(span.start(), span.end(), teacherId, roomId,
                                                        after, int(limit) + 1);
    const bool more = bookings.size() > limit;
    if (more)
        bookings.resize(limit);
    json.key("bookings").beginArray();
    for (const Booking &booking : std::as_const(bookings))
        ListingJson::writeBooking(json, booking);
    json.endArray();
    json.key("more").value(more);
    if (more)
        json.key("next").value(bookings.last().id);
}

// The rooms of listRooms and searchRooms, each marked as the teacher's favourite or not.
void writeRooms(JsonWriter &json, const QList<Room> &rooms, const QSet<qint64> &favourites) {
    json.key("rooms").beginArray();
    for (const Room &room : rooms)
        ListingJson::writeRoom(json, room, favourites.contains(room.id));
    json.endArray();
}

void checkListSpan(const Interval &interval) {
    if (interval.start().daysTo(interval.end()) > MaxListDays)
        throw ProtocolError::badRequest(
            QStringLiteral("A listing may span at most %1 days").arg(MaxListDays));
}
} // namespace

bool RequestHandler::isKnownType(const QString &type) {
    return KnownTypes.contains(type);
}

QThreadPool *RequestHandler::poolFor(const Request &request, QThreadPool *workers) {
    return request.type() == QLatin1String("login") ? AuthService::passwordPool() : workers;
}

HandlerOutcome RequestHandler::handle(const Request &request, const std::optional<Teacher> &teacher,
                                      const QString &token, const QString &feedBase,
                                      const QString &peerAddress) {
    HandlerOutcome outcome;
    // Whatever this request changes is recorded in the audit log as this teacher's (or, before
    // a login, this address's).
    const Actor::Scope acting(teacher ? Actor::teacher(*teacher, peerAddress)
                                      : Actor::anonymous(peerAddress));
    try {
        const QString &type = request.type();
        if (type == QLatin1String("login")) {
            const QString username = request.requiredString(QStringLiteral("username"));
            const QString password = request.requiredString(QStringLiteral("password"));
            outcome.result =
                loginResult(AuthService::login(username, password, peerAddress), outcome);
        } else if (type == QLatin1String("resume")) {
            outcome.result = loginResult(
                AuthService::resume(request.requiredString(QStringLiteral("token"))), outcome);
        } else if (!teacher) {
            throw ProtocolError(401, QString(ErrorCodes::Unauthenticated),
                                QStringLiteral("Please log in first"));
        } else if (type == QLatin1String("logout")) {
            AuthService::logout(token);
            outcome.loggedOut = true;
        } else if (!writeListing(request, *teacher, &outcome.resultJson)) {
            outcome.result = dispatch(request, *teacher, feedBase);
        }
    } catch (const ProtocolError &error) {
        outcome.error = error;
    } catch (const DatabaseError &error) {
        if (error.connectionLost()) {
            outcome.error = ProtocolError::unavailable();
        } else {
            qCWarning(lcRequests).noquote() << request.type() << "failed:" << error.message();
            outcome.error =
                ProtocolError(500, QString(ErrorCodes::Internal),
                              QStringLiteral("The server could not complete the request"));
        }
    }
    if (outcome.error && (outcome.error->code() == ErrorCodes::LockHeld ||
                          outcome.error->code() == ErrorCodes::BookingConflict)) {
        QJsonObject payload{
            {QStringLiteral("roomId"), request.params().value(QStringLiteral("roomId"))},
            {QStringLiteral("start"), request.params().value(QStringLiteral("start"))},
            {QStringLiteral("end"), request.params().value(QStringLiteral("end"))},
            {QStringLiteral("code"), outcome.error->code()},
            {QStringLiteral("message"), outcome.error->message()}};
        for (auto it = outcome.error->details().begin(); it != outcome.error->details().end(); ++it)
            payload.insert(it.key(), it.value());
        outcome.directEvents << MessageCodec::encodeEvent(QStringLiteral("bookingConflict"),
                                                          payload);
    }
    return outcome;
}

void RequestHandler::encodeReply(qint64 requestId, HandlerOutcome *outcome) {
    if (outcome->error) {
        outcome->reply = OutgoingFrame(MessageCodec::encodeFailure(requestId, *outcome->error));
    } else if (!outcome->resultJson.isNull()) {
        // The members come in sorted order, before "ok" and "re", as QJsonDocument writes them.
        QByteArray reply;
        reply.reserve(outcome->resultJson.size() + 40);
        reply.append('{').append(outcome->resultJson);
        if (!outcome->resultJson.isEmpty())
            reply.append(',');
        reply.append("\"ok\":true,\"re\":").append(QByteArray::number(requestId)).append('}');
        outcome->reply = OutgoingFrame(reply);
        outcome->resultJson.clear();
    } else {
        outcome->reply = OutgoingFrame(MessageCodec::encodeReply(requestId, outcome->result));
        outcome->result = QJsonObject();
    }
}

bool RequestHandler::writeListing(const Request &request, const Teacher &teacher,
                                  QByteArray *members) {
    const QString &type = request.type();
    JsonWriter json(members);
    if (type == QLatin1String("listRooms")) {
        const QList<qint64> favourites = FavouriteService::favourites(teacher.id);
        writeRooms(json, SchoolDirectory::rooms(),
                   QSet<qint64>(favourites.begin(), favourites.end()));
    } else if (type == QLatin1String("searchRooms")) {
        searchRooms(request, teacher, json);
    } else if (type == QLatin1String("myBookings")) {
        myBookings(request, teacher, json);
    } else if (type == QLatin1String("listBookings")) {
        listBookings(request, json);
    } else {
        return false;
    }
    return true;
}

QJsonObject RequestHandler::dispatch(const Request &request, const Teacher &teacher,
                                     const QString &feedBase) {
    const QString &type = request.type();
    if (type == QLatin1String("listFavourites"))
        return FeedRequests::listFavourites(teacher);
    if (type == QLatin1String("setFavourite"))
        return FeedRequests::setFavourite(request, teacher);
    if (type == QLatin1String("listLocks"))
        return FeedRequests::listLocks(request);
    if (type == QLatin1String("calendarFeed"))
        return FeedRequests::calendarFeed(request, teacher, feedBase);
    if (type == QLatin1String("listPeriods"))
        return CalendarRequests::listPeriods(request);
    if (type == QLatin1String("listCalendar"))
        return CalendarRequests::listCalendar(request);
    if (type == QLatin1String("previewSeries"))
        return SeriesRequests::previewSeries(request, teacher);
    if (type == QLatin1String("confirmSeries"))
        return SeriesRequests::confirmSeries(request, teacher);
    if (type == QLatin1String("cancelSeries"))
        return SeriesRequests::cancelSeries(request, teacher);
    if (type == QLatin1String("confirmBooking"))
        return confirmBooking(request, teacher);
    if (type == QLatin1String("cancelBooking")) {
        const qint64 bookingId = request.requiredId(QStringLiteral("bookingId"));
        const QString reason = request.optionalString(QStringLiteral("reason")).value_or(QString());
        return {{QStringLiteral("booking"),
                 BookingService::cancel(teacher, bookingId, reason).toJson()}};
    }
    throw ProtocolError(400, QString(ErrorCodes::UnknownType),
                        QStringLiteral("Unknown request type '%1'").arg(type));
}

void RequestHandler::searchRooms(const Request &request, const Teacher &teacher, JsonWriter &json) {
    const Interval interval =
        requiredInterval(request, QStringLiteral("start"), QStringLiteral("end"));
    BookingService::validateInterval(interval);
    const qint64 minCapacity = request.optionalInt(QStringLiteral("minCapacity")).value_or(0);
    if (minCapacity < 0 || minCapacity > 100000)
        throw ProtocolError::badRequest(
            QStringLiteral("Field 'minCapacity' must be between 0 and 100000"));
    const QStringList features =
        request.optionalStringList(QStringLiteral("features")).value_or(QStringList());
    const QList<FreeRoom> matches =
        SchoolDirectory::searchFreeRooms(interval, int(minCapacity), features);
    const QList<qint64> favouriteIds = FavouriteService::favourites(teacher.id);
    const QSet<qint64> favourites(favouriteIds.begin(), favouriteIds.end());
    // The teacher's favourites first, each part in the search's order (best fit first).
    json.key("rooms").beginArray();
    for (const bool favouritePart : {true, false})
        for (const FreeRoom &match : matches)
            if (favourites.contains(match.room.id) == favouritePart)
                ListingJson::writeRoom(json, match.room, favouritePart, &match.lockedBy);
    json.endArray();
}

QJsonObject RequestHandler::confirmBooking(const Request &request, const Teacher &teacher) {
    const qint64 roomId = request.requiredId(QStringLiteral("roomId"));
    const Interval interval =
        requiredInterval(request, QStringLiteral("start"), QStringLiteral("end"));
    const QString purpose = request.optionalString(QStringLiteral("purpose")).value_or(QString());
    const std::optional<QString> requestId = request.optionalString(QStringLiteral("requestId"));
    try {
        return {{QStringLiteral("booking"),
                 BookingService::confirm(teacher, roomId, interval, purpose, requestId).toJson()}};
    } catch (const ProtocolError &error) {
        // Whoever lost the room hears at once what they can have instead.
        if (error.code() != ErrorCodes::BookingConflict && error.code() != ErrorCodes::LockHeld)
            throw;
        throw AlternativeFinder::withAlternatives(error, teacher, roomId, interval);
    }
}

void RequestHandler::myBookings(const Request &request, const Teacher &teacher, JsonWriter &json) {
    const QDateTime from =
        request.optionalTime(QStringLiteral("from")).value_or(QDateTime::currentDateTime());
    const QDateTime to =
        request.optionalTime(QStringLiteral("to")).value_or(from.addDays(MaxListDays));
    const Interval span(from, to);
    if (!span.isValid())
        throw ProtocolError::badRequest(QStringLiteral("'to' must be after 'from'"));
    checkListSpan(span);
    bookingsPage(request, span, teacher.id, std::nullopt, json);
}

void RequestHandler::listBookings(const Request &request, JsonWriter &json) {
    const Interval span = requiredInterval(request, QStringLiteral("from"), QStringLiteral("to"));
    checkListSpan(span);
    const std::optional<qint64> roomId =
        request.params().contains(QStringLiteral("roomId"))
            ? std::optional<qint64>(request.requiredId(QStringLiteral("roomId")))
            : std::nullopt;
    bookingsPage(request, span, std::nullopt, roomId, json);
}
