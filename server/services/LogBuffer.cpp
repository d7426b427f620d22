// SPDX-License-Identifier: GPL-3.0-or-later

#include "LogBuffer.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace {
QtMessageHandler previousHandler = nullptr;
} // namespace

LogBuffer *LogBuffer::instance() {
    // Never deleted: worker threads may still log while the application shuts down.
    static LogBuffer *buffer = [] {
        auto *created = new LogBuffer;
        if (QCoreApplication *app = QCoreApplication::instance())
            created->moveToThread(app->thread());
        return created;
    }();
    return buffer;
}

void LogBuffer::install() {
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    qRegisterMetaType<LogBuffer::Entry>();
    instance();
    previousHandler = qInstallMessageHandler(&LogBuffer::handleMessage);
}

void LogBuffer::handleMessage(QtMsgType type, const QMessageLogContext &context,
                              const QString &message) {
    if (previousHandler)
        previousHandler(type, context, message);
    Entry entry;
    entry.time = QDateTime::currentDateTime();
    entry.level = type;
    entry.category = QString::fromLatin1(context.category ? context.category : "default");
    entry.message = message;
    instance()->append(entry);
}

void LogBuffer::append(Entry entry) {
    bool queue = false;
    {
        std::lock_guard<std::mutex> locker(m_mutex);
        entry.sequence = m_nextSequence++;
        m_entries.append(entry);
        // Trim in batches so a busy server does not shift the whole list for every line.
        if (m_entries.size() > Capacity + Capacity / 10)
            m_entries.remove(0, m_entries.size() - Capacity);
        // One delivery waits at a time; it takes every line that came meanwhile.
        queue = !m_deliveryQueued;
        m_deliveryQueued = true;
    }
    // Queued, so the log pane is only ever touched by the thread that owns it. The lines travel
    // through m_entries under the mutex, not in the queued call: that way every hand-over is one
    // ThreadSanitizer can see (Qt's event queue is not built for it).
    if (queue)
        QMetaObject::invokeMethod(this, "deliver", Qt::QueuedConnection);
}

void LogBuffer::deliver() {
    QList<Entry> fresh;
    {
        std::lock_guard<std::mutex> locker(m_mutex);
        m_deliveryQueued = false;
        qsizetype first = m_entries.size();
        while (first > 0 && m_entries.at(first - 1).sequence > m_delivered)
            --first;
        fresh = m_entries.mid(first);
        if (!fresh.isEmpty())
            m_delivered = fresh.constLast().sequence;
    }
    for (const Entry &entry : std::as_const(fresh))
        emit entryAdded(entry);
}

QList<LogBuffer::Entry> LogBuffer::entries() const {
    std::lock_guard<std::mutex> locker(m_mutex);
    return m_entries;
}

int LogBuffer::severity(QtMsgType level) {
    switch (level) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 4;
    }
    return 1;
}

QString LogBuffer::levelName(QtMsgType level) {
    switch (level) {
    case QtDebugMsg:
        return QStringLiteral("debug");
    case QtInfoMsg:
        return QStringLiteral("info");
    case QtWarningMsg:
        return QStringLiteral("warning");
    case QtCriticalMsg:
        return QStringLiteral("error");
    case QtFatalMsg:
        return QStringLiteral("fatal");
    }
    return QStringLiteral("info");
}
