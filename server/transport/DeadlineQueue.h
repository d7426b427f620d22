// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

// Deadlines of many connections that all run for the same time (a handshake, a login): one
// timer for all of them instead of one per connection. Each deadline is "now + the timeout", so
// they fall due in the order they were added and the timer only ever waits for the first.
class DeadlineQueue : public QObject {
    Q_OBJECT
public:
    // Called with the object and ticket given to add(), once the timeout has passed, unless the
    // object is gone by then. Whether the deadline still matters is the callback's business.
    using Expired = std::function<void(QObject *object, quint64 ticket)>;

    DeadlineQueue(int timeoutMs, Expired expired, QObject *parent = nullptr);

    void add(QObject *object, quint64 ticket = 0);
    int timeoutMs() const { return m_timeoutMs; }
    // Deadlines waiting, for tests and figures (entries of objects since gone included).
    qsizetype pending() const { return qsizetype(m_entries.size()); }

private:
    void fire();
    void schedule();

    struct Entry {
        qint64 dueMs;
        QPointer<QObject> object;
        quint64 ticket;
    };

    int m_timeoutMs;
    Expired m_expired;
    std::deque<Entry> m_entries;
    QElapsedTimer m_clock;
    QTimer m_timer;
};
