// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

// One record of a CSV file with the line number it starts on (1-based, header is line 1).
struct CsvRow {
    int line = 0;
    QStringList fields;
};
