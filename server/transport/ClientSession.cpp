// SPDX-License-Identifier: GPL-3.0-or-later

#include "ClientSession.h"

#include "Background.h"
#include "DeadlineQueue.h"
#include "ErrorCodes.h"
#include "MessageCodec.h"
#include "RequestHandler.h"

#include <QLoggingCategory>
#include <QSslSocket>
#include <QThreadPool>
#include <QWebSocket>

#include <cerrno>
#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcSessions, "roomclaim.sessions")

namespace {
constexpr int MaxQueuedRequests = 64;
}

ClientSession::ClientSession(QWebSocket *socket, QThreadPool *workers, const SessionLimits &limits,
                             DeadlineQueue *loginDeadlines, QObject *parent)
    : QObject(parent), m_socket(socket), m_workers(workers),
      m_connectedSince(QDateTime::currentDateTime()), m_limits(limits),
      m_loginDeadlines(loginDeadlines) {
    m_socket->setParent(this);
    // Larger frames close the connection with 1009 (contract section 1).
    m_socket->setMaxAllowedIncomingMessageSize(MessageCodec::MaxFrameBytes);
    m_socket->setMaxAllowedIncomingFrameSize(MessageCodec::MaxFrameBytes);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &ClientSession::onTextMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &ClientSession::onBinaryMessage);
    connect(m_socket, &QWebSocket::disconnected, this, &ClientSession::closed);
    qCInfo(lcSessions).noquote() << "connection from" << peerAddress().toString();
    // Whoever has not logged in soon after connecting is closed, so silent connections cannot
    // hold the connection limit against everyone else.
    armLoginDeadline();
}

ClientSession::~ClientSession() = default;

QHostAddress ClientSession::peerAddress() const {
    return m_socket->peerAddress();
}

quint16 ClientSession::peerPort() const {
    return m_socket->peerPort();
}

void ClientSession::setTransport(QTcpSocket *socket) {
    m_transport = socket;
    m_tlsSocket = qobject_cast<QSslSocket *>(socket);
}

void ClientSession::sendFrame(const QByteArray &frame) {
    sendFrame(OutgoingFrame(frame));
}

void ClientSession::sendFrame(const OutgoingFrame &frame) {
    if (m_cutOff || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_transport)
        write(frame.wire());
    else
        m_socket->sendTextMessage(QString::fromUtf8(frame.json()));
    // A peer that does not read would otherwise have every reply and event kept in memory.
    // QSslSocket moves what it encrypts out of bytesToWrite() into encryptedBytesToWrite().
    const qint64 unsent = (m_transport ? m_transport->bytesToWrite() : m_socket->bytesToWrite()) +
                          (m_tlsSocket ? m_tlsSocket->encryptedBytesToWrite() : 0);
    if (m_limits.maxUnsentBytes > 0 && unsent > m_limits.maxUnsentBytes) {
        qCWarning(lcSessions).noquote()
            << "closing the connection from" << peerAddress().toString()
            << QStringLiteral("(%1): it does not read what it is sent (%2 bytes unsent, the "
                              "limit is %3)")
                   .arg(m_teacher ? m_teacher->name : QStringLiteral("not logged in"))
                   .arg(unsent)
                   .arg(m_limits.maxUnsentBytes);
        // Nothing more can reach it anyway: drop the connection and its buffers, once the
        // caller (perhaps a broadcast over every session) is done.
        m_cutOff = true;
        m_pending.clear();
        m_pendingSizes.clear();
        m_pendingBytes = 0;
        QMetaObject::invokeMethod(m_socket, &QWebSocket::abort, Qt::QueuedConnection);
    }
}

