// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

// One date of the school calendar as listCalendar sends it (contract section 4): open or
// closed (with the reason), the term holding it and its week label in the term's cycle.
class SchoolDay {
public:
    QDate date;
    bool open = true;
    QString reason; // set when closed: "Half term", or "School holidays" outside every term
    QString term;   // empty outside every term
    QString week;   // empty without a week cycle ("week": null on the wire)

    QJsonObject toJson() const;
    static SchoolDay fromJson(const QJsonObject &json);
};
