// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Limits of protocol v1 that the server enforces; clients use them to stop bad input early.
namespace ProtocolLimits {
inline constexpr int MaxPurposeLength = 200;
// Usernames are created with at most this many characters (console, CSV); a longer one at login
// is refused at once.
inline constexpr int MaxUsernameLength = 100;
// The requestId a client may give confirmBooking and confirmSeries (a UUID has 36 characters).
inline constexpr int MaxRequestIdLength = 100;
} // namespace ProtocolLimits
