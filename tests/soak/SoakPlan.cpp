// SPDX-License-Identifier: GPL-3.0-or-later

#include "SoakPlan.h"

#include "Rfc3339.h"

#include <algorithm>
#include <iterator>

namespace {
constexpr int FirstStartMinute = 8 * 60;
constexpr int StartSteps = 10 * 12; // 08:00 to 17:55 in 5-minute steps
constexpr int Lengths[] = {15, 30, 45, 60, 90};
constexpr int SeriesWeeks = 5;
} // namespace

SoakPlan::SoakPlan(const QList<qint64> &roomIds, const QDate &baseDate, int days)
    : m_roomIds(roomIds), m_baseDate(baseDate), m_days(std::max(1, days)) {}

qint64 SoakPlan::randomRoom(QRandomGenerator &random) const {
    return m_roomIds.at(random.bounded(int(m_roomIds.size())));
}

QDate SoakPlan::randomDay(QRandomGenerator &random) const {
    return m_baseDate.addDays(random.bounded(m_days));
}

QPair<QDateTime, QDateTime> SoakPlan::randomInterval(QRandomGenerator &random,
                                                     bool firstWeek) const {
    const QDate date =
        firstWeek ? m_baseDate.addDays(random.bounded(std::min(m_days, 7))) : randomDay(random);
    const int minute = FirstStartMinute + 5 * random.bounded(StartSteps);
    const int length = Lengths[random.bounded(int(std::size(Lengths)))];
    const QDateTime start(date, QTime(minute / 60, minute % 60));
    return {start, start.addSecs(qint64(length) * 60)};
}

QDateTime SoakPlan::windowStart() const {
    return QDateTime(m_baseDate, QTime(0, 0));
}

QDateTime SoakPlan::windowEnd() const {
    return QDateTime(m_baseDate.addDays(std::max(m_days, 7) + 7 * SeriesWeeks + 1), QTime(0, 0));
}

QJsonObject SoakPlan::interval(const QDateTime &start, const QDateTime &end) {
    return {{QStringLiteral("start"), Rfc3339::formatLocal(start)},
            {QStringLiteral("end"), Rfc3339::formatLocal(end)}};
}

QJsonObject SoakPlan::span(const QDateTime &from, const QDateTime &to) {
    return {{QStringLiteral("from"), Rfc3339::formatLocal(from)},
            {QStringLiteral("to"), Rfc3339::formatLocal(to)}};
}
