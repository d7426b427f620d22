// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

// Forwards loopback TCP connections to a target port and records how each connection opened
// (the client's first bytes), so a test can tell a TLS hello from a plain-text HTTP request:
// proof that a client never fell back to ws://. The target can be switched, and every open
// connection cut, to make a connected client reconnect to another server.
class RecordingProxy : public QObject {
    Q_OBJECT
public:
    explicit RecordingProxy(quint16 targetPort, QObject *parent = nullptr);
    ~RecordingProxy() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    // New connections go to targetPort from now on; open ones stay where they are.
    void setTargetPort(quint16 targetPort) { m_targetPort = targetPort; }
    // Drops every open connection (the listening socket stays).
    void cutAll();

    // The first bytes each connection sent, in the order the connections arrived.
    QList<QByteArray> openings() const;
    int connectionCount() const { return int(m_openings.size()); }
    // A TLS handshake record (content type 22, version 3.x): what a wss:// client sends first.
    static bool isTlsHello(const QByteArray &opening);
    // A plain HTTP request: what a ws:// client sends first.
    static bool isPlainHttp(const QByteArray &opening);

private:
    void onNewConnection();

    QTcpServer m_server;
    quint16 m_targetPort;
    QList<QTcpSocket *> m_sockets;
    QList<QByteArray> m_openings;
};
