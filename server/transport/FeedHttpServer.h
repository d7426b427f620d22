// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QTcpServer>
#include <optional>

#ifndef QT_NO_SSL
#include <QSslConfiguration>
#endif

class QThreadPool;

// The calendar feed's small HTTP/1.1 server, run by roomclaim-server beside the WebSocket port.
//
// Why a QTcpServer handler and not Qt HttpServer: Qt 6.4's QHttpServer is a technology preview
// with no way to bound the request line or the headers, no read timeout for slow or silent
// clients, and route handlers that run on the thread serving the sockets. The feed needs exactly
// those limits and needs its database work on the worker pool, and it serves one kind of GET, so
// the whole protocol it speaks fits in FeedHttpConnection without a new dependency.
//
// Every connection answers one request and closes (Connection: close). Limits: request line
// and headers at most MaxHeadBytes (414 for a longer line, 431 for longer headers), a complete
// request within RequestTimeoutMs (else 408), at most MaxConnections at once (more are closed
// at once).
class FeedHttpServer : public QTcpServer {
    Q_OBJECT
public:
    static constexpr int MaxHeadBytes = 8 * 1024;
    static constexpr int RequestTimeoutMs = 5000;
    static constexpr int MaxConnections = 256;

    // uidHost: the host in each event's UID (stable whichever address a client used).
    FeedHttpServer(QThreadPool *workers, const QString &uidHost, QObject *parent = nullptr);

#ifndef QT_NO_SSL
    // With a configuration, every connection speaks HTTPS only.
    void setSslConfiguration(const QSslConfiguration &configuration);
#endif
    bool isSecure() const;
    int connectionCount() const {
        return m_connections;
    }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void serve(QTcpSocket *socket);

    QThreadPool *m_workers;
    QString m_uidHost;
    int m_connections = 0;
#ifndef QT_NO_SSL
    std::optional<QSslConfiguration> m_ssl;
#endif
};
