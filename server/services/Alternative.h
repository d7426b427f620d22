// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Interval.h"
#include "Room.h"

#include <QJsonObject>

// Something a teacher who lost a room can book instead: another room at the same time, or the
// same room at another period (contract section 4, "alternatives").
struct Alternative {
    Room room;
    Interval interval;

    // {"room": {...}, "start": "...", "end": "..."}
    QJsonObject toJson() const;
};
