// SPDX-License-Identifier: GPL-3.0-or-later

#include "RecordingProxy.h"

#include <utility>

namespace {
// Enough to recognise a TLS record header or an HTTP request line.
constexpr int OpeningBytes = 8;
} // namespace

RecordingProxy::RecordingProxy(quint16 targetPort, QObject *parent)
    : QObject(parent), m_targetPort(targetPort) {
    connect(&m_server, &QTcpServer::newConnection, this, &RecordingProxy::onNewConnection);
}

RecordingProxy::~RecordingProxy() {
    // Sockets closing while the members are torn down must not call back into this proxy.
    for (QTcpSocket *socket : std::as_const(m_sockets))
        socket->disconnect(this);
    m_sockets.clear();
}

bool RecordingProxy::listen() {
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void RecordingProxy::cutAll() {
    const QList<QTcpSocket *> sockets = std::exchange(m_sockets, {});
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

QList<QByteArray> RecordingProxy::openings() const {
    return m_openings;
}

bool RecordingProxy::isTlsHello(const QByteArray &opening) {
    return opening.size() >= 2 && opening.at(0) == 0x16 && opening.at(1) == 0x03;
}

bool RecordingProxy::isPlainHttp(const QByteArray &opening) {
    return opening.startsWith("GET ") || opening.startsWith("POST ") || opening.startsWith("HEAD ");
}

void RecordingProxy::onNewConnection() {
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *upstream = new QTcpSocket(this);
        const qsizetype index = m_openings.size();
        m_openings << QByteArray();
        m_sockets << client << upstream;
        // Recorded as soon as it arrives; forwarded once the upstream connection is ready (until
        // then the bytes wait in the client socket).
        connect(client, &QTcpSocket::readyRead, this, [this, client, index] {
            QByteArray &opening = m_openings[index];
            if (opening.size() < OpeningBytes)
                opening = client->peek(OpeningBytes);
        });
        auto forward = [client, upstream] {
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(client->readAll());
        };
        connect(client, &QTcpSocket::readyRead, upstream, forward);
        connect(upstream, &QTcpSocket::connected, client, forward);
        connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
        auto closeBoth = [this, client, upstream] {
            m_sockets.removeAll(client);
            m_sockets.removeAll(upstream);
            client->disconnectFromHost();
            upstream->disconnectFromHost();
            client->deleteLater();
            upstream->deleteLater();
        };
        connect(client, &QTcpSocket::disconnected, this, closeBoth);
        connect(upstream, &QTcpSocket::disconnected, this, closeBoth);
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}
