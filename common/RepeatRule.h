// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

// How a series repeats (contract section 4, "repeat"): every week, or only in weeks with the
// first occurrence's cycle label; until a date or the end of the first occurrence's term.
class RepeatRule {
public:
    enum class Every { Week, Cycle };

    Every every = Every::Week;
    QDate until; // the last date that may hold an occurrence; invalid with untilTermEnd
    bool untilTermEnd = false;

    // Throws ProtocolError 400 naming the problem (unknown every, a date like 2027-02-30, ...).
    static RepeatRule fromJson(const QJsonValue &json);
    QJsonObject toJson() const;

    static constexpr int MaxSpanDays = 400;
};
