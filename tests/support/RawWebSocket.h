// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>
#include <QTcpSocket>

// A WebSocket client written by hand on a raw QTcpSocket, for tests of clients that misbehave:
// frames sent without a QWebSocket, and a connection that never reads what it is sent.

// A masked client text frame (RFC 6455 section 5), written by hand so that a test can send
// without ever reading.
inline QByteArray clientFrame(const QByteArray &payload) {
    QByteArray frame;
    frame.append(char(0x81));
    const qint64 size = payload.size();
    if (size < 126) {
        frame.append(char(0x80 | size));
    } else if (size < 65536) {
        frame.append(char(0x80 | 126));
        frame.append(char(size >> 8));
        frame.append(char(size & 0xff));
    } else {
        frame.append(char(0x80 | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((size >> shift) & 0xff));
    }
    const quint32 key = QRandomGenerator::global()->generate();
    const char mask[4] = {char(key >> 24), char(key >> 16), char(key >> 8), char(key)};
    frame.append(mask, 4);
    for (qint64 i = 0; i < size; ++i)
        frame.append(char(payload.at(i) ^ mask[i % 4]));
    return frame;
}

inline QByteArray requestFrame(qint64 id, const QString &type, QJsonObject params) {
    params.insert(QStringLiteral("id"), id);
    params.insert(QStringLiteral("type"), type);
    return clientFrame(QJsonDocument(params).toJson(QJsonDocument::Compact));
}

// A raw TCP connection that completes the WebSocket handshake, then keeps at most a few bytes
// of what the server sends: the rest stays in the kernel and then in the server.
inline bool openNeverReading(QTcpSocket &socket, quint16 port) {
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return false;
    socket.write(QStringLiteral("GET / HTTP/1.1\r\nHost: 127.0.0.1:%1\r\nUpgrade: websocket\r\n"
                                "Connection: Upgrade\r\nSec-WebSocket-Key: "
                                "dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                     .arg(port)
                     .toLatin1());
    QByteArray response;
    while (!response.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
        response += socket.read(4096 - response.size());
    socket.setReadBufferSize(16);
    return response.startsWith("HTTP/1.1 101");
}
