// SPDX-License-Identifier: GPL-3.0-or-later

#include "Connection.h"

#include "MessageCodec.h"
#include "ReplyText.h"
#include "TlsFailure.h"

#include <QLoggingCategory>
#include <QSignalBlocker>
#include <QSslCipher>
#include <QUuid>

Q_LOGGING_CATEGORY(lcConnection, "roomclaim.client.connection")

namespace {
constexpr int FirstBackoffMs = 250;
// A half-open link (a cable pulled, a NAT or Wi-Fi that forgot the connection) shows no error:
// only silence. Pinged every few seconds, it is found dead within PingIntervalMs + SilenceMs.
constexpr int PingIntervalMs = 4000;
constexpr int SilenceMs = 4000;
} // namespace

Connection::Connection(QObject *parent) : QObject(parent) {
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        setState(State::Reconnecting);
        openSocket();
    });
    connect(&m_socket, &QWebSocket::connected, this, &Connection::onConnected);
    // Verification errors are never ignored: QSslSocket then aborts the handshake by itself.
    connect(&m_socket, &QWebSocket::sslErrors, this, &Connection::onSslErrors);
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &Connection::onSocketError);
    // A failed connection attempt and a dropped connection both end in UnconnectedState.
    connect(&m_socket, &QWebSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
        if (state == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &Connection::onText);
    m_pingTimer.setInterval(PingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, &Connection::onPingDue);
    m_silenceTimer.setSingleShot(true);
    m_silenceTimer.setInterval(SilenceMs);
    connect(&m_silenceTimer, &QTimer::timeout, this, &Connection::onSilence);
    // Any frame from the server, a pong included, shows the link is alive.
    connect(&m_socket, &QWebSocket::pong, &m_silenceTimer, &QTimer::stop);
    m_handshakeTimer.setSingleShot(true);
    m_handshakeTimer.setInterval(PingIntervalMs + SilenceMs);
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        if (m_state != State::Reconnecting || m_socket.state() == QAbstractSocket::UnconnectedState)
            return;
        qCWarning(lcConnection) << "no answer from" << m_url.authority() << "while reconnecting";
        m_socket.abort();
    });
}

void Connection::setHeartbeat(int intervalMs, int timeoutMs) {
    m_pingTimer.setInterval(intervalMs);
    m_silenceTimer.setInterval(timeoutMs);
    m_handshakeTimer.setInterval(intervalMs + timeoutMs);
}

void Connection::onPingDue() {
    if (m_socket.state() != QAbstractSocket::ConnectedState)
        return;
    if (!m_silenceTimer.isActive())
        m_silenceTimer.start();
    m_socket.ping();
}

void Connection::onSilence() {
    if (m_socket.state() != QAbstractSocket::ConnectedState)
        return;
    qCWarning(lcConnection) << "no answer from" << m_url.authority() << "for"
                            << m_silenceTimer.interval() << "ms; reconnecting";
    m_socket.abort(); // ends in onDisconnected, which reconnects
}

Connection::~Connection() {
    m_socket.disconnect(this);
    m_socket.abort();
}

void Connection::logIn(const QUrl &server, const QString &username, const QString &password,
                       Callback done) {
    m_reconnectTimer.stop();
    m_url = server;
    m_username = username;
    m_password = password;
    m_token.clear();
    m_everLoggedIn = false;
    m_loginDone = std::move(done);
    setState(State::Connecting);
    if (m_socket.state() != QAbstractSocket::UnconnectedState) {
        const QSignalBlocker quiet(&m_socket);
        m_socket.abort();
    }
    openSocket();
}

void Connection::setTrust(const TlsTrust &trust) {
    m_trust = trust;
    m_sslConfiguration.reset();
}

void Connection::openSocket() {
    m_link = {};
    m_tlsFailure = {};
    if (m_url.scheme() == QLatin1String("wss")) {
        // Built once (it reads the system's CA store), set afresh for every attempt: the socket
        // keeps the last session's cipher and peer in its configuration.
        if (!m_sslConfiguration)
            m_sslConfiguration = m_trust.configuration();
        m_socket.setSslConfiguration(*m_sslConfiguration);
    }
    m_handshakeTimer.start();
    m_socket.open(m_url);
}

void Connection::onSslErrors(const QList<QSslError> &errors) {
    m_tlsFailure = TlsFailure::fromSslErrors(errors, m_url);
    qCWarning(lcConnection) << "refused the certificate of" << m_url.authority() << errors;
}

