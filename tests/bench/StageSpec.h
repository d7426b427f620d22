// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Workload.h"

// One stage of a run: a workload at one concurrency.
struct StageSpec {
    Workload workload = Workload::Spread;
    int clients = 10;  // fanout: listeners (the booker comes on top); idle: connections
    int teachers = 10; // distinct teacher accounts the clients log in as (round robin)
    int durationMs = 10000;
    int warmupMs = 1000; // replies to requests sent before this are not measured
    int thinkMs = 0;     // pause between one client's requests (jittered ±50%), 0 = back to back
    int threads = 2;     // driver threads, each with its own event loop and connections
};
