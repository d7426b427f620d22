// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLatin1StringView>

// The stable error codes of protocol v1 (contract section 1).
namespace ErrorCodes {
inline constexpr QLatin1StringView BadRequest{"BAD_REQUEST"};
inline constexpr QLatin1StringView UnknownType{"UNKNOWN_TYPE"};
inline constexpr QLatin1StringView AuthFailed{"AUTH_FAILED"};
inline constexpr QLatin1StringView TooManyAttempts{"TOO_MANY_ATTEMPTS"};
inline constexpr QLatin1StringView Unauthenticated{"UNAUTHENTICATED"};
inline constexpr QLatin1StringView Forbidden{"FORBIDDEN"};
inline constexpr QLatin1StringView LockHeld{"LOCK_HELD"};
inline constexpr QLatin1StringView BookingConflict{"BOOKING_CONFLICT"};
inline constexpr QLatin1StringView RoomNotFound{"ROOM_NOT_FOUND"};
inline constexpr QLatin1StringView BookingNotFound{"BOOKING_NOT_FOUND"};
inline constexpr QLatin1StringView NotFound{"NOT_FOUND"};
inline constexpr QLatin1StringView Unavailable{"UNAVAILABLE"};
inline constexpr QLatin1StringView Internal{"INTERNAL"};
// The school calendar (contract section 4).
inline constexpr QLatin1StringView ClosedDay{"CLOSED_DAY"};
inline constexpr QLatin1StringView TooFarAhead{"TOO_FAR_AHEAD"};
inline constexpr QLatin1StringView LimitReached{"LIMIT_REACHED"};
inline constexpr QLatin1StringView RoomRestricted{"ROOM_RESTRICTED"};
inline constexpr QLatin1StringView SeriesConflict{"SERIES_CONFLICT"};
inline constexpr QLatin1StringView SeriesNotFound{"SERIES_NOT_FOUND"};
// A confirmation's requestId was used before for another request (protocol addition).
inline constexpr QLatin1StringView RequestIdReused{"REQUEST_ID_REUSED"};
} // namespace ErrorCodes
