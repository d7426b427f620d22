// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Interval.h"

#include <QJsonObject>
#include <QStringList>

// What the teacher is looking for: a time, a class size and the features the lesson needs.
struct SearchCriteria {
    Interval interval;
    int minCapacity = 0;
    QStringList features;

    bool isValid() const { return interval.isValid(); }
    QJsonObject toParams() const;
    bool operator==(const SearchCriteria &other) const {
        return interval == other.interval && minCapacity == other.minCapacity &&
               features == other.features;
    }
};
