// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>

// Where bookings go: slot k is room k mod R at the (k div R)-th short interval of an evening
// window (16:00-24:00 local time) from a base date on. Distinct slots never overlap, so a
// spread run meets no conflict of its own making, and a school's daytime bookings are never in
// the way. Search and day-grid requests look at the daytime of the same days.
class SlotPlan {
public:
    static constexpr int WindowStartMinute = 16 * 60;
    static constexpr int WindowMinutes = 8 * 60;

    SlotPlan() = default;
    SlotPlan(const QList<qint64> &roomIds, const QDate &baseDate, int slotMinutes);

    bool isValid() const { return !m_roomIds.isEmpty() && m_baseDate.isValid(); }
    int roomCount() const { return int(m_roomIds.size()); }
    // roomId, start, end (and purpose) of confirmBooking for slot k.
    QJsonObject bookingParams(qint64 slot) const;
    // The date slot k falls on, for searches and listings near it.
    QDate dateOf(qint64 slot) const;
    // start/end of a daytime period on that date (hour 8 to 14), for searchRooms.
    static QJsonObject daytimeInterval(const QDate &date, int hour, int minutes);
    // from/to of the whole day, for a day-grid listBookings.
    static QJsonObject wholeDay(const QDate &date);

private:
    QList<qint64> m_roomIds;
    QDate m_baseDate;
    int m_slotMinutes = 5;
};
