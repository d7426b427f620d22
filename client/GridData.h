// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Booking.h"
#include "Interval.h"
#include "PeriodSlot.h"
#include "Room.h"
#include "SchoolDay.h"

#include <QList>
#include <QMap>
#include <QString>

// A lock of the server's booking flow: a colleague's confirmation in flight.
struct GridLock {
    qint64 roomId = 0;
    Interval interval;
    QString holder;
};

// Everything a grid of rooms × periods shows for some dates, as the server answered it.
struct GridData {
    QList<Room> rooms;
    QMap<QDate, SchoolDay> days; // open or closed (with the reason), term and week label
    QMap<QDate, QList<PeriodSlot>> periods;
    QList<Booking> bookings;
    QList<GridLock> locks;
    QString error; // why the grid could not be loaded; empty on success
};
