// SPDX-License-Identifier: GPL-3.0-or-later

#include "TcpProxy.h"

#include <utility>

TcpProxy::TcpProxy(QString targetHost, quint16 targetPort, QObject *parent)
    : QObject(parent), m_targetHost(std::move(targetHost)), m_targetPort(targetPort) {
    connect(&m_server, &QTcpServer::newConnection, this, &TcpProxy::onNewConnection);
}

TcpProxy::~TcpProxy() {
    // Sockets closing while the members are torn down must not call back into this proxy.
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
        socket->disconnect(this);
    for (QTcpSocket *socket : findChildren<QTcpSocket *>())
        socket->disconnect(this);
    m_sockets.clear();
}

bool TcpProxy::listen(quint16 port) {
    if (!m_server.listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

void TcpProxy::cut() {
    m_cut = true;
    m_server.close();
    const QList<QTcpSocket *> sockets = std::exchange(m_sockets, {});
    for (QTcpSocket *socket : sockets) {
        socket->abort();
        socket->deleteLater();
    }
}

void TcpProxy::blackHole(bool onlyReplies) {
    m_newSilence = onlyReplies ? RepliesLost : Silent;
    for (const std::shared_ptr<Silence> &silence : std::as_const(m_silence))
        *silence = m_newSilence;
}

void TcpProxy::resume() {
    m_cut = false;
    m_newSilence = Forwarding;
    if (!m_server.isListening()) // after blackHole() it still is
        m_server.listen(QHostAddress::LocalHost, m_port);
}

void TcpProxy::onNewConnection() {
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        if (m_cut) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto *upstream = new QTcpSocket(this);
        m_sockets << client << upstream;
        const auto silence = std::make_shared<Silence>(m_newSilence);
        m_silence.insert(client, silence);
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream, silence] {
            if (*silence == Silent)
                client->readAll(); // swallowed
            else if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::connected, client, [client, upstream, silence] {
            if (*silence != Silent)
                upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::readyRead, client, [client, upstream, silence] {
            if (*silence == Forwarding)
                client->write(upstream->readAll());
            else
                upstream->readAll(); // swallowed
        });
        auto closeBoth = [this, client, upstream] {
            m_silence.remove(client);
            m_sockets.removeAll(client);
            m_sockets.removeAll(upstream);
            client->disconnectFromHost();
            upstream->disconnectFromHost();
            client->deleteLater();
            upstream->deleteLater();
        };
        connect(client, &QTcpSocket::disconnected, this, closeBoth);
        connect(upstream, &QTcpSocket::disconnected, this, closeBoth);
        if (!m_source.isNull())
            upstream->bind(m_source);
        upstream->connectToHost(m_targetHost, m_targetPort);
    }
}
