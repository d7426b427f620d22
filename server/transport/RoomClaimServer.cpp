// SPDX-License-Identifier: GPL-3.0-or-later

#include "RoomClaimServer.h"

#include "AuditLog.h"
#include "AuthService.h"
#include "ClientSession.h"
#include "ConnectionListener.h"
#include "DatabaseError.h"
#include "DeadlineQueue.h"
#include "EventHub.h"
#include "FeedHttpServer.h"
#include "HandOff.h"
#include "LockService.h"
#include "MessageCodec.h"
#include "OutgoingFrame.h"
#include "RequestReplay.h"
#include "SignOutService.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslSocket>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>
#include <memory>
#include <utility>

Q_LOGGING_CATEGORY(lcServer, "roomclaim.server")

namespace {
// The peer's address as counted for the per-address limit (IPv4 also when mapped into IPv6).
QString peerName(const QHostAddress &address) {
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4);
    return isIpv4 ? QHostAddress(ipv4).toString() : address.toString();
}
} // namespace

RoomClaimServer::RoomClaimServer(const InstanceSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings),
      m_server(new QWebSocketServer(
          QStringLiteral("RoomClaim"),
          settings.tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode, this)),
      m_tcpServer(new ConnectionListener(this)), m_eventHub(new EventHub) {
    if (settings.tls) {
        m_server->setSslConfiguration(*settings.tls);
        m_tcpServer->setSslConfiguration(*settings.tls);
    }
    m_eventThread.setObjectName(QStringLiteral("roomclaim-events"));
    m_eventHub->moveToThread(&m_eventThread);
    m_eventThread.start();
    m_workers.setMaxThreadCount(settings.workerThreads);
    // Worker threads keep their database connection for the life of the server.
    m_workers.setExpiryTimeout(-1);
    LockService::setTimeToLive(settings.lockTtlSeconds);
    LockService::setInstanceName(QStringLiteral("%1:%2")
                                     .arg(QHostInfo::localHostName())
                                     .arg(QCoreApplication::applicationPid()));
    if (const int timeout = settings.session.loginTimeoutSeconds; timeout > 0) {
        m_handshakeDeadlines = new DeadlineQueue(
            timeout * 1000,
            [this](QObject *socket, quint64) {
                handshakeDeadlinePassed(static_cast<QTcpSocket *>(socket));
            },
            this);
        m_loginDeadlines = new DeadlineQueue(
            timeout * 1000,
            [](QObject *session, quint64 ticket) {
                static_cast<ClientSession *>(session)->loginDeadlinePassed(ticket);
            },
            this);
    }
    m_cleanupTimer.setInterval(settings.lockCleanupSeconds * 1000);
    connect(&m_cleanupTimer, &QTimer::timeout, this, &RoomClaimServer::sweepExpiredLocks);
    connect(m_server, &QWebSocketServer::newConnection, this, &RoomClaimServer::onNewConnection);
    connect(m_tcpServer, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_tcpServer->nextPendingConnection())
            admit(socket);
    });
    // The hub lives on its own thread: what it read arrives here queued (HandOff).
    connect(m_eventHub, &EventHub::eventReceived, this,
            [this](const QString &event, const QByteArray &frame) {
                HandOff::acquire(m_eventHub);
                broadcast(event, frame);
            });
    connect(m_eventHub, &EventHub::listeningChanged, this, &RoomClaimServer::databaseStateChanged);
    connect(m_eventHub, &EventHub::listeningChanged, this, [this](bool listening) {
        HandOff::acquire(m_eventHub);
        // Events raised while the listener was away never reach this instance's clients;
        // tell them to re-fetch instead of trusting what they show.
        if (listening && m_listenerWasLost)
            broadcast(QStringLiteral("roomsChanged"),
                      MessageCodec::encodeEvent(QStringLiteral("roomsChanged")));
        m_listenerWasLost = !listening;
    });
}

