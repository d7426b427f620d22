// SPDX-License-Identifier: GPL-3.0-or-later

#include "BookingService.h"

#include "AuditLog.h"
#include "BookingCommitter.h"
#include "BookingConfigCache.h"
#include "BookingRules.h"
#include "BookingStore.h"
#include "Database.h"
#include "DatabaseError.h"
#include "ErrorCodes.h"
#include "EventHub.h"
#include "LockAnnouncer.h"
#include "LockService.h"
#include "LockStore.h"
#include "MessageCodec.h"
#include "ProtocolError.h"
#include "ProtocolLimits.h"
#include "RequestReplay.h"
#include "Rfc3339.h"
#include "SchoolCalendar.h"

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

// The lock a confirmation holds, given back on every path: removed by the booking statement
// itself on success and on a conflict, by the caller otherwise. roomUnlocked follows only a
// roomLocked that went out (LockAnnouncer).
class HeldLock {
public:
    HeldLock(qint64 lockId, qint64 roomId, const Interval &interval, const QString &holder)
        : m_lockId(lockId), m_roomId(roomId), m_interval(interval),
          m_watch(LockAnnouncer::watch(roomId, interval, holder)) {}
    HeldLock(const HeldLock &) = delete;
    HeldLock &operator=(const HeldLock &) = delete;
    ~HeldLock() {
        if (!m_gone)
            discard();
        finish();
    }

    // The lock went with the booking statement.
    void gone() {
        m_gone = true;
        finish();
    }

    // The booking statement failed and took nothing with it: remove the lock now.
    void discard() {
        m_gone = true;
        try {
            LockService::discard(m_lockId);
        } catch (const DatabaseError &error) {
            // The lock expires by itself; the original failure is what the caller must hear.
            qCWarning(lcBooking) << "could not release lock" << m_lockId << error.message();
        }
    }

private:
    void finish() {
        if (m_finished)
            return;
        m_finished = true;
        if (!LockAnnouncer::finish(m_watch))
            return;
        try {
            LockService::announceUnlocked(m_roomId, m_interval);
        } catch (const DatabaseError &error) {
            qCWarning(lcBooking) << "could not announce the release of lock" << m_lockId
                                 << error.message();
        }
    }

    qint64 m_lockId;
    qint64 m_roomId;
    Interval m_interval;
    std::shared_ptr<LockAnnouncer::Watch> m_watch;
    bool m_gone = false;
    bool m_finished = false;
};

// Steps 1 and 2 and the rules, in one statement committed on its own (LockStore::takeForBooking):
// the calendar and the rules come from memory, checked for freshness in that same statement.
LockStore::Taken takeLock(const Teacher &teacher, qint64 roomId, const Interval &interval) {
    std::shared_ptr<const BookingConfigCache::Snapshot> config = BookingConfigCache::current();
    bool fresh = false;
    for (int attempt = 0;; ++attempt) {
        // The school calendar and the booking rules (contract section 4) come before the lock:
        // a refused request never shows the room as being booked. A refusal by a copy held in
        // memory is only believed once the copy is read again.
        if (const std::optional<ProtocolError> closed =
                SchoolCalendar::closure(config->calendar, interval)) {
            if (fresh)
                throw *closed;
            config = BookingConfigCache::reload();
            fresh = true;
            continue;
        }
        LockStore::TakeRequest request;
        // After a few changes in a row, the copy just read is good enough.
        request.configVersion = attempt < 3 ? config->version : -1;
        request.roomId = roomId;
        request.teacherId = teacher.id;
        request.admin = teacher.isAdmin();
        request.tooFarAhead = BookingRules::isTooFarAhead(config->rules, interval);
        request.maxActiveBookings = config->rules.maxActiveBookings;
        request.now = QDateTime::currentDateTime();
        request.interval = interval;
        request.instance = LockService::instanceName();
        request.ttlSeconds = LockService::timeToLive();
        LockStore::Taken taken;
        try {
            taken = LockStore::takeForBooking(request);
        } catch (const DatabaseError &error) {
            if (error.sqlState() == QLatin1String("23503")) // the room or teacher went meanwhile
                throw roomNotFound(roomId);
            throw;
        }
        // An expired lock must not block anyone, even before the periodic cleanup has run; whoever
        // shows it as locked hears that it is gone, as from the cleanup.
        for (const Interval &expired : std::as_const(taken.expired))
            LockService::announceUnlocked(roomId, expired);
        if (taken.status == QLatin1String("STALE")) {
            config = BookingConfigCache::reload();
            fresh = true;
            continue;
        }
        if (taken.status == QLatin1String("TOO_FAR_AHEAD"))
            throw BookingRules::tooFarAheadError(config->rules.maxDaysAhead);
        if (taken.status == QLatin1String("LIMIT_REACHED"))
            throw BookingRules::limitReachedError(config->rules.maxActiveBookings);
        return taken;
    }
}

