// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>

// RFC 3339 timestamps as the protocol uses them: always with an explicit offset.
class Rfc3339 {
public:
    // Returns an invalid QDateTime when text is not an RFC 3339 date-time with an offset.
    static QDateTime parse(const QString &text);
    // Formats in the time's own offset, e.g. 2027-03-01T09:00:00+01:00.
    static QString format(const QDateTime &time);
    // Formats in the local time zone's offset at that instant.
    static QString formatLocal(const QDateTime &time);
};
