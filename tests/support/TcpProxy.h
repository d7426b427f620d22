// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <memory>

// Forwards loopback TCP connections to a target, and can cut them all to simulate a database
// that went away (and came back), without touching the real PostgreSQL.
class TcpProxy : public QObject {
    Q_OBJECT
public:
    TcpProxy(QString targetHost, quint16 targetPort, QObject *parent = nullptr);
    ~TcpProxy() override;

    bool listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    // Connects to the target from this local address (e.g. 127.0.0.2, so the target sees
    // another client address).
    void setSourceAddress(const QHostAddress &address) { m_source = address; }
    // Drops every connection and refuses new ones until resume().
    void cut();
    void resume();
    // Keeps every connection open but forwards nothing more on it: a half-open link, no error,
    // only silence. Connections made until resume() are silent as well; those already silent
    // stay so. With onlyReplies, what the client sends still arrives and only what the target
    // answers is lost (a reply lost after the server acted on the request).
    void blackHole(bool onlyReplies = false);

private:
    void onNewConnection();

    QTcpServer m_server;
    QString m_targetHost;
    quint16 m_targetPort;
    quint16 m_port = 0;
    QHostAddress m_source;
    bool m_cut = false;
    QList<QTcpSocket *> m_sockets;
    // What each connection (by its client socket) still forwards; new ones get m_newSilence.
    enum Silence { Forwarding, RepliesLost, Silent };
    QHash<QTcpSocket *, std::shared_ptr<Silence>> m_silence;
    Silence m_newSilence = Forwarding;
};
