// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "FeedAddress.h"
#include "InstanceSettings.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

class ClientSession;
class ConnectionListener;
class DeadlineQueue;
class EventHub;
class FeedHttpServer;
class QSslSocket;
class QTcpSocket;
class QWebSocketServer;

// One server instance: accepts WebSocket connections, runs requests on a worker pool, relays
// events from the database to every logged-in connection, and sweeps expired locks.
class RoomClaimServer : public QObject {
    Q_OBJECT
public:
    explicit RoomClaimServer(const InstanceSettings &settings, QObject *parent = nullptr);
    ~RoomClaimServer() override;

    // Starts listening; returns false and sets *error (e.g. port in use).
    bool start(QString *error);
    void stop();

    QString listenAddress() const;
    quint16 port() const;
    // Whether connections speak TLS (wss:// and an HTTPS feed).
    bool isSecure() const { return m_settings.tls.has_value(); }
    // The calendar feed's HTTP server, or nullptr when it is off (or could not listen on its
    // default port). Give it a QSslConfiguration to serve HTTPS.
    FeedHttpServer *feedServer() const { return m_feedServer; }
    // "127.0.0.1:7401", or empty when the feed is off.
    QString feedListenAddress() const;
    const QDateTime &startedAt() const { return m_startedAt; }
    bool isDatabaseListening() const;
    QList<ClientSession *> sessions() const { return m_sessions; }
    QThreadPool *workers() { return &m_workers; }
    EventHub *eventHub() const { return m_eventHub; }

signals:
    void sessionsChanged();
    void eventDelivered(const QString &event, const QByteArray &frame);
    void databaseStateChanged(bool reachable);

private:
    void onNewConnection();
    // Takes a new TCP connection, or refuses it at once when a connection limit is reached.
    void admit(QTcpSocket *socket);
    // Hands the connection to the WebSocket server once its TLS handshake is done.
    void startEncryption(QSslSocket *socket, const QString &peer);
    void refuseTlsOnPlainPort(QTcpSocket *socket, const QString &peer);
    void logRefusal(const QString &peer, const QString &reason);
    void handshakeDeadlinePassed(QTcpSocket *socket);
    void broadcast(const QString &event, const QByteArray &frame);
    void sweepExpiredLocks();
    bool startFeed(QString *error);
    FeedAddress feedAddress() const;

    InstanceSettings m_settings;
    QWebSocketServer *m_server;
    FeedHttpServer *m_feedServer = nullptr;
    // Accepts the TCP connections itself, so each gets TCP_NODELAY before the WebSocket
    // handshake: otherwise Nagle's algorithm holds a reply behind an unacknowledged event
    // frame until the peer's delayed ACK, some 40 ms per booking. With TLS it does the TLS
    // handshake too, after the connection limits.
    ConnectionListener *m_tcpServer;
    EventHub *m_eventHub;
    QThread m_eventThread;
    QThreadPool m_workers;
    QTimer m_cleanupTimer;
    QList<ClientSession *> m_sessions;
    QDateTime m_startedAt;
    bool m_listenerWasLost = false;
    // Open TCP connections behind the WebSocket server, in all and per peer address.
    int m_openConnections = 0;
    QHash<QString, int> m_connectionsPerAddress;
    // Connections still in their TLS or WebSocket handshake, by "address port" of the peer.
    QHash<QString, QTcpSocket *> m_inHandshake;
    // The handshake and login timeouts of every connection (none without a timeout).
    DeadlineQueue *m_handshakeDeadlines = nullptr;
    DeadlineQueue *m_loginDeadlines = nullptr;
    QElapsedTimer m_lastRefusalLog;
    int m_refusedSinceLog = 0;
};
