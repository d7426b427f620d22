// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The school's booking rules (contract section 4); 0 means no limit. Admins are exempt.
struct BookingRuleSet {
    int maxDaysAhead = 0;      // how many days ahead of today a booking may start
    int maxActiveBookings = 0; // upcoming live bookings per teacher; a series counts each date

    bool operator==(const BookingRuleSet &other) const {
        return maxDaysAhead == other.maxDaysAhead && maxActiveBookings == other.maxActiveBookings;
    }

    static constexpr int MaxValue = 100000;
};