// What the audit log and the event say of the new booking; the statement puts in its id.
BookingStore::UnderLock bookingUnderLock(const Teacher &teacher, const Booking &booking,
                                         qint64 lockId, const RequestReplay::Key &key) {
    BookingStore::UnderLock request;
    request.lockId = lockId;
    request.requestId = key.id;
    request.fingerprint = key.fingerprint;
    request.roomId = booking.roomId;
    request.teacherId = booking.teacherId;
    request.interval = booking.interval;
    request.purpose = booking.purpose;
    request.channel = EventHub::Channel;
    // Compact JSON orders the keys, so the booking's id (0 here) is always followed by its
    // purpose: "id":0,"purpose": is the one place the statement writes the new id into.
    request.frame = MessageCodec::encodeEvent(QStringLiteral("bookingCreated"),
                                              {{QStringLiteral("booking"), booking.toJson()}});
    Q_ASSERT(request.frame.count("\"id\":0,\"purpose\":") == 1);
    const Actor actor = Actor::of(teacher);
    request.audit.actorId = actor.id;
    request.audit.actor = actor.name;
    request.audit.actorName = actor.fullName;
    request.audit.actorRole = actor.role;
    request.audit.address = actor.address;
    request.audit.action = AuditLog::BookingCreated;
    request.audit.subject = booking.roomName;
    QJsonObject details = auditDetails(booking);
    details.remove(QStringLiteral("booking"));
    request.audit.details = details;
    return request;
}

// The booking an earlier request with this key made, if there was one.
std::optional<Booking> earlierBooking(const Teacher &teacher, const RequestReplay::Key &key) {
    const std::optional<RequestReplay::Earlier> earlier = RequestReplay::earlier(teacher, key);
    if (!earlier)
        return std::nullopt;
    std::optional<Booking> booking;
    if (earlier->bookingId > 0)
        booking = BookingStore::find(earlier->bookingId, true);
    if (booking)
        return booking;
    throw DatabaseError(QStringLiteral("request %1 made no booking").arg(key.id), QString(), false);
}

