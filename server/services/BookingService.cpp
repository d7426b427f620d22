#include "BookingService.h"

#include "AuditLog.h"
#include "BookingRules.h"
#include "BookingStore.h"
#include "Database.h"
#include "DatabaseError.h"
#include "ErrorCodes.h"
#include "EventHub.h"
#include "LockService.h"
#include "ProtocolError.h"
#include "ProtocolLimits.h"
#include "Rfc3339.h"
#include "RoomStore.h"
#include "SchoolCalendar.h"
#include "TeacherStore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBooking, "roomclaim.booking")

namespace {
constexpr qint64 MaxBookingSeconds = 24 * 3600;
constexpr int MaxReasonLength = 500;

QJsonObject intervalJson(const Interval &interval) {
    return {{QStringLiteral("start"), Rfc3339::formatLocal(interval.start())},
            {QStringLiteral("end"), Rfc3339::formatLocal(interval.end())}};
}

// What the audit log keeps of a booking: enough to recognise it after it is gone.
QJsonObject auditDetails(const Booking &booking) {
    QJsonObject details = intervalJson(booking.interval);
    details.insert(QStringLiteral("booking"), booking.id);
    details.insert(QStringLiteral("teacher"), booking.teacherName);
    if (!booking.purpose.isEmpty())
        details.insert(QStringLiteral("purpose"), booking.purpose);
    if (booking.seriesId > 0)
        details.insert(QStringLiteral("series"), booking.seriesId);
    return details;
}

ProtocolError roomNotFound(qint64 roomId) {
    return ProtocolError(404, QString(ErrorCodes::RoomNotFound),
                         QStringLiteral("Room %1 does not exist").arg(roomId));
}

ProtocolError conflictWith(const Booking &existing) {
    return ProtocolError(409, QString(ErrorCodes::BookingConflict),
                         QStringLiteral("Room already booked by %1").arg(existing.teacherName),
                         {{QStringLiteral("conflict"), existing.toJson()}});
}

// Everyone sees the room being booked while the confirmation is in flight; LockService
// announces the matching roomUnlocked when the lock goes.
void announceLocked(qint64 roomId, const Interval &interval, const QString &holder) {
    QJsonObject payload = intervalJson(interval);
    payload.insert(QStringLiteral("roomId"), roomId);
    payload.insert(QStringLiteral("holder"), holder);
    EventHub::publish(QStringLiteral("roomLocked"), payload);
}

void releaseQuietly(qint64 lockId) {
    try {
        LockService::release(lockId);
    } catch (const DatabaseError &error) {
        // The lock expires by itself; the original failure is what the caller must hear about.
        qCWarning(lcBooking) << "could not release lock" << lockId << error.message();
    }
}

// The room was looked up (exists, active) before the lock was taken.
Booking createBooking(const Teacher &teacher, qint64 roomId, const Interval &interval,
                      const QString &purpose) {
    // Step 2: the teacher must exist and be active.
    const std::optional<Teacher> current = TeacherStore::find(teacher.id);
    if (!current || !current->active)
        throw ProtocolError(403, QString(ErrorCodes::Forbidden),
                            QStringLiteral("Your account is no longer active"));
    // Step 3: an existing booking that overlaps wins.
    if (const std::optional<Booking> existing = BookingStore::firstOverlapping(roomId, interval))
        throw conflictWith(*existing);
    // Step 4: create it; the exclusion constraint is the final word.
    try {
        return Database::transaction([&] {
            const Booking booking = BookingStore::insert(roomId, teacher.id, interval, purpose);
            AuditLog::record(Actor::of(teacher),
                             {AuditLog::BookingCreated, booking.roomName, auditDetails(booking)});
            EventHub::publish(QStringLiteral("bookingCreated"),
                              {{QStringLiteral("booking"), booking.toJson()}});
            return booking;
        });
    } catch (const DatabaseError &error) {
        if (!error.isExclusionViolation())
            throw;
        if (const std::optional<Booking> existing =
                BookingStore::firstOverlapping(roomId, interval))
            throw conflictWith(*existing);
        throw ProtocolError(409, QString(ErrorCodes::BookingConflict),
                            QStringLiteral("Room already booked"));
    }
}
} // namespace

