// SPDX-License-Identifier: GPL-3.0-or-later

#include "ConnectionListener.h"

#include <QSslSocket>

ConnectionListener::ConnectionListener(QObject *parent) : QTcpServer(parent) {}

void ConnectionListener::setSslConfiguration(const QSslConfiguration &configuration) {
    m_ssl = configuration;
}

void ConnectionListener::incomingConnection(qintptr descriptor) {
    if (!m_ssl) {
        QTcpServer::incomingConnection(descriptor);
        return;
    }
    auto *socket = new QSslSocket(this);
    socket->setSslConfiguration(*m_ssl);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    addPendingConnection(socket);
}