RoomClaimServer::~RoomClaimServer() {
    stop();
    // The hub's connection belongs to its thread: close it there, then end the thread.
    HandOff::release(&EventHub::HandOffKey);
    QMetaObject::invokeMethod(m_eventHub, "stop", Qt::BlockingQueuedConnection);
    m_eventThread.quit();
    m_eventThread.wait();
    HandOff::acquire(&EventHub::HandOffKey);
    delete m_eventHub;
}

bool RoomClaimServer::start(QString *error) {
    if (!m_tcpServer->listen(m_settings.listenAddress, m_settings.listenPort)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(m_settings.listenAddress.toString())
                     .arg(m_settings.listenPort)
                     .arg(m_tcpServer->errorString());
        return false;
    }
    if (!startFeed(error)) {
        m_tcpServer->close();
        return false;
    }
    m_startedAt = QDateTime::currentDateTime();
    // The hub was made on this thread and lives on its own from now on (HandOff).
    HandOff::release(&EventHub::HandOffKey);
    QMetaObject::invokeMethod(m_eventHub, "start", Qt::QueuedConnection);
    m_cleanupTimer.start();
    qCInfo(lcServer).noquote() << "listening on" << listenAddress();
    return true;
}

void RoomClaimServer::stop() {
    m_cleanupTimer.stop();
    if (m_tcpServer->isListening())
        m_tcpServer->close();
    if (m_feedServer)
        m_feedServer->close();
    m_server->close(); // connections still in their handshake
    for (ClientSession *session : std::as_const(m_sessions))
        session->close();
    m_workers.waitForDone();
    AuthService::passwordPool()->waitForDone();
}

bool RoomClaimServer::startFeed(QString *error) {
    if (!m_settings.feedEnabled)
        return true;
    const QHostAddress address = m_settings.feedAddress.value_or(m_settings.listenAddress);
    const quint16 wsPort = m_tcpServer->serverPort();
    const quint16 port = m_settings.feedPort.value_or(
        m_settings.listenPort == 0 || wsPort == 65535 ? quint16(0) : quint16(wsPort + 1));
    m_feedServer = new FeedHttpServer(&m_workers, feedAddress().uidHost(), this);
    if (m_settings.tls)
        m_feedServer->setSslConfiguration(*m_settings.tls);
    if (m_feedServer->listen(address, port))
        return true;
    const QString problem = QStringLiteral("cannot listen for the calendar feed on %1:%2: %3")
                                .arg(address.toString())
                                .arg(port)
                                .arg(m_feedServer->errorString());
    delete m_feedServer;
    m_feedServer = nullptr;
    if (m_settings.feedExplicit()) {
        *error = problem + QStringLiteral(" (see --feed-listen)");
        return false;
    }
    // Only the default port was taken: the bookings matter more than the feed.
    qCWarning(lcServer).noquote() << problem << "- the feed is off (set --feed-listen)";
    return true;
}

FeedAddress RoomClaimServer::feedAddress() const {
    FeedAddress feed;
    feed.enabled = m_feedServer && m_feedServer->isListening();
    feed.secure = m_feedServer && m_feedServer->isSecure();
    feed.port = m_feedServer ? m_feedServer->serverPort() : 0;
    feed.publicUrl = m_settings.feedPublicUrl;
    return feed;
}

QString RoomClaimServer::feedListenAddress() const {
    if (!m_feedServer || !m_feedServer->isListening())
        return QString();
    const QHostAddress address = m_feedServer->serverAddress();
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(address.toString())
                             : address.toString();
    return QStringLiteral("%1:%2").arg(host).arg(m_feedServer->serverPort());
}

QString RoomClaimServer::listenAddress() const {
    const QHostAddress address = m_tcpServer->serverAddress();
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(address.toString())
                             : address.toString();
    return QStringLiteral("%1:%2").arg(host).arg(m_tcpServer->serverPort());
}

