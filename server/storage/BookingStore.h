// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "AuditRecord.h"
#include "Booking.h"

#include <QList>
#include <optional>

class BookingStore {
public:
    // A booking made under a lock taken by LockStore::takeForBooking, with everything that goes
    // with it (roomclaim_create_booking, migration 006).
    struct UnderLock {
        qint64 lockId = 0;
        qint64 roomId = 0;
        qint64 teacherId = 0;
        Interval interval;
        QString purpose;
        // The event announcing it, sent on this channel when the booking commits; its booking's
        // "id":0 becomes the new id.
        QString channel;
        QByteArray frame;
        // The audit row (action booking.created); the new booking's id joins its details.
        AuditRecord audit;
        // The client's key for this request and what it asked for (request_keys, migration 8),
        // taken in the same transaction; empty when the client gave none.
        QString requestId;
        QString fingerprint;
    };
    struct Created {
        // OK (bookingId set), BOOKING_CONFLICT (conflict set), NOT_STORED, or REQUEST_SEEN (an
        // earlier request holds the key: nothing was made, the lock is gone).
        QString status;
        qint64 bookingId = 0;
        std::optional<Booking> conflict;
    };
    // One statement, one transaction: an overlapping booking wins; otherwise the insert, the
    // audit row, the event and the lock's release commit together. Throws DatabaseError (23P01
    // when the database refuses an overlap), and then the lock is still there.
    static Created createUnderLock(const UnderLock &booking);
    // The same for several bookings under their locks, one after the other in one statement and
    // one transaction: one commit for them all. Throws DatabaseError when any of them fails
    // (23P01 included), and then none of them was made.
    static QList<Created> createUnderLocks(const QList<UnderLock> &bookings);
    static std::optional<Booking> find(qint64 id, bool includeCanceled = false);
    // The first live booking of the room that overlaps the interval, if any.
    static std::optional<Booking> firstOverlapping(qint64 roomId, const Interval &interval);
    // Throws DatabaseError (23P01) when the database refuses an overlap. seriesId 0: none.
    static Booking insert(qint64 roomId, qint64 teacherId, const Interval &interval,
                          const QString &purpose, qint64 seriesId = 0);
    // Inserts under a savepoint of the current transaction: nothing (and the transaction still
    // usable) when the database refuses an overlap. Call inside Database::transaction().
    static std::optional<Booking> insertIfFree(qint64 roomId, qint64 teacherId,
                                               const Interval &interval, const QString &purpose,
                                               qint64 seriesId);
    // The bookings with these ids (canceled ones too when asked), ordered by start.
    static QList<Booking> findAll(const QList<qint64> &ids, bool includeCanceled = false);
    static bool cancel(qint64 id, qint64 canceledBy, const QString &reason);
    // How many live bookings of the teacher have not ended by the given time.
    static int countUpcoming(qint64 teacherId, const QDateTime &from);
    // The range of a booking (of the query's bookings alias) as the index of bookings by time
    // has it (migration 007): a search by time over every room names that index with it.
    static QString indexedTime(const QString &alias);
    // Live bookings overlapping [from, to), optionally of one teacher or room, ordered by start
    // (then room name and id). With afterId, only those after that booking in this order; with
    // a limit, at most that many.
    static QList<Booking> list(const QDateTime &from, const QDateTime &to,
                               std::optional<qint64> teacherId = std::nullopt,
                               std::optional<qint64> roomId = std::nullopt,
                               std::optional<qint64> afterId = std::nullopt, int limit = 0);
};
