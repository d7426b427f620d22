// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringView>

// Cheap looks into a JSON frame without parsing it: with 200 clients each receiving every
// event, parsing every event would make the driver the bottleneck. They rely only on JSON
// keys being quoted, not on their order.
class FrameScan {
public:
    // The number after "key": (whitespace allowed), or -1 when absent or not a number.
    static qint64 number(QStringView frame, QLatin1String quotedKeyColon, qsizetype from = 0);
    // The string after "key": (no escapes expected), or empty.
    static QStringView string(QStringView frame, QLatin1String quotedKeyColon, qsizetype from = 0);
    // The first "id" after "booking": — the booking of a bookingCreated/bookingCanceled event.
    static qint64 bookingId(QStringView frame);
};
