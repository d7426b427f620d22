#include "AlternativeFinder.h"

#include "BookingRules.h"
#include "BookingStore.h"
#include "DatabaseError.h"
#include "LockService.h"
#include "RoomStore.h"
#include "SchoolCalendar.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcAlternatives, "roomclaim.alternatives")

namespace {
bool allowed(const Teacher &teacher, const Room &room, const Interval &interval) {
    return !BookingRules::refusal(teacher, room, interval).has_value();
}

QList<Alternative> otherRooms(const Teacher &teacher, const Room &taken, const Interval &interval) {
    QList<Alternative> rooms;
    for (const FreeRoom &free : RoomStore::searchFree(interval, taken.capacity, taken.features)) {
        if (free.room.id == taken.id || !free.lockedBy.isEmpty())
            continue;
        if (!allowed(teacher, free.room, interval))
            continue; // restricted to admins, for example
        rooms << Alternative{free.room, interval};
        if (rooms.size() == AlternativeFinder::MaxAlternatives)
            break;
    }
    return rooms;
}

// The same room at the free period of the same day that starts closest to the wanted time.
std::optional<Alternative> laterOrEarlier(const Teacher &teacher, const Room &room,
                                          const Interval &interval) {
    const QDateTime wanted = interval.start().toLocalTime();
    const QDate date = wanted.date();
    const QDateTime now = QDateTime::currentDateTime();
    QList<Interval> candidates;
    for (const Period &period : SchoolCalendar::periodsOn(date)) {
        const Interval slot(QDateTime(date, period.start), QDateTime(date, period.end));
        if (slot.isValid() && slot.end() > now && !slot.overlaps(interval))
            candidates << slot;
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&wanted](const Interval &a, const Interval &b) {
                         const qint64 da = qAbs(wanted.secsTo(a.start()));
                         const qint64 db = qAbs(wanted.secsTo(b.start()));
                         return da != db ? da < db : a.start() < b.start();
                     });
    for (const Interval &slot : std::as_const(candidates)) {
        if (BookingStore::firstOverlapping(room.id, slot) || LockService::holder(room.id, slot))
            continue;
        if (allowed(teacher, room, slot))
            return Alternative{room, slot};
    }
    return std::nullopt;
}
} // namespace

QList<Alternative> AlternativeFinder::find(const Teacher &teacher, qint64 roomId,
                                           const Interval &interval) {
    const std::optional<Room> taken = RoomStore::find(roomId);
    if (!taken || !taken->active)
        return {};
    QList<Alternative> alternatives = otherRooms(teacher, *taken, interval);
    // The other time keeps a place among the three when there is one.
    if (const std::optional<Alternative> time = laterOrEarlier(teacher, *taken, interval)) {
        alternatives = alternatives.mid(0, MaxAlternatives - 1);
        alternatives << *time;
    }
    return alternatives;
}

ProtocolError AlternativeFinder::withAlternatives(const ProtocolError &error,
                                                  const Teacher &teacher, qint64 roomId,
                                                  const Interval &interval) {
    QJsonArray alternatives;
    try {
        for (const Alternative &alternative : find(teacher, roomId, interval))
            alternatives.append(alternative.toJson());
    } catch (const DatabaseError &failure) {
        qCWarning(lcAlternatives) << "no alternatives:" << failure.message();
        return error;
    }
    QJsonObject details = error.details();
    details.insert(QStringLiteral("alternatives"), alternatives);
    return ProtocolError(error.status(), error.code(), error.message(), details);
}
