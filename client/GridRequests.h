// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "GridData.h"

#include <QDate>
#include <functional>

class Connection;

// Fetches what a booking grid shows for a span of dates: the rooms, each date's periods and
// calendar entry, the bookings and the locks in flight. The requests travel together; done
// runs once with all answers (or the first failure).
class GridRequests {
public:
    // roomId 0: every room's bookings; otherwise only that room's.
    static void fetch(Connection *connection, const QDate &first, const QDate &last, qint64 roomId,
                      std::function<void(const GridData &)> done);
};
