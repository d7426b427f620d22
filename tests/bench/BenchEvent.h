// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// The pushed events the driver counts. Only bookingCreated is matched to its booking (for
// fan-out latency); the rest are counted by kind.
enum class BenchEvent {
    BookingCreated,
    BookingCanceled,
    BookingConflict,
    RoomLocked,
    RoomUnlocked,
    Other
};

inline QString benchEventName(BenchEvent event) {
    switch (event) {
    case BenchEvent::BookingCreated:
        return QStringLiteral("bookingCreated");
    case BenchEvent::BookingCanceled:
        return QStringLiteral("bookingCanceled");
    case BenchEvent::BookingConflict:
        return QStringLiteral("bookingConflict");
    case BenchEvent::RoomLocked:
        return QStringLiteral("roomLocked");
    case BenchEvent::RoomUnlocked:
        return QStringLiteral("roomUnlocked");
    case BenchEvent::Other:
        break;
    }
    return QStringLiteral("other");
}

inline BenchEvent benchEventFromName(QStringView name) {
    if (name == QLatin1String("bookingCreated"))
        return BenchEvent::BookingCreated;
    if (name == QLatin1String("bookingCanceled"))
        return BenchEvent::BookingCanceled;
    if (name == QLatin1String("bookingConflict"))
        return BenchEvent::BookingConflict;
    if (name == QLatin1String("roomLocked"))
        return BenchEvent::RoomLocked;
    if (name == QLatin1String("roomUnlocked"))
        return BenchEvent::RoomUnlocked;
    return BenchEvent::Other;
}
