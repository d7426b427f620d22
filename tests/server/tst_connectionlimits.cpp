// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReplyChecks.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QSqlDatabase>
#include <QTcpSocket>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <vector>

// Connections that hold a place without using it (docs/security.md, "One client must not hurt
// everyone"): the login timeout and the connection limits, against the real server executable
// with the demo school, over real WebSocket and raw TCP connections from loopback addresses.
class tst_ConnectionLimits : public QObject {
    Q_OBJECT
private slots:
    void cleanup();

    void silentConnectionsAreClosed();
    void connectionLimitsRefuseTheNextConnection();
    void idleFloodFromOneAddressLeavesRoomForTeachers();

private:
    void startServer(const QStringList &arguments = {});
    std::unique_ptr<TestClient> loggedIn(const QString &username, const QString &password);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
};

void tst_ConnectionLimits::startServer(const QStringList &arguments) {
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(m_db->url(), QStringList{QStringLiteral("--demo")} + arguments),
             qPrintable(m_server->error()));
}

void tst_ConnectionLimits::cleanup() {
    if (QTest::currentTestFailed() && m_server)
        qWarning().noquote() << "server log:\n" << m_server->output().right(4000);
    m_server.reset();
    if (QSqlDatabase::contains(QStringLiteral("test-db")))
        QSqlDatabase::database(QStringLiteral("test-db"), false).close();
    m_db.reset();
}

std::unique_ptr<TestClient> tst_ConnectionLimits::loggedIn(const QString &username,
                                                           const QString &password) {
    auto client = std::make_unique<TestClient>();
    if (!client->open(m_server->url()))
        return nullptr;
    if (!client->login(username, password).value(QStringLiteral("ok")).toBool())
        return nullptr;
    return client;
}

void tst_ConnectionLimits::silentConnectionsAreClosed() {
    startServer({QStringLiteral("--login-timeout"), QStringLiteral("2")});
    TestClient silent;
    QVERIFY(silent.open(m_server->url()));
    QTcpSocket noHandshake;
    noHandshake.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(noHandshake.waitForConnected(5000));
    const auto teacher = loggedIn(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    QVERIFY(teacher);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(silent.waitForDisconnected(6000));
    QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(silent.closeCode(), 1008);
    QTRY_COMPARE_WITH_TIMEOUT(noHandshake.state(), QAbstractSocket::UnconnectedState, 6000);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_server->output().contains(QLatin1String("(not logged in within 2 s)")), 2000);
    QVERIFY(m_server->output().contains(QLatin1String("(no WebSocket handshake within 2 s)")));
    // Whoever logged in stays.
    QTest::qWait(1000);
    QVERIFY(teacher->isOpen());
    VERIFY_OK(teacher->request(QStringLiteral("listRooms")));
}

void tst_ConnectionLimits::connectionLimitsRefuseTheNextConnection() {
    startServer({QStringLiteral("--max-connections"), QStringLiteral("5"),
                 QStringLiteral("--max-connections-per-address"), QStringLiteral("3")});
    auto connectFrom = [this](const QString &source) {
        auto socket = std::make_unique<QTcpSocket>();
        if (!socket->bind(QHostAddress(source)))
            return std::unique_ptr<QTcpSocket>();
        socket->connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
        return socket->waitForConnected(5000) ? std::move(socket) : nullptr;
    };
    // Refused at once: the server closes the connection without a word.
    auto refused = [](QTcpSocket &socket) {
        return socket.waitForReadyRead(2000) ? false
                                             : socket.state() == QAbstractSocket::UnconnectedState;
    };
    std::vector<std::unique_ptr<QTcpSocket>> open;
    for (int i = 0; i < 3; ++i) {
        open.push_back(connectFrom(QStringLiteral("127.0.0.1")));
        QVERIFY(open.back());
    }
    auto fourth = connectFrom(QStringLiteral("127.0.0.1"));
    QVERIFY(fourth);
    QVERIFY(refused(*fourth));
    QTRY_VERIFY(m_server->output().contains(
        QLatin1String("refused a connection from 127.0.0.1: the limit of 3 connections from one "
                      "address")));
    for (int i = 0; i < 2; ++i) {
        open.push_back(connectFrom(QStringLiteral("127.0.0.2")));
        QVERIFY(open.back());
    }
    // Five in all: a sixth is refused whoever it comes from (the next log line after five
    // seconds, so that a flood of refusals cannot flood the log).
    QTest::qWait(5100);
    auto sixth = connectFrom(QStringLiteral("127.0.0.3"));
    QVERIFY(sixth);
    QVERIFY(refused(*sixth));
    QTRY_VERIFY(m_server->output().contains(
        QLatin1String("refused a connection from 127.0.0.3: the limit of 5 connections in all")));
    // A closed connection makes room again, and a real client gets in.
    open.front()->abort();
    open.erase(open.begin());
    QTest::qWait(300);
    TestClient client;
    QVERIFY(client.open(m_server->url()));
    VERIFY_OK(client.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a")));
}

void tst_ConnectionLimits::idleFloodFromOneAddressLeavesRoomForTeachers() {
    startServer();
    // The default limits: 50 connections from one address (800 in all).
    std::vector<std::unique_ptr<QTcpSocket>> flood;
    for (int i = 0; i < 300; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QVERIFY(socket->bind(QHostAddress(QStringLiteral("127.0.0.2"))));
        socket->connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
        QVERIFY(socket->waitForConnected(5000));
        flood.push_back(std::move(socket));
    }
    QTest::qWait(1000);
    const auto held = std::count_if(flood.begin(), flood.end(), [](const auto &socket) {
        return socket->state() == QAbstractSocket::ConnectedState;
    });
    QElapsedTimer timer;
    timer.start();
    TestClient teacher;
    QVERIFY(teacher.open(m_server->url()));
    VERIFY_OK(teacher.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a")));
    const qint64 loginMs = timer.elapsed();
    qInfo().noquote() << QStringLiteral("300 idle connections from one address: %1 held by the "
                                        "server, %2 refused at once; another teacher connected "
                                        "and logged in in %3 ms")
                             .arg(held)
                             .arg(qsizetype(flood.size()) - held)
                             .arg(loginMs);
    QCOMPARE(held, 50);
    QVERIFY(m_server->output().contains(
        QLatin1String("refused a connection from 127.0.0.2: the limit of 50 connections from one "
                      "address")));
}

QTEST_GUILESS_MAIN(tst_ConnectionLimits)
#include "tst_connectionlimits.moc"
