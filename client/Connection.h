// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ServerReply.h"
#include "Teacher.h"
#include "TlsTrust.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>
#include <functional>
#include <optional>

// The teacher client's link to the server: requests with replies matched by id, pushed
// events, and resilience — automatic reconnect with back-off and `resume` of the session.
class Connection : public QObject {
    Q_OBJECT
public:
    enum class State { Offline, Connecting, LoggingIn, Online, Reconnecting };
    Q_ENUM(State)
    using Callback = std::function<void(const ServerReply &)>;

    // Client-side failure codes (the server's own codes come from the protocol).
    static inline const QString Offline = QStringLiteral("OFFLINE");
    static inline const QString Timeout = QStringLiteral("TIMEOUT");
    static inline const QString Unreachable = QStringLiteral("UNREACHABLE");
    static inline const QString WrongProtocol = QStringLiteral("WRONG_PROTOCOL");
    // A wss:// server whose certificate did not verify (see TlsFailure); never retried in
    // plain text.
    static inline const QString TlsUntrusted = QStringLiteral("TLS_UNTRUSTED");
    static inline const QString TlsExpired = QStringLiteral("TLS_EXPIRED");
    static inline const QString TlsWrongHost = QStringLiteral("TLS_WRONG_HOST");
    static inline const QString TlsFailed = QStringLiteral("TLS_FAILED");

    // What protected the last link that reached the server. Kept after the link closes, so the
    // login dialog can still say what a refused password travelled over.
    struct LinkSecurity {
        bool reached = false;
        bool encrypted = false; // TLS, with a certificate that verified for host
        QString host;
        QString protocol; // e.g. "TLSv1.3"
        QDateTime certificateExpiry;
    };

    explicit Connection(QObject *parent = nullptr);
    ~Connection() override;

    // Connects and logs in; done receives the login reply or a client-side failure.
    void logIn(const QUrl &server, const QString &username, const QString &password, Callback done);
    void logOut();
    // Sends a request; fails at once with OFFLINE when not online.
    void request(const QString &type, const QJsonObject &params, Callback done);
    // Sends a confirmation (confirmBooking, confirmSeries) with a fresh requestId. When the link
    // drops before the reply arrives, it is sent again with the same requestId once the
    // connection is back, and the server answers with what the first one did: the teacher
    // hears the true outcome and nothing is booked twice. Fails at once when not online.
    void requestOnce(const QString &type, const QJsonObject &params, Callback done);

    State state() const { return m_state; }
    bool isOnline() const { return m_state == State::Online; }
    const Teacher &teacher() const { return m_teacher; }
    QUrl serverUrl() const { return m_url; }
    void setRequestTimeout(int ms) { m_requestTimeoutMs = ms; }
    void setMaxBackoff(int ms) { m_maxBackoffMs = ms; }
    // The link is pinged every intervalMs; when nothing at all arrives within timeoutMs of a
    // ping, the connection is taken for dead (half-open: no error, just silence) and reconnected.
    // A reconnect whose handshake stays unanswered for both together is tried afresh.
    void setHeartbeat(int intervalMs, int timeoutMs);
    // Whom to trust for wss:// from the next connection attempt on (system CAs by default).
    void setTrust(const TlsTrust &trust);
    const TlsTrust &trust() const { return m_trust; }
    const LinkSecurity &linkSecurity() const { return m_link; }

signals:
    void stateChanged(Connection::State state);
    void eventReceived(const QString &event, const QJsonObject &payload);
    // After an automatic reconnect and resume: whatever was shown may be stale.
    void resumed();
    // The session could not be resumed, or the server signed it out (e.g. the account was
    // deactivated): the teacher must log in again.
    void sessionLost(const QString &message);
    // A wss:// handshake was refused (code is one of the TLS codes). During an automatic
    // reconnect this is the only sign of it: the reconnect keeps trying, and verifying.
    void secureConnectionFailed(const QString &code, const QString &message);

private:
    struct Pending {
        Callback done;
        QTimer *timer = nullptr;
        // Kept for requestOnce(), to send it again after a reconnect.
        bool resend = false;
        bool sent = true;
        QString type;
        QJsonObject params;
    };

    void setState(State state);
    void openSocket();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError(QAbstractSocket::SocketError error);
    void onConnected();
    void onDisconnected();
    void onText(const QString &text);
    void send(const QString &type, const QJsonObject &params, Callback done, bool resend = false);
    // Fails what awaits a reply; with keepResendable, requestOnce() requests wait for the
    // reconnect instead.
    void failAllPending(const QString &code, const QString &message, bool keepResendable = false);
    void resendUnanswered();
    void onPingDue();
    void onSilence();
    void scheduleReconnect();
    void onSecureConnectionFailed();
    void handleLoginReply(const ServerReply &reply, bool resuming);
    // The server ended this login (deactivated, password or role changed): no resume, no
    // reconnect with the old password; sessionLost carries the server's reason.
    void onSignedOut(const QString &reason);

    QWebSocket m_socket;
    QUrl m_url;
    QString m_username;
    QString m_password;
    QString m_token;
    Teacher m_teacher;
    State m_state = State::Offline;
    Callback m_loginDone;
    qint64 m_nextId = 1;
    QHash<qint64, Pending> m_pending;
    QTimer m_reconnectTimer;
    QTimer m_pingTimer;
    QTimer m_silenceTimer; // runs from a ping until anything arrives
    // A connection attempt that neither fails nor completes (the same silent network) is given
    // up after this, so that the next attempt can be made.
    QTimer m_handshakeTimer;
    int m_backoffMs = 0;
    int m_maxBackoffMs = 8000;
    int m_requestTimeoutMs = 15000;
    bool m_everLoggedIn = false;
    TlsTrust m_trust;
    std::optional<QSslConfiguration> m_sslConfiguration;
    LinkSecurity m_link;
    // Why the current attempt's TLS handshake failed, until the socket reports the disconnect.
    ServerReply m_tlsFailure;
};
