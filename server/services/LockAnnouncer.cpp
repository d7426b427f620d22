// SPDX-License-Identifier: GPL-3.0-or-later

#include "LockAnnouncer.h"

#include "DatabaseError.h"
#include "EventHub.h"
#include "Rfc3339.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

Q_LOGGING_CATEGORY(lcLockAnnouncer, "roomclaim.locks")

using Clock = std::chrono::steady_clock;

class LockAnnouncer::Watch {
public:
    qint64 roomId = 0;
    Interval interval;
    QString holder;
    Clock::time_point due;
    // Held while announcing, so that finish() waits for an announcement under way.
    std::mutex mutex;
    bool announced = false;
    // Also read by the announcer without the mutex, to drop finished watches early.
    std::atomic<bool> finished{false};
};

namespace {
std::atomic<int> delayMs{150};

void announce(LockAnnouncer::Watch &watch) {
    try {
        EventHub::publish(QStringLiteral("roomLocked"),
                          {{QStringLiteral("roomId"), watch.roomId},
                           {QStringLiteral("start"), Rfc3339::formatLocal(watch.interval.start())},
                           {QStringLiteral("end"), Rfc3339::formatLocal(watch.interval.end())},
                           {QStringLiteral("holder"), watch.holder}});
        watch.announced = true;
    } catch (const DatabaseError &error) {
        // Nothing announced, so nothing to take back; the confirmation goes on regardless.
        qCWarning(lcLockAnnouncer) << "could not announce a lock:" << error.message();
    }
}

// One thread (with its own database connection) announces the locks that outlived the delay.
// The delay is the same for every lock, so they fall due in the order they were taken.
class Announcer {
public:
    ~Announcer() { stop(); }

    void add(std::shared_ptr<LockAnnouncer::Watch> watch) {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_stopped)
            return;
        if (!m_thread.joinable()) {
            m_thread = std::thread([this] { run(); });
            // Ended with the application, while its database connections can still be closed.
            qAddPostRoutine([] { instance().stop(); });
        }
        m_queue.push_back(std::move(watch));
        m_wake.notify_one();
    }

    void stop() {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stopped = true;
        }
        m_wake.notify_one();
        if (m_thread.joinable())
            m_thread.join();
    }

    static Announcer &instance() {
        static Announcer announcer;
        return announcer;
    }

private:
    void run() {
        std::unique_lock<std::mutex> lock(m_mutex);
        while (!m_stopped) {
            if (m_queue.empty()) {
                m_wake.wait(lock);
                continue;
            }
            const std::shared_ptr<LockAnnouncer::Watch> next = m_queue.front();
            if (!next->finished && Clock::now() < next->due) {
                m_wake.wait_until(lock, next->due);
                continue;
            }
            m_queue.pop_front();
            lock.unlock();
            {
                std::lock_guard<std::mutex> guard(next->mutex);
                if (!next->finished)
                    announce(*next);
            }
            lock.lock();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::shared_ptr<LockAnnouncer::Watch>> m_queue;
    std::thread m_thread;
    bool m_stopped = false;
};
} // namespace

void LockAnnouncer::setDelay(int milliseconds) {
    delayMs = std::max(0, milliseconds);
}

int LockAnnouncer::delay() {
    return delayMs;
}

std::shared_ptr<LockAnnouncer::Watch> LockAnnouncer::watch(qint64 roomId, const Interval &interval,
                                                           const QString &holder) {
    auto watch = std::make_shared<Watch>();
    watch->roomId = roomId;
    watch->interval = interval;
    watch->holder = holder;
    const int delay = delayMs;
    if (delay == 0) {
        std::lock_guard<std::mutex> guard(watch->mutex);
        announce(*watch);
        return watch;
    }
    watch->due = Clock::now() + std::chrono::milliseconds(delay);
    Announcer::instance().add(watch);
    return watch;
}

bool LockAnnouncer::finish(const std::shared_ptr<Watch> &watch) {
    if (!watch)
        return false;
    std::lock_guard<std::mutex> guard(watch->mutex);
    watch->finished = true;
    return watch->announced;
}
