// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QWebSocket>

// A real WebSocket peer speaking protocol v1, for tests: sends requests, waits for their
// replies, and records every pushed event with the time it arrived.
class TestClient : public QObject {
    Q_OBJECT
public:
    struct Event {
        QJsonObject frame;
        qint64 receivedAtMs = 0; // on the shared monotonic clock below
    };

    explicit TestClient(QObject *parent = nullptr);

    // Connects (ws:// or wss://); false when the connection or its TLS handshake failed.
    bool open(const QString &url, int timeoutMs = 5000);
    // For wss://: trust exactly these CAs (not the system's). Without this call the system's
    // CAs are trusted, as in any client.
    void setTrustedCertificates(const QList<QSslCertificate> &authorities);
    // The TLS errors the last open() met (the connection is refused when there are any).
    QList<QSslError> sslErrors() const { return m_sslErrors; }
    // The server's certificate on an encrypted connection; null otherwise.
    QSslCertificate peerCertificate() const {
        return m_socket.sslConfiguration().peerCertificate();
    }
    // Whether anything at all (reply or event) has arrived from the server.
    bool receivedAnything() const { return m_framesReceived > 0; }
    void close();
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    // Sends a request and waits for its reply; returns {} on timeout.
    QJsonObject request(const QString &type, const QJsonObject &params = {}, int timeoutMs = 10000);
    // Sends a request without waiting; returns its id. Collect the reply with waitForReply().
    qint64 send(const QString &type, const QJsonObject &params = {});
    QJsonObject waitForReply(qint64 id, int timeoutMs = 10000);
    // Raw frames, for bad-input tests; waitForAnyReply() returns the next reply frame.
    void sendRawText(const QString &text);
    void sendRawBinary(const QByteArray &bytes);
    QJsonObject waitForAnyReply(int timeoutMs = 5000);

    QJsonObject login(const QString &username, const QString &password);

    // Waits until an event with that name has arrived (consumed in order) and returns it.
    QJsonObject waitForEvent(const QString &name, int timeoutMs = 5000);
    QList<Event> events() const { return m_events; }
    int eventCount(const QString &name) const;
    void clearEvents() {
        m_events.clear();
        m_eventCursor = 0;
    }
    // Time the last reply to id arrived, on the shared monotonic clock.
    qint64 replyTimeMs(qint64 id) const { return m_replyTimes.value(id, -1); }

    int closeCode() const { return m_socket.closeCode(); }
    bool waitForDisconnected(int timeoutMs = 5000);
    static qint64 nowMs();

private:
    void onText(const QString &text);
    bool waitUntil(const std::function<bool()> &condition, int timeoutMs);

    QWebSocket m_socket;
    qint64 m_nextId = 1;
    QHash<qint64, QJsonObject> m_replies;
    QHash<qint64, qint64> m_replyTimes;
    QList<QJsonObject> m_nullReplies;
    QList<Event> m_events;
    int m_eventCursor = 0;
    QList<QSslError> m_sslErrors;
    qint64 m_framesReceived = 0;
};
