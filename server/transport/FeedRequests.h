// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Request.h"
#include "Teacher.h"

#include <QJsonArray>
#include <QJsonObject>

// The day grid's and the teacher's own additions to the protocol: favourite rooms
// (listFavourites, setFavourite), live locks (listLocks) and the private calendar feed
// (calendarFeed).
class FeedRequests {
public:
    static QJsonObject listFavourites(const Teacher &teacher);
    static QJsonObject setFavourite(const Request &request, const Teacher &teacher);
    static QJsonObject listLocks(const Request &request);
    // feedBase: where this connection reaches the feed (FeedAddress::baseFor), empty when off.
    static QJsonObject calendarFeed(const Request &request, const Teacher &teacher,
                                    const QString &feedBase);

    static constexpr int MaxLockDays = 400;
};