void Connection::onSocketError(QAbstractSocket::SocketError error) {
    if (m_url.scheme() != QLatin1String("wss") || !m_tlsFailure.code.isEmpty() || m_link.reached)
        return;
    // A peer that hangs up before the TLS session exists is no RoomClaim TLS server (a plain
    // ws:// one answers a TLS hello by closing); that is a TLS failure, not "cannot reach".
    const bool hungUpInHandshake = error == QAbstractSocket::RemoteHostClosedError &&
                                   m_socket.sslConfiguration().sessionCipher().isNull();
    const bool handshake = error == QAbstractSocket::SslHandshakeFailedError ||
                           error == QAbstractSocket::SslInternalError ||
                           error == QAbstractSocket::SslInvalidUserDataError || hungUpInHandshake;
    if (!handshake)
        return;
    m_tlsFailure = TlsFailure::fromSocketError(m_socket.errorString(), m_url);
    qCWarning(lcConnection) << "TLS handshake with" << m_url.authority()
                            << "failed:" << m_socket.errorString();
}

void Connection::logOut() {
    m_reconnectTimer.stop();
    m_everLoggedIn = false;
    if (isOnline())
        send(QStringLiteral("logout"), {}, [](const ServerReply &) {});
    m_token.clear();
    setState(State::Offline);
    m_socket.close();
}

void Connection::request(const QString &type, const QJsonObject &params, Callback done) {
    if (!isOnline()) {
        done(ServerReply::failure(Offline, tr("You are offline — RoomClaim is reconnecting to the "
                                              "server. Please try again in a moment.")));
        return;
    }
    send(type, params, std::move(done));
}

void Connection::requestOnce(const QString &type, const QJsonObject &params, Callback done) {
    if (!isOnline()) {
        request(type, params, std::move(done)); // the same clear "offline" answer
        return;
    }
    QJsonObject keyed = params;
    keyed.insert(QStringLiteral("requestId"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    send(type, keyed, std::move(done), true);
}

void Connection::send(const QString &type, const QJsonObject &params, Callback done, bool resend) {
    const qint64 id = m_nextId++;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id] {
        const Pending pending = m_pending.take(id);
        pending.timer->deleteLater();
        if (pending.resend)
            pending.done(ServerReply::failure(
                Timeout, tr("The server did not answer in time, so RoomClaim cannot tell whether "
                            "this went through. Once it is back online, My bookings shows what "
                            "was booked.")));
        else
            pending.done(ServerReply::failure(
                Timeout, tr("The server did not answer in time. Please try again.")));
    });
    timer->start(m_requestTimeoutMs);
    Pending pending;
    pending.done = std::move(done);
    pending.timer = timer;
    if (resend) {
        pending.resend = true;
        pending.type = type;
        pending.params = params;
    }
    m_pending.insert(id, std::move(pending));
    m_socket.sendTextMessage(QString::fromUtf8(MessageCodec::encodeRequest(id, type, params)));
}

void Connection::resendUnanswered() {
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (it->sent)
            continue;
        it->sent = true;
        it->timer->start(m_requestTimeoutMs); // a fresh wait on the fresh link
        qCInfo(lcConnection) << "sending" << it->type << "again after the reconnect";
        m_socket.sendTextMessage(
            QString::fromUtf8(MessageCodec::encodeRequest(it.key(), it->type, it->params)));
    }
}

void Connection::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void Connection::onConnected() {
    m_backoffMs = 0;
    m_handshakeTimer.stop();
    m_pingTimer.start();
    // Read from the live socket, not from the URL typed: what actually protects this link.
    const QSslConfiguration session = m_socket.sslConfiguration();
    m_link.reached = true;
    m_link.host = m_url.host();
    m_link.encrypted = !session.sessionCipher().isNull();
    if (m_link.encrypted) {
        m_link.protocol = session.sessionCipher().protocolString();
        m_link.certificateExpiry = session.peerCertificate().expiryDate();
    }
    const bool resuming = m_everLoggedIn && !m_token.isEmpty();
    setState(State::LoggingIn);
    if (resuming) {
        send(QStringLiteral("resume"), {{QStringLiteral("token"), m_token}},
             [this](const ServerReply &reply) { handleLoginReply(reply, true); });
    } else {
        send(QStringLiteral("login"),
             {{QStringLiteral("username"), m_username}, {QStringLiteral("password"), m_password}},
             [this](const ServerReply &reply) { handleLoginReply(reply, false); });
    }
}

