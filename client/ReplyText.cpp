// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReplyText.h"

#include "DisplayText.h"
#include "ErrorCodes.h"

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
} // namespace

bool ReplyText::isRuleRefusal(const QString &code) {
    return code == ErrorCodes::TooFarAhead || code == ErrorCodes::LimitReached ||
           code == ErrorCodes::RoomRestricted || code == ErrorCodes::ClosedDay;
}

QString ReplyText::refusal(const QString &code, const QString &message, const QJsonObject &details,
                           const QString &roomName) {
    if (code == ErrorCodes::ClosedDay) {
        const QDate date =
            QDate::fromString(details.value(QStringLiteral("date")).toString(), Qt::ISODate);
        const QString reason = details.value(QStringLiteral("reason")).toString();
        if (date.isValid() && !reason.isEmpty())
            return tr("The school is closed on %1 (%2). Please choose another day.")
                .arg(DisplayText::day(date), reason);
        if (!reason.isEmpty())
            return tr("The school is closed that day (%1). Please choose another day.").arg(reason);
        return message.isEmpty() ? tr("The school is closed that day. Please choose another day.")
                                 : message;
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
        return message.isEmpty() ? tr("That date is too far ahead to book yet. Please choose an "
                                      "earlier date, or ask the school office.")
                                 : message;
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
        return message.isEmpty() ? tr("You already have as many upcoming bookings as allowed. "
                                      "Cancel one in My Bookings to book another.")
                                 : message;
    }
    if (code == ErrorCodes::RoomRestricted) {
        return roomName.isEmpty()
                   ? tr("This room can only be booked by the school office. Please choose "
                        "another room.")
                   : tr("%1 can only be booked by the school office. Please choose another "
                        "room.")
                         .arg(roomName);
    }
    if (code == ErrorCodes::LockHeld)
        return tr("%1 — please wait and try again.").arg(message);
    return message;
}

QString ReplyText::failure(const ServerReply &reply, const QString &roomName) {
    return refusal(reply.code, reply.message, reply.body, roomName);
}
