#pragma once

#include "Request.h"

#include <QJsonObject>

// The school calendar's requests (contract section 4): listPeriods for a date (its weekday's
// periods, or none and the reason on a closed day) and listCalendar for a range of dates.
class CalendarRequests {
public:
    static QJsonObject listPeriods(const Request &request);
    static QJsonObject listCalendar(const Request &request);

    static constexpr int MaxCalendarDays = 400;
};
