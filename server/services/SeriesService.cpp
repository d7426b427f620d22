// SPDX-License-Identifier: GPL-3.0-or-later

#include "SeriesService.h"

#include "AuditLog.h"
#include "BookingRules.h"
#include "BookingService.h"
#include "BookingStore.h"
#include "Database.h"
#include "DatabaseError.h"
#include "ErrorCodes.h"
#include "EventHub.h"
#include "LockService.h"
#include "ProtocolError.h"
#include "ProtocolLimits.h"
#include "RequestKeyStore.h"
#include "RequestReplay.h"
#include "Rfc3339.h"
#include "RoomStore.h"
#include "SeriesPlanner.h"
#include "SeriesStore.h"
#include "TeacherStore.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcSeries, "roomclaim.series")

namespace {
constexpr int MaxReasonLength = 500;
constexpr int DatesNamedInConflict = 5;

using Status = SeriesOccurrence::Status;

// The locks a series holds while it is being decided; every one of them is released when the
// series is done, on every path (LockService announces each release as roomUnlocked).
class HeldLocks {
public:
    HeldLocks() = default;
    HeldLocks(const HeldLocks &) = delete;
    HeldLocks &operator=(const HeldLocks &) = delete;
    ~HeldLocks() { releaseAll(); }
    void add(qint64 lockId) { m_ids << lockId; }
    void releaseAll() {
        for (qint64 lockId : std::as_const(m_ids)) {
            try {
                LockService::release(lockId);
            } catch (const DatabaseError &error) {
                // The lock expires by itself; the outcome of the series is what counts.
                qCWarning(lcSeries) << "could not release lock" << lockId << error.message();
            }
        }
        m_ids.clear();
    }

private:
    QList<qint64> m_ids;
};

QString isoDate(const QDateTime &time) {
    return time.toLocalTime().date().toString(Qt::ISODate);
}

Room activeRoom(qint64 roomId) {
    const std::optional<Room> room = RoomStore::find(roomId);
    if (!room || !room->active)
        throw ProtocolError(404, QString(ErrorCodes::RoomNotFound),
                            QStringLiteral("Room %1 does not exist").arg(roomId));
    return *room;
}

void checkFirst(const Interval &first) {
    BookingService::validateInterval(first);
    if (first.end() <= QDateTime::currentDateTime())
        throw ProtocolError::badRequest(QStringLiteral("That time is already over"));
}

void markBooked(SeriesOccurrence &occurrence, const Booking &existing) {
    occurrence.status = Status::Booked;
    occurrence.conflict = existing;
    occurrence.code = QString(ErrorCodes::BookingConflict);
    occurrence.message = QStringLiteral("Room already booked by %1").arg(existing.teacherName);
}

void markLocked(SeriesOccurrence &occurrence, const QString &holder) {
    occurrence.status = Status::Locked;
    occurrence.holder = holder;
    occurrence.code = QString(ErrorCodes::LockHeld);
    occurrence.message = QStringLiteral("%1 is currently booking this room").arg(holder);
}

void markRefused(SeriesOccurrence &occurrence, const ProtocolError &refusal) {
    occurrence.code = refusal.code();
    occurrence.message = refusal.message();
}

// The database refused an occurrence the checks had let through: whoever got there first.
void markTakenMeanwhile(SeriesOccurrence &occurrence, qint64 roomId) {
    if (const std::optional<Booking> existing =
            BookingStore::firstOverlapping(roomId, occurrence.interval)) {
        markBooked(occurrence, *existing);
        return;
    }
    occurrence.status = Status::Booked;
    occurrence.code = QString(ErrorCodes::BookingConflict);
    occurrence.message = QStringLiteral("Room already booked");
}

ProtocolError seriesConflict(const QList<SeriesOccurrence> &failures) {
    QStringList named;
    QJsonArray conflicts;
    for (const SeriesOccurrence &failure : failures) {
        if (named.size() < DatesNamedInConflict)
            named << QStringLiteral("%1 (%2)").arg(isoDate(failure.interval.start()),
                                                   failure.message);
        conflicts.append(failure.toSkippedJson());
    }
    QString message = failures.size() == 1
                          ? QStringLiteral("1 date cannot be booked: ")
                          : QStringLiteral("%1 dates cannot be booked: ").arg(failures.size());
    message += named.join(QStringLiteral(", "));
    if (failures.size() > named.size())
        message += QStringLiteral(" and %1 more").arg(failures.size() - named.size());
    return ProtocolError(409, QString(ErrorCodes::SeriesConflict), message,
                         {{QStringLiteral("conflicts"), conflicts}});
}

void announceLocked(qint64 roomId, const Interval &interval, const QString &holder) {
    EventHub::publish(QStringLiteral("roomLocked"),
                      {{QStringLiteral("roomId"), roomId},
                       {QStringLiteral("start"), Rfc3339::formatLocal(interval.start())},
                       {QStringLiteral("end"), Rfc3339::formatLocal(interval.end())},
                       {QStringLiteral("holder"), holder}});
}

QString everyName(const RepeatRule &rule) {
    return rule.every == RepeatRule::Every::Week ? QStringLiteral("week") : QStringLiteral("cycle");
}

// Decides one date like confirmBooking's steps 1 to 3 (rules, lock, overlap). Returns true when
// the date may be booked; otherwise the occurrence says why not. Without takeLock the date is
// only looked at (a series already lost under allOrNothing still names every conflict).
bool claim(SeriesOccurrence &occurrence, const BookingRuleSet &rules, const Teacher &teacher,
           const Room &room, int alsoBooking, HeldLocks &locks, bool takeLock) {
    if (occurrence.status == Status::Closed)
        return false;
    if (const std::optional<ProtocolError> refusal =
            BookingRules::refusal(rules, teacher, room, occurrence.interval, alsoBooking)) {
        markRefused(occurrence, *refusal);
        return false;
    }
    if (!takeLock) {
        if (const std::optional<Booking> existing =
                BookingStore::firstOverlapping(room.id, occurrence.interval))
            markBooked(occurrence, *existing);
        else if (const std::optional<QString> holder =
                     LockService::holder(room.id, occurrence.interval))
            markLocked(occurrence, *holder);
        return occurrence.code.isEmpty();
    }
    const LockService::Acquired lock =
        LockService::acquire(room.id, occurrence.interval, teacher.id);
    if (!lock.granted) {
        markLocked(occurrence, lock.holder);
        return false;
    }
    locks.add(lock.lockId);
    announceLocked(room.id, occurrence.interval, teacher.name);
    if (const std::optional<Booking> existing =
            BookingStore::firstOverlapping(room.id, occurrence.interval)) {
        markBooked(occurrence, *existing);
        return false;
    }
    return true;
}

// A rule that refuses the first date refuses every later one too (the room, the distance
// ahead, the count of bookings only grow): that is one clear 403, not a list of skipped dates.
void checkRulesAllowFirst(const BookingRuleSet &rules, const Teacher &teacher, const Room &room,
                          const QList<SeriesOccurrence> &occurrences) {
    if (occurrences.isEmpty())
        return;
    if (const std::optional<ProtocolError> refusal =
            BookingRules::refusal(rules, teacher, room, occurrences.first().interval))
        throw *refusal;
}

bool byStart(const SeriesOccurrence &a, const SeriesOccurrence &b) {
    return a.interval.start() < b.interval.start();
}

// The dates and booking ids of a series' bookings, for the audit log.
void addBookings(QJsonObject *details, const QList<Booking> &bookings) {
    QJsonArray dates, ids;
    for (const Booking &booking : bookings) {
        dates.append(isoDate(booking.interval.start()));
        ids.append(booking.id);
    }
    details->insert(QStringLiteral("dates"), dates);
    details->insert(QStringLiteral("bookings"), ids);
}
} // namespace

