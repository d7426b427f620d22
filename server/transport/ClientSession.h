#pragma once

#include "FeedAddress.h"
#include "HandlerOutcome.h"
#include "Request.h"
#include "SessionLimits.h"
#include "Teacher.h"

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTimer>
#include <optional>

class QSslSocket;
class QWebSocket;
class QThreadPool;

// One WebSocket connection. Frames are decoded here; requests run one at a time, in order, on
// the worker pool, and their outcomes come back to this (main) thread to be sent.
class ClientSession : public QObject {
    Q_OBJECT
public:
    ClientSession(QWebSocket *socket, QThreadPool *workers, const SessionLimits &limits = {},
                  QObject *parent = nullptr);
    ~ClientSession() override;

    bool isLoggedIn() const { return m_teacher.has_value(); }
    const std::optional<Teacher> &teacher() const { return m_teacher; }
    QHostAddress peerAddress() const;
    quint16 peerPort() const;
    const QDateTime &connectedSince() const { return m_connectedSince; }
    // Where this connection's teacher reaches the calendar feed (for calendarFeed).
    void setFeedAddress(const FeedAddress &address) { m_feedAddress = address; }
    // The TLS connection under the WebSocket, if any: what it has encrypted but not yet sent
    // counts against the unsent-bytes limit too.
    void setTlsSocket(QSslSocket *socket) { m_tlsSocket = socket; }
    void sendFrame(const QByteArray &frame);
    void close();
    // Sends the signedOut event and ends the login: requests then answer 401 UNAUTHENTICATED.
    void signOut(const QByteArray &signedOutFrame);

signals:
    void identityChanged();
    void closed();

private:
    void onTextMessage(const QString &frame);
    void onBinaryMessage(const QByteArray &frame);
    void startNext();
    void finish(qint64 requestId, const HandlerOutcome &outcome);
    void onLoginTimeout();

    QWebSocket *m_socket;
    QPointer<QSslSocket> m_tlsSocket;
    QThreadPool *m_workers;
    QDateTime m_connectedSince;
    std::optional<Teacher> m_teacher;
    QString m_token;
    FeedAddress m_feedAddress;
    QQueue<Request> m_pending;
    SessionLimits m_limits;
    QTimer m_loginTimer;
    qint64 m_pendingBytes = 0;
    bool m_cutOff = false;        // closed for not reading; sends nothing more
    QList<qint64> m_pendingSizes; // the size of each frame in m_pending, in order
    bool m_busy = false;
};
