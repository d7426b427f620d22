// SPDX-License-Identifier: GPL-3.0-or-later

#include "AlternativeFinder.h"

#include "BookingConfigCache.h"
#include "BookingRules.h"
#include "BookingStore.h"
#include "DatabaseError.h"
#include "PeriodStore.h"
#include "RoomStore.h"
#include "SlotStore.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>

Q_LOGGING_CATEGORY(lcAlternatives, "roomclaim.alternatives")

namespace {
// The booking rules as the confirmation that lost has just applied them: the copy in memory,
// whose version its lock statement compared a moment ago. The teacher's count of upcoming
// bookings is the same for every room and time, so it is read once.
class Judge {
public:
    explicit Judge(const Teacher &teacher)
        : m_teacher(teacher), m_config(BookingConfigCache::current()) {
        const int limit = m_config->rules.maxActiveBookings;
        m_limitReached =
            !teacher.isAdmin() && limit > 0 &&
            BookingStore::countUpcoming(teacher.id, QDateTime::currentDateTime()) >= limit;
    }

    // Nothing can be offered to a teacher who may not book anything more.
    bool allowAny() const { return !m_limitReached; }
    // As BookingRules::refusal, for a teacher under the limit.
    bool allows(const Room &room, const Interval &interval) const {
        if (m_teacher.isAdmin())
            return true;
        return !room.restricted && !BookingRules::isTooFarAhead(m_config->rules, interval);
    }
    const CalendarView &calendar() const { return m_config->calendar; }
    qint64 configVersion() const { return m_config->version; }
    quint64 database() const { return m_config->database; }

private:
    const Teacher &m_teacher;
    std::shared_ptr<const BookingConfigCache::Snapshot> m_config;
    bool m_limitReached = false;
};

QList<Alternative> otherRooms(const Judge &rules, const Room &taken, const Interval &interval) {
    QList<Alternative> rooms;
    for (const FreeRoom &free : RoomStore::searchFree(interval, taken.capacity, taken.features)) {
        if (free.room.id == taken.id || !free.lockedBy.isEmpty())
            continue;
        if (!rules.allows(free.room, interval))
            continue; // restricted to admins, for example
        rooms << Alternative{free.room, interval};
        if (rooms.size() == AlternativeFinder::MaxAlternatives)
            break;
    }
    return rooms;
}

// The same room at the free period of the same day that starts closest to the wanted time.
std::optional<Alternative> laterOrEarlier(const Judge &rules, const Room &room,
                                          const Interval &interval) {
    const QDateTime wanted = interval.start().toLocalTime();
    const QDate date = wanted.date();
    if (!rules.calendar().day(date).open)
        return std::nullopt;
    const QDateTime now = QDateTime::currentDateTime();
    QList<Interval> candidates;
    for (const Period &period : PeriodStore::listFor(date.dayOfWeek())) {
        const Interval slot(QDateTime(date, period.start), QDateTime(date, period.end));
        if (slot.isValid() && slot.end() > now && !slot.overlaps(interval) &&
            rules.allows(room, slot))
            candidates << slot;
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&wanted](const Interval &a, const Interval &b) {
                         const qint64 da = qAbs(wanted.secsTo(a.start()));
                         const qint64 db = qAbs(wanted.secsTo(b.start()));
                         return da != db ? da < db : a.start() < b.start();
                     });
    // Every candidate checked for bookings and locks in one statement.
    if (const std::optional<qsizetype> free = SlotStore::firstFree(room.id, candidates))
        return Alternative{room, candidates.at(*free)};
    return std::nullopt;
}

QList<Alternative> findAfresh(const Judge &rules, qint64 roomId, const Interval &interval) {
    const std::optional<Room> taken = RoomStore::find(roomId);
    if (!taken || !taken->active)
        return {};
    QList<Alternative> alternatives = otherRooms(rules, *taken, interval);
    // The other time keeps a place among the three when there is one.
    if (const std::optional<Alternative> time = laterOrEarlier(rules, *taken, interval)) {
        alternatives = alternatives.mid(0, AlternativeFinder::MaxAlternatives - 1);
        alternatives << *time;
    }
    return alternatives;
}

