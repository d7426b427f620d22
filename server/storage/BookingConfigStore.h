// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

// The version of what a booking is judged by besides rooms and bookings: the school calendar
// (terms, closed days) and the settings (booking rules). Every change to them bumps it in the
// changing transaction (triggers of migration 006), so a copy held in memory can be checked for
// freshness in the statement that relies on it.
class BookingConfigStore {
public:
    static qint64 version();
};