quint16 RoomClaimServer::port() const {
    return m_tcpServer->serverPort();
}

bool RoomClaimServer::isDatabaseListening() const {
    return m_eventHub->isListening();
}

void RoomClaimServer::admit(QTcpSocket *socket) {
    const QString peer = peerName(socket->peerAddress());
    QString refusal;
    if (m_settings.maxConnections > 0 && m_openConnections >= m_settings.maxConnections)
        refusal = QStringLiteral("the limit of %1 connections in all (--max-connections, "
                                 "limits/connections)")
                      .arg(m_settings.maxConnections);
    else if (m_settings.maxConnectionsPerAddress > 0 &&
             m_connectionsPerAddress.value(peer) >= m_settings.maxConnectionsPerAddress)
        refusal = QStringLiteral("the limit of %1 connections from one address "
                                 "(--max-connections-per-address, limits/connectionsPerAddress)")
                      .arg(m_settings.maxConnectionsPerAddress);
    if (!refusal.isEmpty()) {
        logRefusal(peer, refusal);
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_openConnections;
    ++m_connectionsPerAddress[peer];
    // Counted until the connection ends (its file is closed then) or the socket is gone,
    // whichever comes first: in the handshake, in a session, or refused by the WebSocket server.
    const QString handshakeKey = QStringLiteral("%1 %2").arg(peer).arg(socket->peerPort());
    m_inHandshake.insert(handshakeKey, socket);
    auto counted = std::make_shared<bool>(true);
    const auto release = [this, peer, handshakeKey, counted] {
        if (!std::exchange(*counted, false))
            return;
        m_inHandshake.remove(handshakeKey);
        --m_openConnections;
        if (--m_connectionsPerAddress[peer] <= 0)
            m_connectionsPerAddress.remove(peer);
    };
    connect(socket, &QAbstractSocket::disconnected, this, release);
    connect(socket, &QObject::destroyed, this, release);
    // A connection that never completes its handshakes (TLS, then WebSocket) is dropped like one
    // that never logs in.
    if (m_handshakeDeadlines)
        m_handshakeDeadlines->add(socket);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (auto *secure = qobject_cast<QSslSocket *>(socket)) {
        startEncryption(secure, peer);
    } else {
        refuseTlsOnPlainPort(socket, peer);
        m_server->handleConnection(socket);
    }
}

void RoomClaimServer::handshakeDeadlinePassed(QTcpSocket *socket) {
    const QString peer = peerName(socket->peerAddress());
    if (m_inHandshake.value(QStringLiteral("%1 %2").arg(peer).arg(socket->peerPort())) != socket)
        return;
    const auto *secure = qobject_cast<QSslSocket *>(socket);
    qCInfo(lcServer).noquote()
        << QStringLiteral("closing the connection from %1 (no %2 handshake within %3 s)")
               .arg(peer, secure && !secure->isEncrypted() ? QStringLiteral("TLS")
                                                           : QStringLiteral("WebSocket"))
               .arg(m_settings.session.loginTimeoutSeconds);
    socket->abort();
}

void RoomClaimServer::refuseTlsOnPlainPort(QTcpSocket *socket, const QString &peer) {
    // A wss:// client on a server without TLS: its ClientHello never completes an HTTP request,
    // so it would wait for the handshake timeout. Close it at once and say why. Connected
    // before the WebSocket server's (queued) handshake slot, so this looks first.
    auto watch = std::make_shared<QMetaObject::Connection>();
    *watch = connect(socket, &QIODevice::readyRead, this, [socket, peer, watch] {
        char first = 0;
        if (socket->peek(&first, 1) != 1)
            return;
        disconnect(*watch);
        constexpr char TlsHandshakeRecord = 0x16; // never the first byte of an HTTP request
        if (first != TlsHandshakeRecord)
            return;
        qCInfo(lcServer).noquote()
            << QStringLiteral("closing the connection from %1 (it starts TLS, but this server "
                              "runs without TLS: see --tls-cert)")
                   .arg(peer);
        socket->abort();
    });
}

void RoomClaimServer::startEncryption(QSslSocket *socket, const QString &peer) {
    connect(socket, &QSslSocket::encrypted, this,
            [this, socket] { m_server->handleConnection(socket); });
    connect(socket, &QAbstractSocket::errorOccurred, this, [socket, peer] {
        if (socket->isEncrypted())
            return; // the WebSocket's own business from here on
        // A plain ws:// client, an untrusting client, or a port scanner.
        qCInfo(lcServer).noquote()
            << QStringLiteral("closing the connection from %1 (TLS handshake failed: %2)")
                   .arg(peer, socket->errorString());
        socket->abort();
    });
    // Until the WebSocket server takes it (it deletes its sockets when they disconnect), a
    // socket whose handshake failed or timed out is this server's to delete.
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    socket->startServerEncryption();
}

void RoomClaimServer::logRefusal(const QString &peer, const QString &reason) {
    // One line per refusal, but at most one every five seconds under a flood.
    if (m_lastRefusalLog.isValid() && m_lastRefusalLog.elapsed() < 5000) {
        ++m_refusedSinceLog;
        return;
    }
    qCWarning(lcServer).noquote()
        << QStringLiteral("refused a connection from %1: %2 is reached%3")
               .arg(peer, reason,
                    m_refusedSinceLog > 0
                        ? QStringLiteral(" (%1 more refused since the last such line)")
                              .arg(m_refusedSinceLog)
                        : QString());
    m_refusedSinceLog = 0;
    m_lastRefusalLog.start();
}

void RoomClaimServer::onNewConnection() {
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        QTcpSocket *connection = m_inHandshake.take(
            QStringLiteral("%1 %2").arg(peerName(socket->peerAddress())).arg(socket->peerPort()));
        auto *session =
            new ClientSession(socket, &m_workers, m_settings.session, m_loginDeadlines, this);
        session->setTransport(connection);
        session->setFeedAddress(feedAddress());
        m_sessions.append(session);
        connect(session, &ClientSession::identityChanged, this, &RoomClaimServer::sessionsChanged);
        connect(session, &ClientSession::closed, this, [this, session] {
            m_sessions.removeOne(session);
            session->deleteLater();
            emit sessionsChanged();
        });
        emit sessionsChanged();
    }
}

