// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Booking.h"
#include "SeriesOccurrence.h"

#include <QJsonObject>
#include <QList>
#include <optional>

// What confirmSeries did: the series (0 when no date could be booked and nothing was written),
// the bookings it created and the dates it skipped, each with its code and message.
struct SeriesResult {
    qint64 seriesId = 0;
    QList<Booking> bookings;
    QList<SeriesOccurrence> skipped;
    // A request sent again with the key of one that made a series: that one's reply, as sent.
    std::optional<QJsonObject> earlierReply;

    // The reply's members: seriesId, bookings, skipped (or the earlier reply).
    QJsonObject toReplyJson() const;
};
