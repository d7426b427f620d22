// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "InstanceSettings.h"

// Keeps the connection limit below the process's open-file limit (RLIMIT_NOFILE): raises the
// soft limit to the hard one, then lowers maxConnections to what fits beside the database
// connections, the feed and the log, with a warning when it had to.
class OpenFileLimit {
public:
    // Files kept aside for everything but the WebSocket connections.
    static int reserve(const InstanceSettings &settings);
    static void apply(InstanceSettings *settings);
};
