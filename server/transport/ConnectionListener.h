// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSslConfiguration>
#include <QTcpServer>
#include <optional>

// The WebSocket port's listener. With TLS it hands over each accepted connection as a QSslSocket
// that has not started its handshake yet: RoomClaimServer applies the connection limits first,
// so a refused connection costs no TLS handshake, and the handshake counts against the same
// timeout as the WebSocket handshake and the login.
class ConnectionListener : public QTcpServer {
    Q_OBJECT
public:
    explicit ConnectionListener(QObject *parent = nullptr);

    void setSslConfiguration(const QSslConfiguration &configuration);
    bool isSecure() const { return m_ssl.has_value(); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    std::optional<QSslConfiguration> m_ssl;
};
