// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>
#include <chrono>

// One monotonic clock for every thread of the driver, so a reply seen on one thread and an
// event seen on another can be subtracted.
class BenchClock {
public:
    static qint64 nowNs() {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }
    static double msBetween(qint64 fromNs, qint64 toNs) { return double(toNs - fromNs) / 1e6; }
};
