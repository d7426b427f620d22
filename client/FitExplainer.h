// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Room.h"
#include "SearchCriteria.h"

#include <QString>

// Says in a few words why a room suits the search, as a colleague would.
class FitExplainer {
public:
    static QString explain(const Room &room, const SearchCriteria &criteria);
};