QList<SeriesOccurrence> SeriesService::preview(const Teacher &teacher, qint64 roomId,
                                               const Interval &first, const RepeatRule &rule) {
    checkFirst(first);
    const Room room = activeRoom(roomId);
    QList<SeriesOccurrence> occurrences = SeriesPlanner::plan(first, rule);
    const BookingRuleSet rules = BookingRules::current();
    checkRulesAllowFirst(rules, teacher, room, occurrences);
    int accepted = 0;
    for (SeriesOccurrence &occurrence : occurrences) {
        if (occurrence.status == Status::Closed)
            continue;
        if (const std::optional<Booking> existing =
                BookingStore::firstOverlapping(roomId, occurrence.interval)) {
            markBooked(occurrence, *existing);
        } else if (const std::optional<QString> holder =
                       LockService::holder(roomId, occurrence.interval)) {
            markLocked(occurrence, *holder);
        } else if (const std::optional<ProtocolError> refusal =
                       BookingRules::refusal(rules, teacher, room, occurrence.interval, accepted)) {
            markRefused(occurrence, *refusal); // free, but a rule would refuse it
        } else {
            ++accepted;
        }
    }
    return occurrences;
}

namespace {
// How one attempt at a series with a key ended, besides its result.
struct Attempt {
    bool requestSeen = false; // an earlier request with the key wrote its series meanwhile
    bool ownLock = false;     // a date was held by this teacher's own lock
};

// Thrown inside the series' transaction when an earlier request holds the key: rolls it back.
struct RequestSeen {};

QString untilName(const RepeatRule &rule) {
    return rule.untilTermEnd ? QStringLiteral("termEnd") : rule.until.toString(Qt::ISODate);
}

bool heldByOwnLock(const QList<SeriesOccurrence> &occurrences, const Teacher &teacher) {
    for (const SeriesOccurrence &occurrence : occurrences)
        if (occurrence.code == ErrorCodes::LockHeld &&
            RequestReplay::ownLock(occurrence.holder, teacher))
            return true;
    return false;
}

SeriesResult confirmOnce(const Teacher &teacher, qint64 roomId, const Interval &first,
                         const RepeatRule &rule, const QString &purpose,
                         SeriesService::Policy policy, const RequestReplay::Key &key,
                         Attempt *attempt) {
    using Policy = SeriesService::Policy;
    checkFirst(first);
    if (purpose.size() > ProtocolLimits::MaxPurposeLength)
        throw ProtocolError::badRequest(QStringLiteral("The purpose may be at most %1 characters")
                                            .arg(ProtocolLimits::MaxPurposeLength));
    const std::optional<Teacher> current = TeacherStore::find(teacher.id);
    if (!current || !current->active)
        throw ProtocolError(403, QString(ErrorCodes::Forbidden),
                            QStringLiteral("Your account is no longer active"));
    const Room room = activeRoom(roomId);
    const QList<SeriesOccurrence> planned = SeriesPlanner::plan(first, rule);
    const QDate until = SeriesPlanner::lastDate(first.start().toLocalTime().date(), rule);

    const BookingRuleSet rules = BookingRules::current();
    checkRulesAllowFirst(rules, teacher, room, planned);
    HeldLocks locks; // released when this function ends, whichever way
    QList<SeriesOccurrence> accepted;
    SeriesResult result;
    QList<SeriesOccurrence> failures; // skipped for another reason than a closed day
    for (SeriesOccurrence occurrence : planned) {
        const bool lost = policy == Policy::AllOrNothing && !failures.isEmpty();
        if (claim(occurrence, rules, teacher, room, int(accepted.size()), locks, !lost)) {
            accepted << occurrence;
            continue;
        }
        result.skipped << occurrence;
        if (occurrence.status == Status::Closed)
            continue;
        failures << occurrence;
        // Lost already: give the dates back at once, so that a colleague's overlapping series
        // racing this one is not refused for locks this one no longer needs.
        if (policy == Policy::AllOrNothing)
            locks.releaseAll();
    }
    attempt->ownLock = heldByOwnLock(failures, teacher);
    if (policy == Policy::AllOrNothing && !failures.isEmpty())
        throw seriesConflict(failures);
    if (accepted.isEmpty())
        return result; // nothing can be booked: no series is written

    const QString cleanPurpose = purpose.trimmed();
    try {
        Database::transaction([&] {
            // The key first: a request with the same key committing elsewhere is waited for here,
            // before this one writes anything.
            if (key.isSet() && !RequestKeyStore::claim(teacher.id, key.id, key.fingerprint))
                throw RequestSeen{};
            result.seriesId =
                SeriesStore::insert(roomId, teacher.id, everyName(rule), until, cleanPurpose);
            for (SeriesOccurrence &occurrence : accepted) {
                const std::optional<Booking> booking = BookingStore::insertIfFree(
                    roomId, teacher.id, occurrence.interval, cleanPurpose, result.seriesId);
                if (!booking) {
                    markTakenMeanwhile(occurrence, roomId);
                    if (policy == Policy::AllOrNothing)
                        throw seriesConflict({occurrence}); // rolls the whole series back
                    result.skipped << occurrence;
                    continue;
                }
                result.bookings << *booking;
                // Sent on commit, so nobody hears of a booking that was rolled back.
                EventHub::publish(QStringLiteral("bookingCreated"),
                                  {{QStringLiteral("booking"), booking->toJson()}});
            }
            if (result.bookings.isEmpty()) {
                SeriesStore::remove(result.seriesId);
                result.seriesId = 0;
                if (key.isSet())
                    RequestKeyStore::release(teacher.id, key.id);
                return;
            }
            QJsonObject details{{QStringLiteral("series"), result.seriesId},
                                {QStringLiteral("every"), everyName(rule)},
                                {QStringLiteral("until"), until.toString(Qt::ISODate)},
                                {QStringLiteral("start"), Rfc3339::formatLocal(first.start())},
                                {QStringLiteral("end"), Rfc3339::formatLocal(first.end())},
                                {QStringLiteral("policy"), policy == Policy::AllOrNothing
                                                               ? QStringLiteral("allOrNothing")
                                                               : QStringLiteral("freeOnly")},
                                {QStringLiteral("skipped"), int(result.skipped.size())}};
            if (!cleanPurpose.isEmpty())
                details.insert(QStringLiteral("purpose"), cleanPurpose);
            addBookings(&details, result.bookings);
            AuditLog::record(Actor::of(teacher), {AuditLog::SeriesCreated, room.name, details});
            std::stable_sort(result.skipped.begin(), result.skipped.end(), byStart);
            // The reply a request sent again with this key gets, exactly as this one's.
            if (key.isSet())
                RequestKeyStore::setReply(teacher.id, key.id, result.toReplyJson());
        });
    } catch (const RequestSeen &) {
        attempt->requestSeen = true;
        return {};
    }
    std::stable_sort(result.skipped.begin(), result.skipped.end(), byStart);
    qCInfo(lcSeries).noquote() << teacher.name << "booked series" << result.seriesId << "of"
                               << room.name << "with" << result.bookings.size() << "dates,"
                               << result.skipped.size() << "skipped";
    return result;
}

// What an earlier request with the key replied, if there was one.
std::optional<SeriesResult> earlierSeries(const Teacher &teacher, const RequestReplay::Key &key) {
    const std::optional<RequestReplay::Earlier> earlier = RequestReplay::earlier(teacher, key);
    if (!earlier)
        return std::nullopt;
    if (earlier->reply.isEmpty())
        throw DatabaseError(QStringLiteral("request %1 kept no reply").arg(key.id), QString(),
                            false);
    SeriesResult result;
    result.earlierReply = earlier->reply;
    return result;
}
} // namespace

