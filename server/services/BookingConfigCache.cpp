// SPDX-License-Identifier: GPL-3.0-or-later

#include "BookingConfigCache.h"

#include "BookingConfigStore.h"
#include "BookingRules.h"
#include "Database.h"

#include <mutex>

namespace {
std::mutex cacheMutex;
std::shared_ptr<const BookingConfigCache::Snapshot> cached;
} // namespace

std::shared_ptr<const BookingConfigCache::Snapshot> BookingConfigCache::current() {
    const quint64 database = Database::configuration();
    {
        std::lock_guard<std::mutex> locker(cacheMutex);
        if (cached && cached->database == database)
            return cached;
    }
    return reload();
}

std::shared_ptr<const BookingConfigCache::Snapshot> BookingConfigCache::reload() {
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->database = Database::configuration();
    // The version first: a change committed while the rest is read leaves a copy newer than its
    // version says, which the next check merely reads again; never the other way round.
    snapshot->version = BookingConfigStore::version();
    snapshot->calendar = CalendarView::load();
    snapshot->rules = BookingRules::current();
    std::lock_guard<std::mutex> locker(cacheMutex);
    // Two workers reloading at once: keep the newer reading.
    if (!cached || cached->database != snapshot->database || cached->version <= snapshot->version)
        cached = snapshot;
    return snapshot;
}
