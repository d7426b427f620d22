// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "FeedAddress.h"
#include "HandlerOutcome.h"
#include "OutgoingFrame.h"
#include "Request.h"
#include "SessionLimits.h"
#include "Teacher.h"

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <optional>

class DeadlineQueue;
class QSslSocket;
class QTcpSocket;
class QWebSocket;
class QThreadPool;

// One WebSocket connection. Frames are decoded here; requests run one at a time, in order, on
// the worker pool, and their outcomes come back to this (main) thread to be sent.
class ClientSession : public QObject {
    Q_OBJECT
public:
    // Without login deadlines (nullptr), a connection may stay without logging in.
    ClientSession(QWebSocket *socket, QThreadPool *workers, const SessionLimits &limits = {},
                  DeadlineQueue *loginDeadlines = nullptr, QObject *parent = nullptr);
    ~ClientSession() override;

    bool isLoggedIn() const { return m_teacher.has_value(); }
    const std::optional<Teacher> &teacher() const { return m_teacher; }
    QHostAddress peerAddress() const;
    quint16 peerPort() const;
    const QDateTime &connectedSince() const { return m_connectedSince; }
    // Where this connection's teacher reaches the calendar feed (for calendarFeed).
    void setFeedAddress(const FeedAddress &address) { m_feedAddress = address; }
    // The TCP (or TLS) connection under the WebSocket: frames are written to it directly. Over
    // TLS, what it has encrypted but not yet sent counts against the unsent-bytes limit too.
    void setTransport(QTcpSocket *socket);
    void sendFrame(const QByteArray &frame);
    // The same frame for many connections (an event): encoded once by the caller.
    void sendFrame(const OutgoingFrame &frame);
    void close();
    // Called by the login deadline with the ticket it was armed with: closes the connection
    // unless it logged in meanwhile (or logged in and out again, arming a later deadline).
    void loginDeadlinePassed(quint64 ticket);
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
    void armLoginDeadline();
    void write(const QByteArray &wire);

    QWebSocket *m_socket;
    QPointer<QTcpSocket> m_transport;
    QPointer<QSslSocket> m_tlsSocket; // m_transport, when it speaks TLS
    QThreadPool *m_workers;
    QDateTime m_connectedSince;
    std::optional<Teacher> m_teacher;
    QString m_token;
    FeedAddress m_feedAddress;
    QQueue<Request> m_pending;
    SessionLimits m_limits;
    QPointer<DeadlineQueue> m_loginDeadlines;
    quint64 m_loginTicket = 0; // the login deadline that still counts
    qint64 m_pendingBytes = 0;
    bool m_cutOff = false;        // closed for not reading; sends nothing more
    QList<qint64> m_pendingSizes; // the size of each frame in m_pending, in order
    bool m_busy = false;
};
