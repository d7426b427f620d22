#pragma once

#include "Booking.h"
#include "LockInfo.h"
#include "Period.h"
#include "Room.h"
#include "Teacher.h"

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

    // Adds the teacher when teacher.id is 0 (a password is then required), otherwise updates
    // it; a non-empty password replaces the stored one.
    static Teacher saveTeacher(const Teacher &teacher, const QString &password);
    static void setTeacherActive(qint64 teacherId, bool active);
    static void setPassword(qint64 teacherId, const QString &password);

    // Replaces the bell schedule; periods must have names, start before end and not overlap.
    static void saveBellSchedule(const QList<Period> &periods);

    // Ends a lock whoever holds it; the holder's confirm then finds no lock and completes or
    // fails on the booking check as usual.
    static bool forceReleaseLock(qint64 lockId);
    static Booking cancelBooking(qint64 bookingId, const QString &reason);

    // RFC 4180 CSV of bookings: id,room,building,teacher,start,end,purpose
    static QString bookingsCsv(const QList<Booking> &bookings);

    static constexpr int MinPasswordLength = 6;
};
