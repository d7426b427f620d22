// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ClientGroup.h"
#include "SlotPlan.h"
#include "StageResult.h"

#include <QList>
#include <atomic>

class TokenCache;

// Runs one stage: spreads the clients over driver threads, connects and logs them in (a
// password login once per teacher, the other connections resume), runs the workload for its
// duration, waits for the last replies and events, and collects what every thread measured.
class StageRunner {
public:
    struct Setup {
        ClientGroup::ClientFactory factory;
        TokenCache *tokens = nullptr;
        QString userFormat; // %1: the teacher's number, 1-based
        QString password;
        QList<qint64> serverPids;
        SlotPlan plan;
        std::atomic<qint64> *nextSlot = nullptr;
    };

    explicit StageRunner(Setup setup) : m_setup(std::move(setup)) {}

    StageResult run(const StageSpec &spec);

private:
    Setup m_setup;
};
