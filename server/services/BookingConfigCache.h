// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "BookingRuleSet.h"
#include "CalendarView.h"

#include <memory>

// What a confirmation is judged by besides the room and the bookings: the school calendar and
// the booking rules, held in memory with the version they were read at (BookingConfigStore).
// They change a few times a year but were read by every confirmation. A copy that says "open"
// is checked for freshness in the statement that takes the lock (a change on any instance bumps
// the version in its own transaction); a copy that refuses is read again before it refuses.
class BookingConfigCache {
public:
    struct Snapshot {
        quint64 database = 0; // Database::configuration() it was read under (tests switch)
        qint64 version = 0;
        CalendarView calendar;
        BookingRuleSet rules;
    };

    // The copy held, read first when there is none. Throws DatabaseError.
    static std::shared_ptr<const Snapshot> current();
    // Reads everything again now and keeps it. Throws DatabaseError.
    static std::shared_ptr<const Snapshot> reload();
};