void ClientSession::write(const QByteArray &wire) {
    // Whole frames go to the socket the WebSocket writes its own frames to (its close and pong
    // frames), so they never interleave within a frame. The socket is written only while
    // connected: after a close frame, nothing follows.
    if (m_transport->state() != QAbstractSocket::ConnectedState)
        return;
    qint64 written = 0;
    if (!m_tlsSocket && m_transport->bytesToWrite() == 0) {
        // Nothing queued before this frame: hand it to the kernel now, as Qt's own unbuffered
        // sockets do. Queued in the socket instead, every frame would switch the socket's write
        // notifier on and off again, and with a thousand connections that (not the bytes) was
        // what an event cost the main thread.
        const ssize_t sent = ::send(int(m_transport->socketDescriptor()), wire.constData(),
                                    size_t(wire.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (sent > 0)
            written = sent;
        else if (sent < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            return; // the connection is broken: the socket reports it on its next read
    }
    // The rest waits in the socket (and counts as unsent) until the peer reads.
    if (written < wire.size())
        m_transport->write(wire.constData() + written, wire.size() - written);
}

void ClientSession::close() {
    m_socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("closed by the server"));
}

void ClientSession::signOut(const QByteArray &signedOutFrame) {
    if (!m_teacher)
        return;
    qCInfo(lcSessions).noquote() << m_teacher->name << "signed out by the server on"
                                 << peerAddress().toString();
    sendFrame(signedOutFrame);
    m_teacher.reset();
    m_token.clear();
    armLoginDeadline();
    emit identityChanged();
}

void ClientSession::onTextMessage(const QString &frame) {
    if (m_cutOff)
        return;
    qint64 id = 0;
    try {
        Request request = MessageCodec::decodeRequest(frame, &id);
        if (!RequestHandler::isKnownType(request.type()))
            throw ProtocolError(400, QString(ErrorCodes::UnknownType),
                                QStringLiteral("Unknown request type '%1'").arg(request.type()));
        const qint64 bytes = frame.size() * qint64(sizeof(QChar));
        if (m_pending.size() >= MaxQueuedRequests ||
            (m_limits.maxPendingBytes > 0 && m_pendingBytes + bytes > m_limits.maxPendingBytes &&
             !m_pending.isEmpty()))
            throw ProtocolError(429, QString(ErrorCodes::TooManyAttempts),
                                QStringLiteral("Too many requests at once; please slow down"));
        m_pending.enqueue(request);
        m_pendingSizes.append(bytes);
        m_pendingBytes += bytes;
        startNext();
    } catch (const ProtocolError &error) {
        sendFrame(MessageCodec::encodeFailure(id, error));
    }
}

void ClientSession::onBinaryMessage(const QByteArray &) {
    sendFrame(MessageCodec::encodeFailure(
        0, ProtocolError::badRequest(
               QStringLiteral("Binary frames are not supported; send JSON text frames"))));
}

void ClientSession::startNext() {
    if (m_busy || m_pending.isEmpty())
        return;
    m_busy = true;
    const Request request = m_pending.dequeue();
    m_pendingBytes -= m_pendingSizes.takeFirst();
    const std::optional<Teacher> teacher = m_teacher;
    const QString token = m_token;
    // The address this client reached us on: the feed URL must work from the teacher's PC.
    const QString feedBase = m_feedAddress.baseFor(m_socket->localAddress());
    const QString peer = peerAddress().toString();
    // If the connection is gone when the outcome is ready, the outcome is dropped, but the work
    // (and the lock release inside it) has happened.
    Background::run(
        RequestHandler::poolFor(request, m_workers), this,
        [request, teacher, token, feedBase, peer] {
            HandlerOutcome outcome =
                RequestHandler::handle(request, teacher, token, feedBase, peer);
            // Encoded here, so a reply of thousands of bookings costs this connection's thread
            // (which serves every connection) only the writing.
            RequestHandler::encodeReply(request.id(), &outcome);
            return outcome;
        },
        [this, id = request.id()](const Background::Result<HandlerOutcome> &result) {
            HandlerOutcome outcome;
            try {
                outcome = result.value();
            } catch (...) {
                // handle() answers protocol and database failures itself; anything else
                // still gets an answer, and the connection its next request.
                outcome.error =
                    ProtocolError(500, QString(ErrorCodes::Internal),
                                  QStringLiteral("The server could not complete the request"));
            }
            finish(id, outcome);
        });
}

void ClientSession::finish(qint64 requestId, const HandlerOutcome &outcome) {
    m_busy = false;
    if (outcome.loggedIn) {
        m_teacher = outcome.loggedIn;
        m_token = outcome.token;
        qCInfo(lcSessions).noquote()
            << m_teacher->name << "logged in from" << peerAddress().toString();
        ++m_loginTicket; // the pending login deadline no longer counts
        emit identityChanged();
    }
    if (outcome.loggedOut) {
        qCInfo(lcSessions).noquote() << m_teacher->name << "logged out";
        m_teacher.reset();
        m_token.clear();
        armLoginDeadline();
        emit identityChanged();
    }
    if (outcome.reply.isNull()) {
        HandlerOutcome encoded = outcome;
        RequestHandler::encodeReply(requestId, &encoded);
        sendFrame(encoded.reply);
    } else {
        sendFrame(outcome.reply);
    }
    for (const QByteArray &event : outcome.directEvents)
        sendFrame(event);
    startNext();
}

void ClientSession::armLoginDeadline() {
    ++m_loginTicket;
    if (m_loginDeadlines)
        m_loginDeadlines->add(this, m_loginTicket);
}

void ClientSession::loginDeadlinePassed(quint64 ticket) {
    if (ticket != m_loginTicket || isLoggedIn())
        return;
    qCInfo(lcSessions).noquote()
        << "closing the connection from" << peerAddress().toString()
        << QStringLiteral("(not logged in within %1 s)").arg(m_limits.loginTimeoutSeconds);
    m_socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                    QStringLiteral("not logged in in time"));
}
