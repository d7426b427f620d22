// SPDX-License-Identifier: GPL-3.0-or-later

#include "Interval.h"

#include <utility>

Interval::Interval(QDateTime start, QDateTime end)
    : m_start(std::move(start)), m_end(std::move(end)) {}

bool Interval::isValid() const {
    return m_start.isValid() && m_end.isValid() && m_start < m_end;
}

bool Interval::overlaps(const Interval &other) const {
    return isValid() && other.isValid() && m_start < other.m_end && other.m_start < m_end;
}

qint64 Interval::seconds() const {
    return m_start.secsTo(m_end);
}

bool Interval::operator==(const Interval &other) const {
    return m_start == other.m_start && m_end == other.m_end;
}
