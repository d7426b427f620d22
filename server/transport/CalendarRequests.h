// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Request.h"

#include <QDate>
#include <QJsonObject>

// The school calendar's requests (contract section 4): listPeriods for a date (its weekday's
// periods, or none and the reason on a closed day) and listCalendar for a range of dates.
class CalendarRequests {
public:
    static QJsonObject listPeriods(const Request &request);
    static QJsonObject listCalendar(const Request &request);
    // A date field: exactly YYYY-MM-DD and a real date (2027-02-30 is refused), else 400 naming
    // the field. A missing field is 400 when required, otherwise today.
    static QDate dateField(const Request &request, const QString &field, bool required);

    static constexpr int MaxCalendarDays = 400;
};
