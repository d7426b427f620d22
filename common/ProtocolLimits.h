#pragma once

// Limits of protocol v1 that the server enforces; clients use them to stop bad input early.
namespace ProtocolLimits {
inline constexpr int MaxPurposeLength = 200;
}
