// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Request.h"
#include "Teacher.h"

#include <QJsonObject>

// The recurring bookings' requests (contract section 4): previewSeries, confirmSeries and
// cancelSeries, read from the wire and answered through SeriesService.
class SeriesRequests {
public:
    static QJsonObject previewSeries(const Request &request, const Teacher &teacher);
    static QJsonObject confirmSeries(const Request &request, const Teacher &teacher);
    static QJsonObject cancelSeries(const Request &request, const Teacher &teacher);
};
