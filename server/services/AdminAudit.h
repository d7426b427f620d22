// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Room.h"
#include "Teacher.h"

#include <optional>

// What saving a room or a teacher changed, as audit rows: one per kind of change (created,
// fields updated with before and after, deactivated or reactivated, restricted, role changed,
// password set), none when nothing changed. Shared by the console (AdminService) and the CSV
// imports (CsvImporter), so a change reads the same however it was made. Call inside the
// change's transaction.
class AdminAudit {
public:
    // before: nothing for a new room.
    static void roomSaved(const std::optional<Room> &before, const Room &after);
    // before: nothing for a new teacher. That a password was set is recorded, never the
    // password or its hash.
    static void teacherSaved(const std::optional<Teacher> &before, const Teacher &after,
                             bool passwordSet);
};
