#pragma once

#include "Booking.h"
#include "SeriesOccurrence.h"

#include <QList>

// What confirmSeries did: the series (0 when no date could be booked and nothing was written),
// the bookings it created and the dates it skipped, each with its code and message.
struct SeriesResult {
    qint64 seriesId = 0;
    QList<Booking> bookings;
    QList<SeriesOccurrence> skipped;
};
