// SPDX-License-Identifier: GPL-3.0-or-later

#include "SlotPlan.h"

#include "Rfc3339.h"

#include <QDateTime>

SlotPlan::SlotPlan(const QList<qint64> &roomIds, const QDate &baseDate, int slotMinutes)
    : m_roomIds(roomIds), m_baseDate(baseDate), m_slotMinutes(slotMinutes) {}

QDate SlotPlan::dateOf(qint64 slot) const {
    const qint64 perDay = WindowMinutes / m_slotMinutes;
    return m_baseDate.addDays((slot / m_roomIds.size()) / perDay);
}

QJsonObject SlotPlan::bookingParams(qint64 slot) const {
    const qint64 perDay = WindowMinutes / m_slotMinutes;
    const qint64 step = slot / m_roomIds.size();
    const QDate date = m_baseDate.addDays(step / perDay);
    const int minute = WindowStartMinute + int(step % perDay) * m_slotMinutes;
    const QDateTime start(date, QTime(0, 0).addSecs(minute * 60));
    return {{QStringLiteral("roomId"), m_roomIds.at(slot % m_roomIds.size())},
            {QStringLiteral("start"), Rfc3339::formatLocal(start)},
            {QStringLiteral("end"), Rfc3339::formatLocal(start.addSecs(m_slotMinutes * 60))},
            {QStringLiteral("purpose"), QStringLiteral("bench")}};
}

QJsonObject SlotPlan::daytimeInterval(const QDate &date, int hour, int minutes) {
    const QDateTime start(date, QTime(hour, 0));
    return {{QStringLiteral("start"), Rfc3339::formatLocal(start)},
            {QStringLiteral("end"), Rfc3339::formatLocal(start.addSecs(minutes * 60))}};
}

QJsonObject SlotPlan::wholeDay(const QDate &date) {
    return {{QStringLiteral("from"), Rfc3339::formatLocal(QDateTime(date, QTime(0, 0)))},
            {QStringLiteral("to"), Rfc3339::formatLocal(QDateTime(date.addDays(1), QTime(0, 0)))}};
}