SeriesResult SeriesService::confirm(const Teacher &teacher, qint64 roomId, const Interval &first,
                                    const RepeatRule &rule, const QString &purpose, Policy policy,
                                    const std::optional<QString> &requestId) {
    const RequestReplay::Key key = RequestReplay::key(
        requestId, {QStringLiteral("confirmSeries"), QString::number(roomId),
                    QString::number(first.start().toMSecsSinceEpoch()),
                    QString::number(first.end().toMSecsSinceEpoch()), everyName(rule),
                    untilName(rule), purpose.trimmed(),
                    policy == Policy::AllOrNothing ? QStringLiteral("allOrNothing")
                                                   : QStringLiteral("freeOnly")});
    Attempt attempt;
    if (!key.isSet())
        return confirmOnce(teacher, roomId, first, rule, purpose, policy, key, &attempt);

    // As for confirmBooking: the first request with this key may have written its series
    // already, may be writing it right now (holding the dates' locks), or never arrived.
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    for (;;) {
        if (std::optional<SeriesResult> earlier = earlierSeries(teacher, key))
            return *earlier;
        attempt = Attempt();
        try {
            SeriesResult result =
                confirmOnce(teacher, roomId, first, rule, purpose, policy, key, &attempt);
            if (!attempt.requestSeen && !result.bookings.isEmpty())
                return result;
            if (!attempt.requestSeen) {
                if (std::optional<SeriesResult> earlier = earlierSeries(teacher, key))
                    return *earlier;
                if (!attempt.ownLock || !RequestReplay::waitForEarlier(startedMs))
                    return result;
            }
        } catch (const ProtocolError &error) {
            if (error.code() != ErrorCodes::SeriesConflict)
                throw;
            if (std::optional<SeriesResult> earlier = earlierSeries(teacher, key))
                return *earlier;
            if (!attempt.ownLock || !RequestReplay::waitForEarlier(startedMs))
                throw;
            continue;
        }
        if (attempt.requestSeen && !RequestReplay::waitForEarlier(startedMs))
            throw DatabaseError(QStringLiteral("request %1 was neither made nor found").arg(key.id),
                                QString(), false);
    }
}

