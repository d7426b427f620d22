// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <atomic>

// Carries events between server instances through PostgreSQL LISTEN/NOTIFY. Every event, even
// one raised here, arrives through the database, so all instances deliver the same stream.
// It lives on a thread of its own, so a slow or silent database never stalls the sockets.
class EventHub : public QObject {
    Q_OBJECT
public:
    static inline const QString Channel = QStringLiteral("roomclaim_events");

    explicit EventHub(QObject *parent = nullptr);
    ~EventHub() override;

    // The key with which the thread that hands the hub over tells ThreadSanitizer (HandOff):
    // release it before queueing start() or stop() onto the hub's thread.
    static inline const char HandOffKey = 0;

    // Starts listening; returns false (and keeps retrying in the background) when the
    // database cannot be reached. Queued onto the hub's thread by name, so that nothing that
    // thread reads was written after the HandOff (a queued lambda would be).
    Q_INVOKABLE bool start();
    // Stops listening and closes the connection; call on the hub's own thread.
    Q_INVOKABLE void stop();
    bool isListening() const { return m_listening; }

    // Queues an event on this thread's connection; inside a transaction it is sent on commit.
    static void publish(const QString &event, const QJsonObject &payload = {});

signals:
    void eventReceived(const QString &event, const QByteArray &frame);
    void listeningChanged(bool listening);

private:
    void onNotification(const QString &name, int source, const QVariant &payload);
    void checkHealth();
    void setListening(bool listening);

    QString m_connectionName;
    QTimer m_healthTimer;
    std::atomic<bool> m_listening{false};
};
