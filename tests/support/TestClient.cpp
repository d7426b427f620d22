// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestClient.h"

#include "MessageCodec.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

TestClient::TestClient(QObject *parent) : QObject(parent) {
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &TestClient::onText);
    connect(&m_socket, &QWebSocket::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
}

void TestClient::setTrustedCertificates(const QList<QSslCertificate> &authorities) {
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(authorities);
    m_socket.setSslConfiguration(configuration);
}

qint64 TestClient::nowMs() {
    static QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.elapsed();
}

bool TestClient::waitUntil(const std::function<bool()> &condition, int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        connect(&m_socket, &QWebSocket::textMessageReceived, &loop, &QEventLoop::quit);
        connect(&m_socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

bool TestClient::open(const QString &url, int timeoutMs) {
    m_sslErrors.clear();
    bool ended = false;
    const QMetaObject::Connection onEnd =
        connect(&m_socket, &QWebSocket::disconnected, this, [&ended] { ended = true; });
    m_socket.open(QUrl(url));
    // A refused connection or TLS handshake ends the wait at once.
    waitUntil(
        [this, &ended] {
            return m_socket.state() == QAbstractSocket::ConnectedState || ended ||
                   !m_sslErrors.isEmpty();
        },
        timeoutMs);
    disconnect(onEnd);
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

void TestClient::close() {
    m_socket.close();
    waitForDisconnected(2000);
}

bool TestClient::waitForDisconnected(int timeoutMs) {
    return waitUntil([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; },
                     timeoutMs);
}

qint64 TestClient::send(const QString &type, const QJsonObject &params) {
    const qint64 id = m_nextId++;
    m_socket.sendTextMessage(QString::fromUtf8(MessageCodec::encodeRequest(id, type, params)));
    return id;
}

QJsonObject TestClient::waitForReply(qint64 id, int timeoutMs) {
    waitUntil([this, id] { return m_replies.contains(id); }, timeoutMs);
    return m_replies.take(id);
}

QJsonObject TestClient::request(const QString &type, const QJsonObject &params, int timeoutMs) {
    return waitForReply(send(type, params), timeoutMs);
}

void TestClient::sendRawText(const QString &text) {
    m_socket.sendTextMessage(text);
}

void TestClient::sendRawBinary(const QByteArray &bytes) {
    m_socket.sendBinaryMessage(bytes);
}

QJsonObject TestClient::waitForAnyReply(int timeoutMs) {
    waitUntil([this] { return !m_nullReplies.isEmpty() || !m_replies.isEmpty(); }, timeoutMs);
    if (!m_nullReplies.isEmpty())
        return m_nullReplies.takeFirst();
    if (!m_replies.isEmpty()) {
        const qint64 id = m_replies.begin().key();
        return m_replies.take(id);
    }
    return {};
}

QJsonObject TestClient::login(const QString &username, const QString &password) {
    return request(QStringLiteral("login"), {{QStringLiteral("username"), username},
                                             {QStringLiteral("password"), password}});
}

QJsonObject TestClient::waitForEvent(const QString &name, int timeoutMs) {
    QJsonObject found;
    waitUntil(
        [&] {
            for (; m_eventCursor < m_events.size(); ++m_eventCursor) {
                if (m_events.at(m_eventCursor).frame.value(QStringLiteral("event")).toString() ==
                    name) {
                    found = m_events.at(m_eventCursor++).frame;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

int TestClient::eventCount(const QString &name) const {
    int count = 0;
    for (const Event &event : m_events)
        count += event.frame.value(QStringLiteral("event")).toString() == name;
    return count;
}

void TestClient::onText(const QString &text) {
    ++m_framesReceived;
    QJsonObject frame;
    if (!MessageCodec::parseObject(text.toUtf8(), &frame))
        return;
    if (frame.contains(QStringLiteral("event"))) {
        m_events.append({frame, nowMs()});
    } else if (frame.value(QStringLiteral("re")).isDouble()) {
        const qint64 id = frame.value(QStringLiteral("re")).toInteger();
        m_replies.insert(id, frame);
        m_replyTimes.insert(id, nowMs());
    } else {
        m_nullReplies.append(frame);
    }
}