QList<Booking> SeriesService::cancel(const Teacher &actor, qint64 seriesId, const QDateTime &from,
                                     const QString &reason) {
    const QString cleanReason = reason.trimmed();
    // The reason travels in each bookingCanceled event (a NOTIFY payload holds < 8000 bytes).
    if (cleanReason.size() > MaxReasonLength)
        throw ProtocolError::badRequest(
            QStringLiteral("The reason may be at most %1 characters").arg(MaxReasonLength));
    const std::optional<SeriesStore::Row> series = SeriesStore::find(seriesId);
    if (!series)
        throw ProtocolError(404, QString(ErrorCodes::SeriesNotFound),
                            QStringLiteral("Series %1 does not exist").arg(seriesId));
    if (series->teacherId != actor.id && !actor.isAdmin())
        throw ProtocolError(403, QString(ErrorCodes::Forbidden),
                            QStringLiteral("You can only cancel your own series"));
    const QDateTime since = from.isValid() ? from : QDateTime::currentDateTime();
    const QList<Booking> canceled = Database::transaction([&] {
        const QList<Booking> bookings = BookingStore::findAll(
            SeriesStore::cancelFrom(seriesId, since, actor.id, cleanReason), true);
        for (const Booking &booking : bookings) {
            QJsonObject payload{{QStringLiteral("booking"), booking.toJson()},
                                {QStringLiteral("canceledBy"), actor.name}};
            if (!cleanReason.isEmpty())
                payload.insert(QStringLiteral("reason"), cleanReason);
            EventHub::publish(QStringLiteral("bookingCanceled"), payload);
        }
        if (!bookings.isEmpty()) {
            QJsonObject details{{QStringLiteral("series"), seriesId},
                                {QStringLiteral("from"), Rfc3339::formatLocal(since)},
                                {QStringLiteral("teacher"), bookings.first().teacherName}};
            if (!cleanReason.isEmpty())
                details.insert(QStringLiteral("reason"), cleanReason);
            addBookings(&details, bookings);
            AuditLog::record(Actor::of(actor),
                             {AuditLog::SeriesCanceled, bookings.first().roomName, details});
        }
        return bookings;
    });
    qCInfo(lcSeries).noquote() << actor.name << "canceled" << canceled.size() << "dates of series"
                               << seriesId;
    return canceled;
}
