// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// The real roomclaim-server executable, started headless on a free loopback port.
class ServerProcess {
public:
    ServerProcess() = default;
    ~ServerProcess();

    // Starts `roomclaim-server --headless --db dbUrl --listen 127.0.0.1:<port> extraArgs` and
    // waits until it listens. port 0 lets the server choose. Returns false with error() set.
    bool start(const QString &dbUrl, const QStringList &extraArgs = {}, quint16 port = 0);
    void stop();
    // Runs the executable to completion (for --migrate, imports, bad options).
    struct Result {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Result run(const QStringList &arguments, int timeoutMs = 60000);

    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1/").arg(m_port); }
    // For a server started with --tls-cert/--tls-key; `host` is what the certificate is checked
    // against (it must resolve to 127.0.0.1).
    QString secureUrl(const QString &host = QStringLiteral("127.0.0.1")) const {
        return QStringLiteral("wss://%1:%2/").arg(host).arg(m_port);
    }
    const QString &error() const { return m_error; }
    QString output() const { return m_output; }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    // The operating system's id of the server process (0 when not running), e.g. for /proc.
    qint64 processId() const { return m_process.processId(); }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
    QString m_output;
};