// The booking flow once. Empty when an earlier request with the same key got there first
// (between the caller's look and the booking statement).
std::optional<Booking> confirmOnce(const Teacher &teacher, qint64 roomId, const Interval &interval,
                                   const QString &purpose, const RequestReplay::Key &key) {
    if (interval.end() <= QDateTime::currentDateTime())
        throw ProtocolError::badRequest(QStringLiteral("That time is already over"));
    if (purpose.size() > ProtocolLimits::MaxPurposeLength)
        throw ProtocolError::badRequest(QStringLiteral("The purpose may be at most %1 characters")
                                            .arg(ProtocolLimits::MaxPurposeLength));

    // Steps 1 and 2: the room, the rules, the lock and the teacher, in one statement.
    const LockStore::Taken taken = takeLock(teacher, roomId, interval);
    if (taken.status == QLatin1String("ROOM_NOT_FOUND"))
        throw roomNotFound(roomId);
    if (taken.status == QLatin1String("ROOM_RESTRICTED"))
        throw BookingRules::restrictedError(taken.roomName);
    if (taken.status == QLatin1String("LOCK_HELD"))
        throw ProtocolError(409, QString(ErrorCodes::LockHeld),
                            QStringLiteral("Another teacher is currently booking"),
                            {{QStringLiteral("holder"), taken.holder}});
    if (taken.status == QLatin1String("FORBIDDEN"))
        throw ProtocolError(403, QString(ErrorCodes::Forbidden),
                            QStringLiteral("Your account is no longer active"));
    if (taken.status != QLatin1String("OK") || taken.lockId <= 0)
        throw DatabaseError(QStringLiteral("taking the lock answered '%1'").arg(taken.status),
                            QString(), false);

    Booking booking;
    booking.roomId = roomId;
    booking.roomName = taken.roomName;
    booking.teacherId = teacher.id;
    booking.teacherName = taken.teacherName;
    booking.interval = interval;
    booking.purpose = purpose.trimmed();
    HeldLock lock(taken.lockId, roomId, interval, taken.teacherName);
    // Steps 3 to 5 and the announcement in one transaction; the exclusion constraint is the
    // final word.
    BookingStore::Created created;
    try {
        created = BookingCommitter::create(bookingUnderLock(teacher, booking, taken.lockId, key));
    } catch (const DatabaseError &error) {
        lock.discard(); // Step 5, a failure that rolled the release back
        if (!error.isExclusionViolation())
            throw;
        if (const std::optional<Booking> existing =
                BookingStore::firstOverlapping(roomId, interval))
            throw conflictWith(*existing);
        throw ProtocolError(409, QString(ErrorCodes::BookingConflict),
                            QStringLiteral("Room already booked"));
    }
    lock.gone(); // Step 5: released by the statement
    if (created.status == QLatin1String("REQUEST_SEEN"))
        return std::nullopt;
    if (created.status == QLatin1String("BOOKING_CONFLICT") && created.conflict)
        throw conflictWith(*created.conflict);
    if (created.status != QLatin1String("OK") || created.bookingId <= 0)
        throw DatabaseError(QStringLiteral("the new booking was not stored"), QString(), false);
    booking.id = created.bookingId;
    qCDebug(lcBooking).noquote() << booking.teacherName << "booked" << booking.roomName
                                 << Rfc3339::formatLocal(interval.start());
    return booking;
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
                                const QString &purpose, const std::optional<QString> &requestId) {
    validateInterval(interval);
    const RequestReplay::Key key = RequestReplay::key(
        requestId, {QStringLiteral("confirmBooking"), QString::number(roomId),
                    QString::number(interval.start().toMSecsSinceEpoch()),
                    QString::number(interval.end().toMSecsSinceEpoch()), purpose.trimmed()});
    if (!key.isSet()) {
        if (const std::optional<Booking> booking =
                confirmOnce(teacher, roomId, interval, purpose, key))
            return *booking;
        // Empty only when a key was given.
        throw DatabaseError(QStringLiteral("a booking without a key was taken for a request seen "
                                           "before"),
                            QString(), false);
    }

    // The first request with this key may have booked already (its reply lost with its
    // connection), may be booking right now, or may never have arrived.
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    for (;;) {
        if (const std::optional<Booking> earlier = earlierBooking(teacher, key))
            return *earlier;
        try {
            if (const std::optional<Booking> booking =
                    confirmOnce(teacher, roomId, interval, purpose, key))
                return *booking;
        } catch (const ProtocolError &error) {
            if (error.code() != ErrorCodes::LockHeld && error.code() != ErrorCodes::BookingConflict)
                throw;
            // Lost to the first request itself, committed meanwhile or still in flight.
            if (const std::optional<Booking> earlier = earlierBooking(teacher, key))
                return *earlier;
            if (!RequestReplay::ownLock(error.details().value(QStringLiteral("holder")).toString(),
                                        teacher) ||
                !RequestReplay::waitForEarlier(startedMs))
                throw;
            continue;
        }
        // The key was taken between the look and the booking statement: look again.
        if (!RequestReplay::waitForEarlier(startedMs))
            throw DatabaseError(QStringLiteral("request %1 was neither made nor found").arg(key.id),
                                QString(), false);
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
