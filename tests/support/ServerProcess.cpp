// SPDX-License-Identifier: GPL-3.0-or-later

#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

#include <cstdio>

namespace {
// In a sanitized build (scripts/test --sanitize) the server writes AddressSanitizer,
// UndefinedBehaviorSanitizer and ThreadSanitizer reports to its stderr and may well go on
// running (ThreadSanitizer) or die in a way the test does not look at: the test process is
// ended here so that a report in the server fails the test that caused it.
void failOnSanitizerReport(const QString &output) {
    static const QRegularExpression report(
        QStringLiteral("SUMMARY: \\w*Sanitizer|ERROR: \\w*Sanitizer|: runtime error: "));
    if (!output.contains(report))
        return;
    std::fprintf(stderr, "roomclaim-server's output:\n%s\n", qPrintable(output));
    std::fflush(stderr);
    qFatal("roomclaim-server reported a sanitizer error (output above)");
}

// The server built with the tests, or another copy of it named by ROOMCLAIM_TEST_SERVER_EXE
// (tests/packaging runs the one unpacked from the Debian package).
QString serverExecutable() {
    const QString other = qEnvironmentVariable("ROOMCLAIM_TEST_SERVER_EXE");
    return other.isEmpty() ? QStringLiteral(ROOMCLAIM_SERVER_EXE) : other;
}
} // namespace

ServerProcess::~ServerProcess() {
    stop();
}

bool ServerProcess::start(const QString &dbUrl, const QStringList &extraArgs, quint16 port) {
    failOnSanitizerReport(m_output);
    m_output.clear();
    m_process.setProgram(serverExecutable());
    m_process.setArguments(QStringList{QStringLiteral("--headless"), QStringLiteral("--db"), dbUrl,
                                       QStringLiteral("--listen"),
                                       QStringLiteral("127.0.0.1:%1").arg(port)} +
                           extraArgs);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1").arg(m_process.program());
        return false;
    }
    static const QRegularExpression listening(
        QStringLiteral("roomclaim-server: listening on 127\\.0\\.0\\.1:(\\d+)"));
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running && !m_process.bytesAvailable())
            break;
        m_process.waitForReadyRead(100);
        m_output += QString::fromUtf8(m_process.readAll());
        const QRegularExpressionMatch match = listening.match(m_output);
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            // Keep draining the log so the server never blocks on a full pipe.
            QObject::connect(&m_process, &QProcess::readyRead, &m_process,
                             [this] { m_output += QString::fromUtf8(m_process.readAll()); });
            return true;
        }
    }
    m_error = QStringLiteral("server did not start listening: ") + m_output;
    stop();
    return false;
}

void ServerProcess::stop() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    m_output += QString::fromUtf8(m_process.readAll());
    failOnSanitizerReport(m_output);
}

ServerProcess::Result ServerProcess::run(const QStringList &arguments, int timeoutMs) {
    QProcess process;
    process.start(serverExecutable(), arguments);
    Result result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    failOnSanitizerReport(result.err);
    return result;
}
