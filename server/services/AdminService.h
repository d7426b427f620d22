// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Booking.h"
#include "BookingRuleSet.h"
#include "ClosedRange.h"
#include "LockInfo.h"
#include "Period.h"
#include "Room.h"
#include "Teacher.h"
#include "Term.h"

#include <QList>
#include <optional>

// What the admin console changes, validated like network input, stored in PostgreSQL and
// announced to the teacher clients. Failures throw ProtocolError with a message for the admin.
class AdminService {
public:
    // The actor named in events when the console (not a teacher) acts.
    static Teacher schoolOffice();

    // Adds the room when room.id is 0, otherwise updates it; announces roomsChanged.
    static Room saveRoom(const Room &room);
    static void setRoomActive(qint64 roomId, bool active);
    // Restricted rooms only admins may book (403 ROOM_RESTRICTED); announces roomsChanged.
    static void setRoomRestricted(qint64 roomId, bool restricted);

    // Adds the teacher when teacher.id is 0 (a password is then required), otherwise updates
    // it; a non-empty password replaces the stored one.
    static Teacher saveTeacher(const Teacher &teacher, const QString &password);
    static void setTeacherActive(qint64 teacherId, bool active);
    static void setPassword(qint64 teacherId, const QString &password);

    // Replaces the bell schedule of every weekday (each period carries its weekday; weekday 0
    // means every day); periods must have names, start before end and not overlap on a day.
    static void saveBellSchedule(const QList<Period> &periods);
    // Replaces the terms and closed days (see SchoolCalendar::replaceCalendar).
    static void saveCalendar(const QList<Term> &terms, const QList<ClosedRange> &closedRanges);
    // Upcoming live bookings that fall on closed days, for the admin to deal with.
    static QList<Booking> bookingsOnClosedDays();

    // How far ahead and how many upcoming bookings per teacher (0: no limit).
    static BookingRuleSet bookingRules();
    static void saveBookingRules(const BookingRuleSet &rules);

    // Ends a lock whoever holds it; the holder's confirm then finds no lock and completes or
    // fails on the booking check as usual.
    static bool forceReleaseLock(qint64 lockId);
    static Booking cancelBooking(qint64 bookingId, const QString &reason);
    // Cancels a series' live dates starting at or after `from` (the whole series: its first
    // date's start; an invalid from: now), each announced as bookingCanceled with the reason.
    static QList<Booking> cancelSeries(qint64 seriesId, const QDateTime &from,
                                       const QString &reason);

    // RFC 4180 CSV of bookings: id,room,building,teacher,start,end,purpose
    static QString bookingsCsv(const QList<Booking> &bookings);

    static constexpr int MinPasswordLength = 6;
};
