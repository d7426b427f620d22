// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "BenchEvent.h"
#include "BenchReply.h"
#include "LatencySamples.h"

#include <QHash>
#include <QMap>
#include <QStringList>

// What one driver thread saw in one stage; merged by the stage runner when it is over.
struct StageStats {
    // Round trips by request type: successes under the type ("confirmBooking"), conflicts
    // under "<type> refused" (LOCK_HELD, BOOKING_CONFLICT: the expected losers of a race).
    QHash<QString, LatencySamples> roundTrips;
    qint64 bookingsOk = 0;  // measured confirmBooking successes
    qint64 bookingsAll = 0; // every confirmBooking success, warm-up included (for CPU)
    qint64 firstSentNs = 0; // of measured requests
    qint64 lastReplyNs = 0;
    QMap<QString, qint64> conflicts; // by code
    QMap<QString, qint64> errors;    // by code, including the driver's own (NO_REPLY, …)
    QStringList errorSamples;        // the first few error messages, to print
    QMap<QString, qint64> events;    // received, by name (while the stage ran)
    // fanout: the booker's reply time per booking, and per booking the latest arrival of its
    // bookingCreated at a listener and how many listeners got it.
    QHash<qint64, qint64> bookerReplyNs;
    struct Arrival {
        qint64 lastNs = 0;
        int listeners = 0;
    };
    QHash<qint64, Arrival> arrivals;

    static bool isConflict(const QString &code) {
        return code == QLatin1String("LOCK_HELD") || code == QLatin1String("BOOKING_CONFLICT");
    }
    void addError(const QString &code, const QString &message);
    // Records a reply to a request of that type (measured or not: measuredFromNs decides).
    void addReply(const QString &type, const BenchReply &reply, qint64 measuredFromNs);
    void merge(const StageStats &other);
};
