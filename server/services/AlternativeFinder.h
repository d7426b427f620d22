// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Alternative.h"
#include "Interval.h"
#include "ProtocolError.h"
#include "Teacher.h"

#include <QList>

// What to offer a teacher whose confirmBooking lost (409 BOOKING_CONFLICT or LOCK_HELD): up to
// three alternatives, best first. First other rooms free for the same interval with at least
// the taken room's seats and all its features (smallest fit first), then the same room at the
// nearest free period of the same day. Each is one the teacher may book right now: free, not
// being booked by anyone, and allowed by the booking rules.
class AlternativeFinder {
public:
    static constexpr int MaxAlternatives = 3;

    static QList<Alternative> find(const Teacher &teacher, qint64 roomId, const Interval &interval);
    // The error with "alternatives" added to its details; unchanged when they cannot be found
    // (the database went away: the original failure is still the answer).
    static ProtocolError withAlternatives(const ProtocolError &error, const Teacher &teacher,
                                          qint64 roomId, const Interval &interval);
};