void Connection::handleLoginReply(const ServerReply &reply, bool resuming) {
    if (!reply.ok && reply.code == Offline)
        return; // the link dropped mid-login; onDisconnected decides what happens next
    if (!reply.ok && resuming && reply.status != 401) {
        m_socket.abort(); // e.g. the database is briefly down: try again after a back-off
        return;
    }
    const int protocol = reply.body.value(QStringLiteral("protocol")).toInt(-1);
    if (reply.ok && protocol != MessageCodec::ProtocolVersion) {
        const ServerReply mismatch = ServerReply::failure(
            WrongProtocol, tr("The server speaks protocol version %1, but this RoomClaim needs "
                              "version %2. Please update RoomClaim or ask IT.")
                               .arg(protocol < 0 ? tr("(unknown)") : QString::number(protocol))
                               .arg(MessageCodec::ProtocolVersion));
        m_everLoggedIn = false;
        // Offline first: closing may report the disconnect at once, and onDisconnected must
        // not answer the login with "cannot reach" instead of the real reason.
        setState(State::Offline);
        m_socket.close();
        if (Callback done = std::exchange(m_loginDone, nullptr))
            done(mismatch);
        return;
    }
    if (!reply.ok) {
        if (resuming && reply.status == 401 && !m_password.isEmpty()) {
            // The session expired while we were away: log in afresh with the same credentials.
            m_token.clear();
            onConnected();
            return;
        }
        m_everLoggedIn = false;
        setState(State::Offline); // before close(), as above
        m_socket.close();
        if (Callback done = std::exchange(m_loginDone, nullptr))
            done(reply);
        else
            emit sessionLost(ReplyText::of(reply));
        return;
    }
    m_teacher = Teacher::fromJson(reply.body.value(QStringLiteral("teacher")).toObject());
    m_token = reply.body.value(QStringLiteral("token")).toString();
    const bool wasReconnect = m_everLoggedIn;
    m_everLoggedIn = true;
    setState(State::Online);
    if (Callback done = std::exchange(m_loginDone, nullptr))
        done(reply);
    if (wasReconnect) {
        resendUnanswered();
        emit resumed();
    }
}

void Connection::onDisconnected() {
    m_pingTimer.stop();
    m_silenceTimer.stop();
    m_handshakeTimer.stop();
    // Confirmations sent with a key wait for the reconnect, unless none will follow.
    failAllPending(Offline,
                   tr("The connection to the server was lost. Please try again once "
                      "RoomClaim has reconnected."),
                   m_state != State::Offline && m_everLoggedIn);
    if (m_state == State::Offline)
        return; // closed on purpose
    if (!m_tlsFailure.code.isEmpty()) {
        onSecureConnectionFailed();
        return;
    }
    if (!m_everLoggedIn) {
        setState(State::Offline);
        if (Callback done = std::exchange(m_loginDone, nullptr))
            done(ServerReply::failure(Unreachable,
                                      tr("Cannot reach the RoomClaim server at %1. Check the "
                                         "address, or ask IT whether the server is running.")
                                          .arg(m_url.toString())));
        return;
    }
    qCInfo(lcConnection) << "connection lost; reconnecting";
    scheduleReconnect();
}

void Connection::onSecureConnectionFailed() {
    const ServerReply failure = std::exchange(m_tlsFailure, {});
    emit secureConnectionFailed(failure.code, failure.message);
    if (!m_everLoggedIn) {
        setState(State::Offline);
        if (Callback done = std::exchange(m_loginDone, nullptr))
            done(failure);
        return;
    }
    // Keep trying, at the slowest pace: IT may be replacing the certificate. Every attempt
    // verifies again; none ever goes out in plain text.
    qCWarning(lcConnection) << "reconnect refused:" << failure.code;
    m_backoffMs = m_maxBackoffMs;
    setState(State::Reconnecting);
    m_reconnectTimer.start(m_backoffMs);
}

void Connection::scheduleReconnect() {
    setState(State::Reconnecting);
    m_backoffMs = m_backoffMs == 0 ? FirstBackoffMs : qMin(m_backoffMs * 2, m_maxBackoffMs);
    m_reconnectTimer.start(m_backoffMs);
}

void Connection::failAllPending(const QString &code, const QString &message, bool keepResendable) {
    const QHash<qint64, Pending> pending = std::exchange(m_pending, {});
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        const Pending &entry = *it;
        if (keepResendable && entry.resend) {
            Pending waiting = entry;
            waiting.sent = false;
            m_pending.insert(it.key(), waiting);
            continue;
        }
        entry.timer->stop();
        entry.timer->deleteLater();
        entry.done(ServerReply::failure(code, message));
    }
}

void Connection::onText(const QString &text) {
    m_silenceTimer.stop();
    QJsonObject frame;
    if (!MessageCodec::parseObject(text.toUtf8(), &frame))
        return;
    if (frame.value(QStringLiteral("event")).toString() == QLatin1String("signedOut")) {
        onSignedOut(ReplyText::signedOut(frame.value(QStringLiteral("code")).toString(),
                                         frame.value(QStringLiteral("reason")).toString()));
        return;
    }
    if (frame.contains(QStringLiteral("event"))) {
        emit eventReceived(frame.value(QStringLiteral("event")).toString(), frame);
        return;
    }
    const qint64 id = frame.value(QStringLiteral("re")).toInteger();
    if (!m_pending.contains(id))
        return;
    const Pending pending = m_pending.take(id);
    pending.timer->stop();
    pending.timer->deleteLater();
    pending.done(ServerReply::fromFrame(frame));
}

void Connection::onSignedOut(const QString &reason) {
    m_reconnectTimer.stop();
    m_everLoggedIn = false;
    m_token.clear();
    m_password.clear();
    setState(State::Offline); // before close(), so that no reconnect follows
    m_socket.close();
    emit sessionLost(reason);
}
