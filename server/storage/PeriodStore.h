// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Period.h"

#include <QList>

// The bell schedules: periods per weekday (1 = Monday ... 7 = Sunday).
class PeriodStore {
public:
    // Every weekday's periods, ordered by weekday, then start.
    static QList<Period> list();
    // One weekday's periods, ordered by start.
    static QList<Period> listFor(int weekday);
    // Replaces every weekday's schedule in one transaction; each period carries its weekday.
    // Throws DatabaseError (23P01 when two periods of one weekday overlap).
    static void replaceAll(const QList<Period> &periods);
};
