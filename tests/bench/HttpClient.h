// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpSocket>
#include <deque>
#include <functional>

// One keep-alive HTTP/1.1 connection, as a browser tab keeps to its web server: requests go
// out in order and their responses come back in order (Content-Length or chunked bodies).
// Reconnects by itself when the server has closed an idle connection. QNetworkAccessManager
// is not used because each instance runs its own thread; thousands of clients need to share
// the driver's few threads.
class HttpClient : public QObject {
    Q_OBJECT
public:
    struct Response {
        int status = 0; // 0: no response (error says why)
        QByteArray body;
        QString error;
    };
    using Handler = std::function<void(const Response &)>;

    HttpClient(QString host, quint16 port, QObject *parent = nullptr);

    // Opens the connection now (it also opens on demand); emits connected() or failed().
    void open();
    void abort();
    void send(const QByteArray &method, const QByteArray &target, const QByteArray &headers,
              const QByteArray &body, const Handler &handler);
    int pending() const { return int(m_waiting.size() + m_unsent.size()); }

signals:
    void connected();
    void failed(const QString &reason);

private:
    struct Request {
        QByteArray bytes;
        Handler handler;
    };
    void onReadyRead();
    bool takeResponse(Response *response);
    void failAll(const QString &reason);

    QString m_host;
    quint16 m_port;
    QTcpSocket m_socket;
    std::deque<Request> m_unsent;  // waiting for the connection
    std::deque<Request> m_waiting; // sent, waiting for their response
    QByteArray m_buffer;
    bool m_everConnected = false;
};