// The alternatives found lately, by room, interval and kind of teacher. When many teachers lose
// the same room at once (everyone wanting the hall for the same lesson), one of them looks for
// alternatives while the others wait for its answer, and every one of them gets those same
// alternatives once a single statement has checked that they are all still free, unlocked and
// open to them; anything less and they look afresh. Kept for a few seconds.
class RecentAlternatives {
public:
    struct Key {
        qint64 roomId;
        qint64 start;
        qint64 end;
        bool admin;
        quint64 database;
        qint64 configVersion;
        bool operator==(const Key &other) const {
            return roomId == other.roomId && start == other.start && end == other.end &&
                   admin == other.admin && configVersion == other.configVersion &&
                   database == other.database;
        }
    };

    // The alternatives found lately for the key, after waiting for a search under way; or
    // nothing, and then the caller searches and hands the answer to keep() (or gives up with
    // abandon()).
    std::optional<QList<Alternative>> findOrSearch(const Key &key) {
        std::unique_lock<std::mutex> locker(m_mutex);
        const auto patience = std::chrono::steady_clock::now() + std::chrono::milliseconds(WaitMs);
        for (;;) {
            forgetOld();
            const auto entry = std::find_if(m_entries.begin(), m_entries.end(),
                                            [&key](const Entry &e) { return e.key == key; });
            if (entry == m_entries.end()) {
                if (m_entries.size() >= MaxEntries)
                    m_entries.removeFirst();
                m_entries.append({key, {}, QDeadlineTimer(LifetimeMs), true});
                return std::nullopt;
            }
            if (!entry->searching)
                return entry->alternatives;
            // Waited long enough for a slow search: look for yourself.
            if (m_searched.wait_until(locker, patience) == std::cv_status::timeout)
                return std::nullopt;
        }
    }

    void keep(const Key &key, const QList<Alternative> &alternatives) {
        std::lock_guard<std::mutex> locker(m_mutex);
        m_entries.removeIf([&key](const Entry &entry) { return entry.key == key; });
        if (m_entries.size() >= MaxEntries)
            m_entries.removeFirst();
        m_entries.append({key, alternatives, QDeadlineTimer(LifetimeMs), false});
        m_searched.notify_all();
    }

    void abandon(const Key &key) {
        std::lock_guard<std::mutex> locker(m_mutex);
        m_entries.removeIf(
            [&key](const Entry &entry) { return entry.searching && entry.key == key; });
        m_searched.notify_all();
    }

private:
    struct Entry {
        Key key;
        QList<Alternative> alternatives;
        QDeadlineTimer expiry;
        bool searching = false;
    };
    static constexpr int LifetimeMs = 3000;
    static constexpr int WaitMs = 2000;
    static constexpr qsizetype MaxEntries = 64;

    void forgetOld() {
        m_entries.removeIf([](const Entry &entry) { return entry.expiry.hasExpired(); });
    }

    std::mutex m_mutex;
    std::condition_variable m_searched;
    QList<Entry> m_entries; // oldest first
};

RecentAlternatives &recentAlternatives() {
    static RecentAlternatives recent;
    return recent;
}
} // namespace

QList<Alternative> AlternativeFinder::find(const Teacher &teacher, qint64 roomId,
                                           const Interval &interval) {
    const Judge rules(teacher);
    if (!rules.allowAny())
        return {};
    const RecentAlternatives::Key key{roomId,
                                      interval.start().toMSecsSinceEpoch(),
                                      interval.end().toMSecsSinceEpoch(),
                                      teacher.isAdmin(),
                                      rules.database(),
                                      rules.configVersion()};
    if (const std::optional<QList<Alternative>> recent = recentAlternatives().findOrSearch(key)) {
        QList<SlotStore::RoomSlot> wanted;
        for (const Alternative &alternative : *recent)
            wanted << SlotStore::RoomSlot{alternative.room.id, alternative.interval};
        // Nothing found a moment ago offers nothing that could be taken meanwhile.
        if (recent->isEmpty() || SlotStore::allFree(wanted, teacher.isAdmin()))
            return *recent;
    }
    QList<Alternative> alternatives;
    try {
        alternatives = findAfresh(rules, roomId, interval);
    } catch (...) {
        recentAlternatives().abandon(key);
        throw;
    }
    recentAlternatives().keep(key, alternatives);
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
