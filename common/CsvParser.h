// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "CsvRow.h"

#include <QList>
#include <QString>

// RFC 4180 parser: quoted fields, doubled quotes, CRLF or LF line ends, embedded newlines.
class CsvParser {
public:
    // Parses text into records. On malformed input returns false and sets *error to a
    // message that names the line.
    static bool parse(const QString &text, QList<CsvRow> *rows, QString *error);
};
