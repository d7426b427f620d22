// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Interval.h"
#include "PeriodSlot.h"
#include "Room.h"
#include "SchoolDay.h"

#include <QList>
#include <QString>

// One row of a booking grid: a room on a date (the day view has a row per room, the week view
// a row per date of one room), with that date's periods as the row's cells.
struct GridRow {
    Room room;
    SchoolDay day;
    QString label; // the row header: the room's name, or the date
    QList<PeriodSlot> periods;

    Interval interval(int column) const {
        const PeriodSlot &slot = periods.at(column);
        return Interval(QDateTime(day.date, slot.start), QDateTime(day.date, slot.end));
    }
};
