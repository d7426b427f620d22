// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SoakPlan.h"

#include <QList>
#include <QString>
#include <QUrl>

class SoakLedger;
class SoakStats;
class TokenCache;

// What every soak client shares; owned by main, which outlives the clients.
struct SoakSetup {
    QList<QUrl> urls;
    QString password;
    SoakPlan plan;
    TokenCache *tokens = nullptr;
    SoakLedger *ledger = nullptr;
    SoakStats *stats = nullptr;
    qint64 startedMs = 0; // QDateTime::currentMSecsSinceEpoch() at the start: for the timeline
    int thinkMs = 400;
    int maxLive = 12;
    int churnMinSeconds = 60, churnMaxSeconds = 240; // 0: no reconnections on purpose
    int requestTimeoutSeconds = 30;
};
