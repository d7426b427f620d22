// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "StageResult.h"

#include <QJsonObject>

// Prints a stage's figures and writes them as JSON. The printed lines name "round trip",
// "latency" and "RSS", which scripts/test picks out of the test run.
class StageReport {
public:
    static void print(const StageResult &result);
    static QJsonObject toJson(const StageResult &result);
};
