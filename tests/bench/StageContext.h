// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SlotPlan.h"
#include "StageSpec.h"

#include <QList>
#include <atomic>
#include <climits>

class ClientGroup;

// What the driver threads of one stage share. Everything that changes while the stage runs is
// atomic; the rest is written by the stage runner before the threads start on it.
struct StageContext {
    StageSpec spec;
    SlotPlan plan;
    std::atomic<qint64> *nextSlot = nullptr; // shared by every stage of a run: slots never repeat
    QList<ClientGroup *> groups;

    std::atomic<int> ready{0};       // clients connected and logged in
    std::atomic<int> setupFailed{0}; // clients that could not connect or log in
    std::atomic<bool> started{false};
    std::atomic<bool> stopping{false};
    std::atomic<qint64> measuredFromNs{LLONG_MAX};
    std::atomic<int> inFlight{0}; // requests sent and not answered

    // hot: the clients taking part in each round, and the round's tally so far
    int hotParticipants = 0;
    std::atomic<int> hotReplies{0};
    std::atomic<int> hotWins{0};
    std::atomic<int> hotRounds{0};         // measured rounds completed
    std::atomic<int> hotBadRounds{0};      // of those, rounds without exactly one success
    std::atomic<qint64> fanoutArrivals{0}; // bookingCreated events seen by listeners
};
