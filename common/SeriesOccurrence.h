// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Booking.h"
#include "Interval.h"

#include <QJsonObject>
#include <QString>

// One date of a series as previewSeries shows it, or as confirmSeries reports a skipped or
// conflicting date (contract section 4).
class SeriesOccurrence {
public:
    enum class Status { Free, Booked, Locked, Closed };

    Interval interval;
    Status status = Status::Free;
    Booking conflict; // with Booked: the booking in the way
    QString holder;   // with Locked: who is booking it right now
    QString reason;   // with Closed: why the school is closed
    // Why it cannot be booked (BOOKING_CONFLICT, LOCK_HELD, CLOSED_DAY, a rule's code) and the
    // sentence a confirmBooking would have answered; empty when free.
    QString code;
    QString message;

    // {"start", "end", "status", "conflict"?, "holder"?, "reason"?}
    QJsonObject toPreviewJson() const;
    // {"start", "end", "code", "message"}
    QJsonObject toSkippedJson() const;
    static SeriesOccurrence fromJson(const QJsonObject &json);

    static QString statusName(Status status);
};
