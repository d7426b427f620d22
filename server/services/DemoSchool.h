// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The demo school for --demo: rooms, a bell schedule per weekday, a calendar with A/B weeks and
// closed days, Teacher A, Teacher B and an admin.
class DemoSchool {
public:
    // Creates the demo school when the database has no teachers yet; returns whether it did.
    static bool createIfEmpty();
};
