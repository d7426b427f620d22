// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Booking.h"
#include "Teacher.h"

#include <QString>
#include <optional>

// The booking flow of the contract ("The booking flow"): lock, verify, check, create, release,
// reply and announce. Failures throw ProtocolError; the lock is released on every path.
class BookingService {
public:
    // With a requestId (the client's key, RequestReplay), a request sent again is answered with
    // the booking the first one made.
    static Booking confirm(const Teacher &teacher, qint64 roomId, const Interval &interval,
                           const QString &purpose,
                           const std::optional<QString> &requestId = std::nullopt);
    // A teacher cancels their own booking; an admin may cancel anyone's (with a reason).
    static Booking cancel(const Teacher &actor, qint64 bookingId, const QString &reason = {});

    static void validateInterval(const Interval &interval);
};
