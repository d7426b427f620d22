// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Booking.h"
#include "RepeatRule.h"
#include "SeriesOccurrence.h"
#include "SeriesResult.h"
#include "Teacher.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// Recurring bookings (contract section 4). Each date is decided exactly like confirmBooking: the
// calendar, the booking rules, a lock, the overlap check and the database's exclusion constraint
// as the last word. A series is written in one transaction; every lock it took is released on
// every path. Failures throw ProtocolError (or DatabaseError).
class SeriesService {
public:
    enum class Policy {
        FreeOnly,     // book every date that can be booked, skip the others
        AllOrNothing, // any date that cannot be booked fails the series; nothing is written
    };

    // Every date of the series and whether it could be booked now; writes nothing.
    static QList<SeriesOccurrence> preview(const Teacher &teacher, qint64 roomId,
                                           const Interval &first, const RepeatRule &rule);
    // With a requestId (the client's key, RequestReplay), a request sent again is answered with
    // the reply of the first one (SeriesResult::earlierReply) and books nothing more.
    static SeriesResult confirm(const Teacher &teacher, qint64 roomId, const Interval &first,
                                const RepeatRule &rule, const QString &purpose, Policy policy,
                                const std::optional<QString> &requestId = std::nullopt);
    // Cancels the live occurrences starting at or after from (an invalid from: now). A teacher
    // cancels their own series; an admin any, with a reason.
    static QList<Booking> cancel(const Teacher &actor, qint64 seriesId, const QDateTime &from,
                                 const QString &reason = {});
};
