// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QString>

// Dates (inclusive) on which the school is closed: a holiday, an inset day.
class ClosedRange {
public:
    qint64 id = 0;
    QString name;
    QDate first;
    QDate last;

    bool contains(const QDate &date) const { return date >= first && date <= last; }
};