void RoomClaimServer::broadcast(const QString &event, const QByteArray &frame) {
    qint64 teacherId = 0;
    QByteArray signedOut;
    if (event == SignOutService::Event) {
        // Internal: it reaches only the teacher's own connections, as signedOut.
        if (SignOutService::parse(frame, &teacherId, &signedOut))
            for (ClientSession *session : std::as_const(m_sessions))
                if (session->teacher() && session->teacher()->id == teacherId)
                    session->signOut(signedOut);
        return;
    }
    const OutgoingFrame encoded(frame);
    for (ClientSession *session : std::as_const(m_sessions)) {
        if (session->isLoggedIn())
            session->sendFrame(encoded);
    }
    emit eventDelivered(event, frame);
}

void RoomClaimServer::sweepExpiredLocks() {
    m_workers.start([] {
        try {
            for (const LockInfo &lock : LockService::cleanupExpired())
                qCInfo(lcServer).noquote()
                    << "lock of" << lock.holderName << "on" << lock.roomName << "expired";
            // Expired sessions go on the same round, so the sessions table does not grow.
            SignOutService::sweepExpired();
            // And audit entries past the retention, a bounded batch each round.
            AuditLog::prune();
            // And the keys of confirmations old enough that no client sends them again.
            RequestReplay::sweepExpired();
        } catch (const DatabaseError &error) {
            qCWarning(lcServer).noquote() << "lock cleanup skipped:" << error.message();
        }
    });
}
