// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "BookingRuleSet.h"
#include "Interval.h"
#include "ProtocolError.h"
#include "Room.h"
#include "Teacher.h"

#include <optional>

// The school's booking rules, stored in the settings table so that every server instance and
// the console share them: how far ahead (403 TOO_FAR_AHEAD), how many upcoming bookings per
// teacher (403 LIMIT_REACHED), and rooms only admins may book (403 ROOM_RESTRICTED). Admins are
// exempt from all three.
class BookingRules {
public:
    using Rules = BookingRuleSet;

    static Rules current();
    // Throws ProtocolError 400 when a value is negative or absurdly large.
    static void save(const Rules &rules);

    // Why the teacher may not book the room for the interval, or nothing. alsoBooking counts
    // bookings accepted in the same request but not stored yet (earlier dates of a series).
    static std::optional<ProtocolError> refusal(const Teacher &teacher, const Room &room,
                                                const Interval &interval, int alsoBooking = 0);
    // The same, with the rules already read (a series checks many dates against one reading).
    static std::optional<ProtocolError> refusal(const Rules &rules, const Teacher &teacher,
                                                const Room &room, const Interval &interval,
                                                int alsoBooking = 0);
    // Whether the interval starts further ahead than the rules allow (ignoring who books).
    static bool isTooFarAhead(const Rules &rules, const Interval &interval);
    // The refusals, as worded for every path that books.
    static ProtocolError restrictedError(const QString &roomName);
    static ProtocolError tooFarAheadError(int maxDaysAhead);
    static ProtocolError limitReachedError(int maxActiveBookings);
    // Throws the refusal, if any.
    static void check(const Teacher &teacher, const Room &room, const Interval &interval,
                      int alsoBooking = 0);

    static inline const QString MaxDaysAheadKey = QStringLiteral("booking/maxDaysAhead");
    static inline const QString MaxActiveBookingsKey = QStringLiteral("booking/maxActiveBookings");
};
