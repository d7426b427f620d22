// SPDX-License-Identifier: GPL-3.0-or-later

#include "BookingRules.h"

#include "AuditLog.h"
#include "BookingStore.h"
#include "Database.h"
#include "ErrorCodes.h"
#include "SettingsStore.h"

namespace {
int number(const QString &key) {
    bool ok = false;
    const int value = SettingsStore::value(key, QStringLiteral("0")).toInt(&ok);
    return ok && value > 0 ? value : 0;
}

int upcomingBookings(qint64 teacherId) {
    return BookingStore::countUpcoming(teacherId, QDateTime::currentDateTime());
}
} // namespace

BookingRules::Rules BookingRules::current() {
    Rules rules;
    rules.maxDaysAhead = number(MaxDaysAheadKey);
    rules.maxActiveBookings = number(MaxActiveBookingsKey);
    return rules;
}

void BookingRules::save(const Rules &rules) {
    for (const int value : {rules.maxDaysAhead, rules.maxActiveBookings}) {
        if (value < 0 || value > Rules::MaxValue)
            throw ProtocolError::badRequest(
                QStringLiteral("A booking rule is a whole number from 0 (no limit) to %1.")
                    .arg(Rules::MaxValue));
    }
    Database::transaction([&] {
        const Rules before = current();
        if (before == rules)
            return; // nothing changes, nothing to record
        SettingsStore::setValue(MaxDaysAheadKey, QString::number(rules.maxDaysAhead));
        SettingsStore::setValue(MaxActiveBookingsKey, QString::number(rules.maxActiveBookings));
        QJsonObject changes;
        for (const auto &[key, was, now] :
             {std::tuple{QStringLiteral("maxDaysAhead"), before.maxDaysAhead, rules.maxDaysAhead},
              std::tuple{QStringLiteral("maxActiveBookings"), before.maxActiveBookings,
                         rules.maxActiveBookings}}) {
            if (was != now)
                changes.insert(
                    key, QJsonObject{{QStringLiteral("from"), was}, {QStringLiteral("to"), now}});
        }
        AuditLog::record({AuditLog::RulesChanged, QStringLiteral("booking rules"), changes});
    });
}

std::optional<ProtocolError> BookingRules::refusal(const Teacher &teacher, const Room &room,
                                                   const Interval &interval, int alsoBooking) {
    if (teacher.isAdmin())
        return std::nullopt;
    return refusal(current(), teacher, room, interval, alsoBooking);
}

std::optional<ProtocolError> BookingRules::refusal(const Rules &rules, const Teacher &teacher,
                                                   const Room &room, const Interval &interval,
                                                   int alsoBooking) {
    if (teacher.isAdmin())
        return std::nullopt;
    if (room.restricted)
        return restrictedError(room.name);
    if (isTooFarAhead(rules, interval))
        return tooFarAheadError(rules.maxDaysAhead);
    if (rules.maxActiveBookings > 0 &&
        upcomingBookings(teacher.id) + alsoBooking >= rules.maxActiveBookings)
        return limitReachedError(rules.maxActiveBookings);
    return std::nullopt;
}

bool BookingRules::isTooFarAhead(const Rules &rules, const Interval &interval) {
    return rules.maxDaysAhead > 0 &&
           QDate::currentDate().daysTo(interval.start().toLocalTime().date()) > rules.maxDaysAhead;
}

ProtocolError BookingRules::restrictedError(const QString &roomName) {
    return ProtocolError(403, QString(ErrorCodes::RoomRestricted),
                         QStringLiteral("%1 can only be booked by an admin").arg(roomName));
}

ProtocolError BookingRules::tooFarAheadError(int maxDaysAhead) {
    return ProtocolError(
        403, QString(ErrorCodes::TooFarAhead),
        QStringLiteral("Bookings may be made at most %1 days ahead").arg(maxDaysAhead),
        {{QStringLiteral("maxDaysAhead"), maxDaysAhead}});
}

ProtocolError BookingRules::limitReachedError(int maxActiveBookings) {
    return ProtocolError(403, QString(ErrorCodes::LimitReached),
                         QStringLiteral("You already have %1 upcoming bookings, the most "
                                        "allowed")
                             .arg(maxActiveBookings),
                         {{QStringLiteral("maxActiveBookings"), maxActiveBookings}});
}

void BookingRules::check(const Teacher &teacher, const Room &room, const Interval &interval,
                         int alsoBooking) {
    if (const std::optional<ProtocolError> error = refusal(teacher, room, interval, alsoBooking))
        throw *error;
}
