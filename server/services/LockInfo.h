// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Interval.h"

#include <QDateTime>
#include <QString>

// A live lock on (room, interval): a confirmation in flight.
struct LockInfo {
    qint64 id = 0;
    qint64 roomId = 0;
    QString roomName;
    Interval interval;
    qint64 teacherId = 0;
    QString holderName;
    QDateTime expiresAt;
};
