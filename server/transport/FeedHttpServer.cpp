// SPDX-License-Identifier: GPL-3.0-or-later

#include "FeedHttpServer.h"

#include "FeedHttpConnection.h"

#include <QLoggingCategory>
#include <QTcpSocket>

#ifndef QT_NO_SSL
#include <QSslSocket>
#endif

Q_LOGGING_CATEGORY(lcFeed, "roomclaim.feed")

FeedHttpServer::FeedHttpServer(QThreadPool *workers, const QString &uidHost, QObject *parent)
    : QTcpServer(parent), m_workers(workers), m_uidHost(uidHost) {
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection())
            serve(socket);
    });
}

#ifndef QT_NO_SSL
void FeedHttpServer::setSslConfiguration(const QSslConfiguration &configuration) {
    m_ssl = configuration;
}
#endif

bool FeedHttpServer::isSecure() const {
#ifndef QT_NO_SSL
    return m_ssl.has_value();
#else
    return false;
#endif
}

void FeedHttpServer::incomingConnection(qintptr descriptor) {
    QTcpSocket *socket = nullptr;
#ifndef QT_NO_SSL
    if (m_ssl) {
        auto *secure = new QSslSocket(this);
        secure->setSslConfiguration(*m_ssl);
        if (!secure->setSocketDescriptor(descriptor)) {
            delete secure;
            return;
        }
        secure->startServerEncryption();
        socket = secure;
    }
#endif
    if (!socket) {
        socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
    }
    addPendingConnection(socket);
}

void FeedHttpServer::serve(QTcpSocket *socket) {
    if (m_connections >= MaxConnections) {
        qCWarning(lcFeed).noquote() << "refused a feed connection from"
                                    << socket->peerAddress().toString() << "(too many at once)";
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_connections;
    auto *connection = new FeedHttpConnection(socket, m_workers, m_uidHost, this);
    connect(connection, &QObject::destroyed, this, [this] { --m_connections; });
}
