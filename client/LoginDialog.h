#pragma once

#include <QDialog>

class Connection;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// Server address, username and password; remembers the server and username for next time.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(Connection *connection, QWidget *parent = nullptr);

    void setServer(const QString &server);
    void setUsername(const QString &username);
    void setPassword(const QString &password);
    QString errorText() const;
    // Why the teacher must log in (again), shown where errors go.
    void showReason(const QString &reason);
    void logIn();
    // "host:port", "host" or a full ws:// address, as a WebSocket URL.
    static QUrl serverUrl(const QString &text);

private:
    void setBusy(bool busy);

    Connection *m_connection;
    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_error;
    QProgressBar *m_progress;
    QPushButton *m_logInButton;
};
