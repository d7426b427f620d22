// SPDX-License-Identifier: GPL-3.0-or-later

#include "HttpClient.h"

#include <QList>

HttpClient::HttpClient(QString host, quint16 port, QObject *parent)
    : QObject(parent), m_host(std::move(host)), m_port(port) {
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        m_everConnected = true;
        while (!m_unsent.empty()) {
            m_socket.write(m_unsent.front().bytes);
            m_waiting.push_back(std::move(m_unsent.front()));
            m_unsent.pop_front();
        }
        emit connected();
    });
    connect(&m_socket, &QTcpSocket::readyRead, this, &HttpClient::onReadyRead);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket.error() == QAbstractSocket::RemoteHostClosedError && m_waiting.empty() &&
            m_unsent.empty())
            return; // an idle keep-alive connection the server closed: reopened on demand
        const QString reason = m_socket.errorString();
        if (!m_everConnected)
            emit failed(reason);
        failAll(reason);
    });
}

void HttpClient::open() {
    if (m_socket.state() == QAbstractSocket::UnconnectedState) {
        m_buffer.clear();
        m_socket.connectToHost(m_host, m_port);
    }
}

void HttpClient::abort() {
    m_unsent.clear();
    m_waiting.clear();
    m_socket.abort();
}

void HttpClient::send(const QByteArray &method, const QByteArray &target, const QByteArray &headers,
                      const QByteArray &body, const Handler &handler) {
    QByteArray bytes = method + ' ' + target + " HTTP/1.1\r\nHost: " + m_host.toLatin1() + ':' +
                       QByteArray::number(m_port) + "\r\nConnection: keep-alive\r\n" + headers;
    if (!body.isEmpty() || method == "POST")
        bytes +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    bytes += "\r\n" + body;
    if (m_socket.state() == QAbstractSocket::ConnectedState) {
        m_socket.write(bytes);
        m_waiting.push_back({bytes, handler});
        return;
    }
    m_unsent.push_back({bytes, handler});
    open();
}

void HttpClient::failAll(const QString &reason) {
    std::deque<Request> lost;
    lost.swap(m_waiting);
    for (Request &request : m_unsent)
        lost.push_back(std::move(request));
    m_unsent.clear();
    Response response;
    response.error = reason;
    for (const Request &request : lost)
        if (request.handler)
            request.handler(response);
}

void HttpClient::onReadyRead() {
    m_buffer += m_socket.readAll();
    Response response;
    while (!m_waiting.empty() && takeResponse(&response)) {
        const Handler handler = std::move(m_waiting.front().handler);
        m_waiting.pop_front();
        if (handler)
            handler(response);
        response = Response();
    }
}

// Takes one complete response off the buffer; false when it has not all arrived yet.
bool HttpClient::takeResponse(Response *response) {
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).split(' ');
    qsizetype contentLength = -1;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed().toLower();
        if (line.startsWith("content-length:"))
            contentLength = line.mid(15).trimmed().toLongLong();
        else if (line.startsWith("transfer-encoding:") && line.contains("chunked"))
            chunked = true;
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (!chunked) {
        const qsizetype length = std::max<qsizetype>(0, contentLength);
        if (m_buffer.size() < bodyStart + length)
            return false;
        response->body = m_buffer.mid(bodyStart, length);
        m_buffer.remove(0, bodyStart + length);
    } else {
        QByteArray body;
        qsizetype at = bodyStart;
        for (;;) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", at);
            if (lineEnd < 0)
                return false;
            bool ok = false;
            const qsizetype size =
                m_buffer.mid(at, lineEnd - at).split(';').value(0).toLongLong(&ok, 16);
            if (!ok)
                return false;
            if (m_buffer.size() < lineEnd + 2 + size + 2)
                return false;
            if (size == 0) {
                at = lineEnd + 4; // the empty trailer
                break;
            }
            body += m_buffer.mid(lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        response->body = body;
        m_buffer.remove(0, at);
    }
    response->status = statusLine.value(1).toInt();
    return true;
}
