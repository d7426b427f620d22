// SPDX-License-Identifier: GPL-3.0-or-later

#include "DeadlineQueue.h"

#include <algorithm>
#include <utility>

DeadlineQueue::DeadlineQueue(int timeoutMs, Expired expired, QObject *parent)
    : QObject(parent), m_timeoutMs(timeoutMs), m_expired(std::move(expired)) {
    m_clock.start();
    m_timer.setSingleShot(true);
    // A login deadline may pass a few milliseconds late, but must never come early.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DeadlineQueue::fire);
}

void DeadlineQueue::add(QObject *object, quint64 ticket) {
    m_entries.push_back({m_clock.elapsed() + m_timeoutMs, object, ticket});
    if (!m_timer.isActive())
        schedule();
}

void DeadlineQueue::fire() {
    const qint64 now = m_clock.elapsed();
    while (!m_entries.empty() && m_entries.front().dueMs <= now) {
        const Entry entry = m_entries.front();
        m_entries.pop_front();
        // The callback may add entries (a session closed, or logged out again): they go to the
        // back, after everything due now.
        if (entry.object)
            m_expired(entry.object.data(), entry.ticket);
    }
    schedule();
}

void DeadlineQueue::schedule() {
    if (m_entries.empty())
        return;
    m_timer.start(int(std::max<qint64>(0, m_entries.front().dueMs - m_clock.elapsed())));
}
