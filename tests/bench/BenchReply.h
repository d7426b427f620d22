// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QString>

// One answered request, whichever backend answered it.
struct BenchReply {
    bool ok = false;
    QString code;          // the error code when !ok (e.g. BOOKING_CONFLICT), else empty
    QString message;       // the error's sentence, for the first few errors printed
    qint64 bookingId = 0;  // the booking a confirmBooking/cancelBooking reply names
    QJsonObject body;      // the whole reply, for the few callers that need more
    qint64 sentNs = 0;     // BenchClock
    qint64 receivedNs = 0; // BenchClock
};