void BookingService::validateInterval(const Interval &interval) {
    if (!interval.isValid())
        throw ProtocolError::badRequest(
            QStringLiteral("The end time must be after the start time"));
    if (interval.seconds() > MaxBookingSeconds)
        throw ProtocolError::badRequest(QStringLiteral("A booking may last at most 24 hours"));
}

Booking BookingService::confirm(const Teacher &teacher, qint64 roomId, const Interval &interval,
                                const QString &purpose) {
    validateInterval(interval);
    if (interval.end() <= QDateTime::currentDateTime())
        throw ProtocolError::badRequest(QStringLiteral("That time is already over"));
    if (purpose.size() > ProtocolLimits::MaxPurposeLength)
        throw ProtocolError::badRequest(QStringLiteral("The purpose may be at most %1 characters")
                                            .arg(ProtocolLimits::MaxPurposeLength));

    // The school calendar, the room and the booking rules (contract section 4) come before the
    // lock: a refused request never shows the room as being booked. The room is read once.
    SchoolCalendar::checkOpen(interval);
    const std::optional<Room> room = RoomStore::find(roomId);
    if (!room || !room->active)
        throw roomNotFound(roomId);
    BookingRules::check(teacher, *room, interval);

    // Step 1: the lock.
    LockService::Acquired lock;
    try {
        lock = LockService::acquire(roomId, interval, teacher.id);
    } catch (const DatabaseError &error) {
        if (error.sqlState() == QLatin1String("23503")) // no such room
            throw roomNotFound(roomId);
        throw;
    }
    if (!lock.granted)
        throw ProtocolError(409, QString(ErrorCodes::LockHeld),
                            QStringLiteral("Another teacher is currently booking"),
                            {{QStringLiteral("holder"), lock.holder}});
    try {
        announceLocked(roomId, interval, teacher.name);
        const Booking booking = createBooking(teacher, roomId, interval, purpose.trimmed());
        releaseQuietly(lock.lockId); // Step 5, success path
        qCInfo(lcBooking).noquote() << teacher.name << "booked" << booking.roomName
                                    << Rfc3339::formatLocal(interval.start());
        return booking;
    } catch (...) {
        releaseQuietly(lock.lockId); // Step 5, every failure path
        throw;
    }
}

Booking BookingService::cancel(const Teacher &actor, qint64 bookingId, const QString &reason) {
    // The reason travels in the bookingCanceled event, and a NOTIFY payload holds < 8000 bytes.
    if (reason.trimmed().size() > MaxReasonLength)
        throw ProtocolError::badRequest(
            QStringLiteral("The reason may be at most %1 characters").arg(MaxReasonLength));
    const std::optional<Booking> booking = BookingStore::find(bookingId);
    if (!booking)
        throw ProtocolError(404, QString(ErrorCodes::BookingNotFound),
                            QStringLiteral("Booking %1 does not exist").arg(bookingId));
    if (booking->teacherId != actor.id && !actor.isAdmin())
        throw ProtocolError(403, QString(ErrorCodes::Forbidden),
                            QStringLiteral("You can only cancel your own bookings"));
    Database::transaction([&] {
        if (!BookingStore::cancel(bookingId, actor.id, reason.trimmed()))
            throw ProtocolError(404, QString(ErrorCodes::BookingNotFound),
                                QStringLiteral("Booking %1 was already canceled").arg(bookingId));
        QJsonObject payload{{QStringLiteral("booking"), booking->toJson()},
                            {QStringLiteral("canceledBy"), actor.name}};
        QJsonObject details = auditDetails(*booking);
        if (!reason.trimmed().isEmpty()) {
            payload.insert(QStringLiteral("reason"), reason.trimmed());
            details.insert(QStringLiteral("reason"), reason.trimmed());
        }
        AuditLog::record(Actor::of(actor), {AuditLog::BookingCanceled, booking->roomName, details});
        EventHub::publish(QStringLiteral("bookingCanceled"), payload);
    });
    qCInfo(lcBooking).noquote() << actor.name << "canceled booking" << bookingId << "of"
                                << booking->teacherName;
    return *booking;
}
