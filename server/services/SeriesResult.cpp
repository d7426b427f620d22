// SPDX-License-Identifier: GPL-3.0-or-later

#include "SeriesResult.h"

#include <QJsonArray>

QJsonObject SeriesResult::toReplyJson() const {
    if (earlierReply)
        return *earlierReply;
    QJsonArray bookingArray;
    for (const Booking &booking : bookings)
        bookingArray.append(booking.toJson());
    QJsonArray skippedArray;
    for (const SeriesOccurrence &occurrence : skipped)
        skippedArray.append(occurrence.toSkippedJson());
    return {{QStringLiteral("seriesId"), seriesId > 0 ? QJsonValue(seriesId) : QJsonValue()},
            {QStringLiteral("bookings"), bookingArray},
            {QStringLiteral("skipped"), skippedArray}};
}
