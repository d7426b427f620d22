// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "LatencySamples.h"
#include "ProcessUsage.h"
#include "StageSpec.h"
#include "StageStats.h"

// Everything measured in one stage, ready to print and to write as JSON.
struct StageResult {
    StageSpec spec;
    StageStats stats;
    int connected = 0;
    int setupFailed = 0;
    double measuredSeconds = 0; // from the end of the warm-up to the last measured reply
    double wallSeconds = 0;     // from the start to the last reply (CPU figures use this)
    ProcessUsage serverIdle;    // before the stage's clients connected (for RSS per connection)
    ProcessUsage serverBefore, serverAfter;
    ProcessUsage driverBefore, driverAfter;
    double machineBusySeconds = 0, machineTotalSeconds = 0;
    int hotRounds = 0, hotBadRounds = 0;
    LatencySamples fanout;    // booker's reply → last listener's bookingCreated, per booking
    qint64 fanoutMissing = 0; // listener events that never came
    int listeners = 0;
    qint64 unanswered = 0; // requests still without a reply when the stage gave up waiting

    double bookingsPerSecond() const {
        return measuredSeconds > 0 ? double(stats.bookingsOk) / measuredSeconds : 0;
    }
    // Whether anything went functionally wrong (never a question of speed).
    bool failed() const {
        return setupFailed > 0 || !stats.errors.isEmpty() || hotBadRounds > 0 ||
               fanoutMissing > 0 || unanswered > 0;
    }
};
