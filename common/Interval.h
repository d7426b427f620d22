// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>

// A half-open time interval [start, end).
class Interval {
public:
    Interval() = default;
    Interval(QDateTime start, QDateTime end);

    const QDateTime &start() const { return m_start; }
    const QDateTime &end() const { return m_end; }
    bool isValid() const;
    bool overlaps(const Interval &other) const;
    qint64 seconds() const;
    bool operator==(const Interval &other) const;

private:
    QDateTime m_start;
    QDateTime m_end;
};
