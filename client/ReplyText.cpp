// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReplyText.h"

#include "Booking.h"
#include "Connection.h"
#include "DisplayText.h"
#include "ErrorCodes.h"
#include "Rfc3339.h"

#include <QJsonArray>
#include <QJsonValue>

namespace {
// A number the server names in its details, or -1 when it sent none of those keys.
int detailNumber(const QJsonObject &details, std::initializer_list<const char *> keys) {
    for (const char *key : keys) {
        const QJsonValue value = details.value(QLatin1String(key));
        if (value.isDouble())
            return value.toInt();
    }
    return -1;
}

QString detailText(const QJsonObject &details, const char *key) {
    return details.value(QLatin1String(key)).toString().trimmed();
}

// The sentences the client makes itself (Connection, TlsFailure) are in the teacher's language
// already; these codes never come from the server.
bool isClientCode(const QString &code) {
    return code == Connection::Offline || code == Connection::Timeout ||
           code == Connection::Unreachable || code == Connection::WrongProtocol ||
           code == Connection::TlsUntrusted || code == Connection::TlsExpired ||
           code == Connection::TlsWrongHost || code == Connection::TlsFailed;
}
} // namespace

QStringList ReplyText::knownCodes() {
    return {QString(ErrorCodes::BadRequest),
            QString(ErrorCodes::UnknownType),
            QString(ErrorCodes::AuthFailed),
            QString(ErrorCodes::TooManyAttempts),
            QString(ErrorCodes::Unauthenticated),
            QString(ErrorCodes::Forbidden),
            QString(ErrorCodes::LockHeld),
            QString(ErrorCodes::BookingConflict),
            QString(ErrorCodes::RoomNotFound),
            QString(ErrorCodes::BookingNotFound),
            QString(ErrorCodes::NotFound),
            QString(ErrorCodes::Unavailable),
            QString(ErrorCodes::Internal),
            QString(ErrorCodes::ClosedDay),
            QString(ErrorCodes::TooFarAhead),
            QString(ErrorCodes::LimitReached),
            QString(ErrorCodes::RoomRestricted),
            QString(ErrorCodes::SeriesConflict),
            QString(ErrorCodes::SeriesNotFound),
            QString(ErrorCodes::RequestIdReused),
            Connection::Offline,
            Connection::Timeout,
            Connection::Unreachable,
            Connection::WrongProtocol,
            Connection::TlsUntrusted,
            Connection::TlsExpired,
            Connection::TlsWrongHost,
            Connection::TlsFailed};
}

bool ReplyText::isKnownCode(const QString &code) {
    return knownCodes().contains(code);
}

bool ReplyText::isRuleRefusal(const QString &code) {
    return code == ErrorCodes::TooFarAhead || code == ErrorCodes::LimitReached ||
           code == ErrorCodes::RoomRestricted || code == ErrorCodes::ClosedDay;
}

