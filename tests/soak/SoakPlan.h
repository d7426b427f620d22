// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QRandomGenerator>

// Where the soak's bookings go: the first R rooms, daytime intervals (starts 08:00-17:55 local
// time on 5-minute steps, 15 to 90 minutes long) on D days from a base date. Few rooms and days
// on purpose: the clients must meet each other, so that conflicts and the database's refusal of
// overlaps are exercised all the time. Series start in the first week and repeat weekly.
class SoakPlan {
public:
    SoakPlan() = default;
    SoakPlan(const QList<qint64> &roomIds, const QDate &baseDate, int days);

    qint64 randomRoom(QRandomGenerator &random) const;
    // start/end of a random interval on one of the D days (series: of the first week).
    QPair<QDateTime, QDateTime> randomInterval(QRandomGenerator &random, bool firstWeek) const;
    QDate randomDay(QRandomGenerator &random) const;
    // from/to covering every booking the soak can make (series reach five weeks further).
    QDateTime windowStart() const;
    QDateTime windowEnd() const;

    static QJsonObject interval(const QDateTime &start, const QDateTime &end);
    static QJsonObject span(const QDateTime &from, const QDateTime &to);

private:
    QList<qint64> m_roomIds;
    QDate m_baseDate;
    int m_days = 1;
};
