// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TlsTrust.h"

#include <QDialog>

class Connection;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class SecurityLabel;

// Server address, username and password; remembers the server and username for next time.
// Offers the server IT configured (ClientSettings) until the teacher has used one, and says
// whether the connection is encrypted.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(Connection *connection, QWidget *parent = nullptr);

    void setServer(const QString &server);
    void setUsername(const QString &username);
    void setPassword(const QString &password);
    // The school CA to trust (--ca); otherwise the connection's current one, else the setting.
    void setCaFile(const QString &caFile);
    QString server() const;
    QString securityText() const;
    QString errorText() const;
    // Why the teacher must log in (again), shown where errors go.
    void showReason(const QString &reason);
    void logIn();
    // "host:port" or "host" (both meaning wss://), or a full wss:// or ws:// address, as a
    // WebSocket URL.
    static QUrl serverUrl(const QString &text);

private:
    void setBusy(bool busy);
    void showError(const QString &text);
    // The trust for a wss:// login; invalid (with its error) when the CA file cannot be used.
    TlsTrust loadTrust() const;

    Connection *m_connection;
    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    SecurityLabel *m_security;
    QLabel *m_error;
    QProgressBar *m_progress;
    QPushButton *m_logInButton;
    QString m_caFile;
};