QString ReplyText::refusal(const QString &code, const QString &message, const QJsonObject &details,
                           const QString &roomName) {
    if (code == ErrorCodes::ClosedDay) {
        const QDate date = QDate::fromString(detailText(details, "date"), Qt::ISODate);
        const QString reason = closedReason(detailText(details, "reason"));
        if (date.isValid() && !reason.isEmpty())
            return tr("The school is closed on %1 (%2). Please choose another day.")
                .arg(DisplayText::day(date), reason);
        if (!reason.isEmpty())
            return tr("The school is closed that day (%1). Please choose another day.").arg(reason);
        return tr("The school is closed that day. Please choose another day.");
    }
    if (code == ErrorCodes::TooFarAhead) {
        const int days = detailNumber(details, {"maxDaysAhead", "days", "limit"});
        if (days == 1)
            return tr("Rooms can be booked at most one day ahead. Please choose an earlier "
                      "date, or ask the school office.");
        if (days > 1)
            return tr("Rooms can be booked at most %1 days ahead. Please choose an earlier "
                      "date, or ask the school office.")
                .arg(days);
        return tr("That date is too far ahead to book yet. Please choose an earlier date, or ask "
                  "the school office.");
    }
    if (code == ErrorCodes::LimitReached) {
        const int limit = detailNumber(details, {"maxActiveBookings", "limit", "count"});
        if (limit == 1)
            return tr("You already have an upcoming booking, the most allowed. Cancel it in My "
                      "Bookings to book another.");
        if (limit > 1)
            return tr("You already have %1 upcoming bookings, the most allowed. Cancel one "
                      "in My Bookings to book another.")
                .arg(limit);
        return tr("You already have as many upcoming bookings as allowed. Cancel one in My "
                  "Bookings to book another.");
    }
    if (code == ErrorCodes::RoomRestricted) {
        return roomName.isEmpty()
                   ? tr("This room can only be booked by the school office. Please choose "
                        "another room.")
                   : tr("%1 can only be booked by the school office. Please choose another "
                        "room.")
                         .arg(roomName);
    }
    if (code == ErrorCodes::LockHeld) {
        const QString holder = detailText(details, "holder");
        return holder.isEmpty()
                   ? tr("Another teacher is currently booking — please wait and try again.")
                   : tr("%1 is booking this room right now — please wait and try again.")
                         .arg(holder);
    }
    if (code == ErrorCodes::BookingConflict) {
        const Booking existing =
            Booking::fromJson(details.value(QStringLiteral("conflict")).toObject());
        return existing.teacherName.isEmpty()
                   ? tr("Room already booked")
                   : tr("Room already booked by %1").arg(existing.teacherName);
    }
    if (code == ErrorCodes::SeriesConflict) {
        const QJsonArray conflicts = details.value(QStringLiteral("conflicts")).toArray();
        QStringList dates;
        for (const QJsonValue &value : conflicts) {
            const QJsonObject entry = value.toObject();
            const QDateTime start = Rfc3339::parse(detailText(entry, "start"));
            const QString why =
                refusal(detailText(entry, "code"), detailText(entry, "message"), entry, roomName);
            dates << (start.isValid()
                          ? tr("%1: %2").arg(DisplayText::day(start.toLocalTime().date()), why)
                          : why);
        }
        if (dates.isEmpty())
            return tr("Nothing was booked, because not every date is free.");
        return tr("Nothing was booked, because not every date is free:\n%1")
            .arg(dates.join(QLatin1Char('\n')));
    }
    if (code == ErrorCodes::RoomNotFound)
        return roomName.isEmpty() ? tr("This room no longer exists. Please search again.")
                                  : tr("%1 no longer exists. Please search again.").arg(roomName);
    if (code == ErrorCodes::BookingNotFound)
        return tr("This booking no longer exists; it may have been canceled already.");
    if (code == ErrorCodes::SeriesNotFound)
        return tr("This series no longer exists; it may have been canceled already.");
    if (code == ErrorCodes::NotFound)
        return tr("What you asked for no longer exists.");
    if (code == ErrorCodes::Forbidden)
        return tr("You are not allowed to do this. If you think you should be, please ask the "
                  "school office.");
    if (code == ErrorCodes::AuthFailed)
        return tr("Wrong username or password. Please try again.");
    if (code == ErrorCodes::TooManyAttempts) {
        // Failed logins carry how long to wait; too many requests at once carry nothing.
        const int seconds = detailNumber(details, {"retryAfter"});
        if (seconds == 1)
            return tr("Too many failed logins. Please wait a second and try again.");
        if (seconds > 1)
            return tr("Too many failed logins. Please wait %1 seconds and try again.").arg(seconds);
        return tr("Too many requests at once. Please wait a moment and try again.");
    }
    if (code == ErrorCodes::Unauthenticated)
        return tr("You are no longer logged in. Please log in again.");
    if (code == ErrorCodes::Unavailable)
        return tr("The server cannot do this at the moment (its database may be unavailable). "
                  "Please try again shortly.");
    if (code == ErrorCodes::Internal)
        return tr("Something went wrong on the server. Please try again; if it keeps "
                  "happening, tell IT.");
    if (code == ErrorCodes::UnknownType)
        return tr("The server does not know this request; it may be older than this RoomClaim. "
                  "Please ask IT to update it.");
    if (code == ErrorCodes::RequestIdReused)
        return tr("RoomClaim sent this request under a key it had used before, so the server did "
                  "nothing. Please try again.");
    if (code == ErrorCodes::BadRequest) {
        // The one refusal a teacher meets in daily use (a dialog left open past the lesson);
        // the others mean a fault in the client, so the server's words are kept for IT.
        if (message == QLatin1String("That time is already over"))
            return tr("That time is already over. Please choose a later time.");
        return message.isEmpty() ? tr("The server refused the request.")
                                 : tr("The server refused the request: %1").arg(message);
    }
    if (isClientCode(code) && message.isEmpty())
        return tr("The server cannot be reached at the moment. Please try again shortly.");
    // The client's own codes carry its own translated sentence; an unknown code the server's.
    return message;
}

QString ReplyText::of(const ServerReply &reply, const QString &roomName) {
    if (reply.ok)
        return {};
    if (reply.code.isEmpty() && reply.message.isEmpty())
        return tr("The server sent an answer RoomClaim does not understand.");
    return refusal(reply.code, reply.message, reply.body, roomName);
}

QString ReplyText::failure(const ServerReply &reply, const QString &roomName) {
    return of(reply, roomName);
}

QString ReplyText::closedReason(const QString &reason) {
    // CalendarView::holidaysReason() on the server.
    if (reason == QLatin1String("School holidays"))
        return tr("School holidays");
    return reason;
}

QString ReplyText::signedOut(const QString &code, const QString &reason) {
    if (code == QLatin1String("deactivated"))
        return tr("Your account was deactivated");
    if (code == QLatin1String("passwordChanged"))
        return tr("Your password was changed; please log in with the new one");
    if (code == QLatin1String("roleChanged"))
        return tr("Your role was changed; please log in again");
    return reason.isEmpty() ? tr("The server ended your session") : reason;
}
