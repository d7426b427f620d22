// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <mutex>

// Keeps the server's recent log lines (every logging category, with its level) for the console's
// log pane. A Qt message handler feeds it from any thread; the previous handler still writes
// each line to stderr, so the console adds a view and takes nothing away.
class LogBuffer : public QObject {
    Q_OBJECT
public:
    struct Entry {
        QDateTime time;
        QtMsgType level = QtInfoMsg;
        QString category;
        QString message;
        qint64 sequence = 0; // increases by one per line, so a view can skip what it has shown
    };

    static LogBuffer *instance();
    // Installs the message handler once; later calls do nothing.
    static void install();

    QList<Entry> entries() const;
    // Orders levels by severity (debug < info < warning < critical < fatal): QtMsgType does not.
    static int severity(QtMsgType level);
    static QString levelName(QtMsgType level);

    static constexpr int Capacity = 5000;

signals:
    // Emitted in the buffer's (main) thread, whatever thread logged the line.
    void entryAdded(const LogBuffer::Entry &entry);

private:
    LogBuffer() = default;
    void append(Entry entry);
    // Emits entryAdded for every line not yet delivered; runs on the buffer's thread.
    Q_INVOKABLE void deliver();
    static void handleMessage(QtMsgType type, const QMessageLogContext &context,
                              const QString &message);

    mutable std::mutex m_mutex;
    QList<Entry> m_entries;
    qint64 m_nextSequence = 1;
    qint64 m_delivered = 0;        // the last line deliver() emitted
    bool m_deliveryQueued = false; // a deliver() is on its way
};

Q_DECLARE_METATYPE(LogBuffer::Entry)
