// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

// What one connection may hold on the server before it is refused or closed (docs/security.md).
struct SessionLimits {
    // Unsent reply and event bytes: a peer that stops reading is closed past this.
    qint64 maxUnsentBytes = 4 * 1024 * 1024;
    // Bytes of the requests waiting for their turn, besides at most 64 of them.
    qint64 maxPendingBytes = 1024 * 1024;
    // Seconds a connection may stay without logging in (also the WebSocket handshake's limit).
    int loginTimeoutSeconds = 15;
};
