// SPDX-License-Identifier: GPL-3.0-or-later

// What the teacher sees when the server is wrong, gone or back: login errors, the offline
// banner, requests while offline, and a reconnect that brings fresh results by itself.
#include "ClientTestKit.h"
#include "Rfc3339.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTcpServer>
#include <QWebSocket>
#include <QWebSocketServer>
#include <memory>

using namespace ClientTestKit;

class tst_Connectivity : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void wrongPasswordIsExplained();
    void unreachableServerIsExplained();
    void wrongProtocolVersionIsExplained();
    void reconnectsByItselfWithFreshResults();

private:
    std::unique_ptr<TestDatabase> m_db;
    ServerProcess m_server;
};

void tst_Connectivity::initTestCase() {
    quietOffscreenNoise();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RoomClaimTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connectivity"));
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY2(m_server.start(m_db->url(), {QStringLiteral("--demo")}), qPrintable(m_server.error()));
}

void tst_Connectivity::cleanupTestCase() {
    m_server.stop();
}

void tst_Connectivity::wrongPasswordIsExplained() {
    Connection connection;
    const QString error =
        logInThroughDialog(&connection, QStringLiteral("ws://127.0.0.1:%1").arg(m_server.port()),
                           QStringLiteral("teacher.a"), QStringLiteral("not-the-password"));
    QCOMPARE(error, QStringLiteral("Wrong username or password. Please try again."));
    QVERIFY(!connection.isOnline());
}

void tst_Connectivity::unreachableServerIsExplained() {
    // A port that was free a moment ago and has nobody listening now.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    Connection connection;
    const QString error =
        logInThroughDialog(&connection, QStringLiteral("ws://127.0.0.1:%1").arg(port),
                           QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    QVERIFY2(error.startsWith(QLatin1String("Cannot reach the RoomClaim server")),
             qPrintable(error));
    QVERIFY2(error.contains(QString::number(port)), qPrintable(error));
    QCOMPARE(connection.state(), Connection::State::Offline);
}

void tst_Connectivity::wrongProtocolVersionIsExplained() {
    // A server from the future: it accepts the login but speaks protocol 2.
    QWebSocketServer future(QStringLiteral("future"), QWebSocketServer::NonSecureMode);
    QVERIFY(future.listen(QHostAddress::LocalHost, 0));
    int logins = 0;
    connect(&future, &QWebSocketServer::newConnection, this, [&] {
        QWebSocket *socket = future.nextPendingConnection();
        socket->setParent(&future); // the caller owns it: gone with the server, not leaked
        connect(socket, &QWebSocket::textMessageReceived, socket, [&, socket](const QString &text) {
            const QJsonObject request = QJsonDocument::fromJson(text.toUtf8()).object();
            if (request.value(QStringLiteral("type")).toString() != QLatin1String("login"))
                return;
            ++logins;
            const QJsonObject reply{
                {QStringLiteral("re"), request.value(QStringLiteral("id"))},
                {QStringLiteral("ok"), true},
                {QStringLiteral("protocol"), 2},
                {QStringLiteral("token"), QStringLiteral("future-token")},
                {QStringLiteral("teacher"),
                 QJsonObject{{QStringLiteral("id"), 1},
                             {QStringLiteral("username"), QStringLiteral("teacher.a")},
                             {QStringLiteral("name"), QStringLiteral("Teacher A")},
                             {QStringLiteral("role"), QStringLiteral("teacher")}}}};
            socket->sendTextMessage(
                QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact)));
        });
    });
    Connection connection;
    const QString error = logInThroughDialog(
        &connection, QStringLiteral("ws://127.0.0.1:%1").arg(future.serverPort()),
        QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    QCOMPARE(logins, 1);
    QVERIFY2(error.contains(QLatin1String("protocol version 2")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("needs version 1")), qPrintable(error));
    QCOMPARE(connection.state(), Connection::State::Offline);
}

void tst_Connectivity::reconnectsByItselfWithFreshResults() {
    // Its own server, so that stopping it leaves the suite's server alone. The colleague's
    // server runs from the start, so it cannot take this one's port while it is down.
    ServerProcess server;
    QVERIFY2(server.start(m_db->url()), qPrintable(server.error()));
    ServerProcess colleagueServer;
    QVERIFY2(colleagueServer.start(m_db->url()), qPrintable(colleagueServer.error()));

    Seat a;
    a.connection->setMaxBackoff(500);
    QVERIFY2(a.open(server.url(), QStringLiteral("teacher.a"), QStringLiteral("demo-a")),
             qPrintable(a.loginError));
    QVERIFY(a.showSearch(lessonDay(3), 1));
    const QStringList titles = cardTitles(*a.window);
    QVERIFY(titles.size() >= 2);
    const QString triedRoom = titles.at(0);
    const QString takenRoom = titles.at(1);
    QVERIFY(!a.window->offlineBanner()->isVisible());
    QVERIFY2(a.window->statusText().contains(QLatin1String("Connected")),
             qPrintable(a.window->statusText()));

    const quint16 port = server.port();
    server.stop();
    QVERIFY(QTest::qWaitFor([&] { return a.window->offlineBanner()->isVisible(); }, Patience));
    QVERIFY2(QTest::qWaitFor(
                 [&] { return a.window->statusText().contains(QLatin1String("Reconnecting")); },
                 Patience),
             qPrintable(a.window->statusText()));

    // A claim while offline fails with a clear word instead of hanging.
    QString why;
    ClaimDialog *dialog = openClaim(*a.window, triedRoom, &why);
    QVERIFY2(dialog, qPrintable(why));
    const QPointer<ClaimDialog> watch(dialog);
    typePurpose(dialog, QStringLiteral("7B Maths"));
    QVERIFY2(clickConfirm(dialog, &why), qPrintable(why));
    QVERIFY(QTest::qWaitFor([&] { return !watch || !watch->errorText().isEmpty(); }, Patience));
    QVERIFY2(watch && watch->isVisible(), "the claim dialog closed although the server was down");
    QCOMPARE(dialog->errorText(), QStringLiteral("You are offline — RoomClaim is reconnecting to "
                                                 "the server. Please try again in a moment."));
    QVERIFY2(click(dialog->findChild<QPushButton *>(QStringLiteral("cancelButton")), &why),
             qPrintable(why));
    QVERIFY(QTest::qWaitFor([&] { return !watch || !watch->isVisible(); }, Patience));
    QCOMPARE(m_db->scalar(QStringLiteral(
                              "SELECT count(*) FROM bookings b JOIN rooms r ON r.id = b.room_id "
                              "WHERE r.name = '%1'")
                              .arg(triedRoom))
                 .toInt(),
             0);

    // Meanwhile Teacher B books another of the shown rooms through another server.
    const Interval lesson = a.window->searchPanel()->criteria().interval;
    const qint64 takenId = cardFor(*a.window, takenRoom)->room().id;
    TestClient colleague;
    QVERIFY(colleague.open(colleagueServer.url()));
    QVERIFY(colleague.login(QStringLiteral("teacher.b"), QStringLiteral("demo-b"))
                .value(QStringLiteral("ok"))
                .toBool());
    const QJsonObject booked =
        colleague.request(QStringLiteral("confirmBooking"),
                          {{QStringLiteral("roomId"), takenId},
                           {QStringLiteral("start"), Rfc3339::formatLocal(lesson.start())},
                           {QStringLiteral("end"), Rfc3339::formatLocal(lesson.end())}});
    QVERIFY2(booked.value(QStringLiteral("ok")).toBool(),
             QJsonDocument(booked).toJson().constData());
    QTest::qWait(300);
    QVERIFY2(cardFor(*a.window, takenRoom), "the offline window cannot know of the booking yet");
    QVERIFY(a.window->offlineBanner()->isVisible());

    // Back on the same port: the client reconnects by itself and shows fresh results.
    const int searchesBefore = a.window->searchesCompleted();
    QVERIFY2(server.start(m_db->url(), {}, port), qPrintable(server.error()));
    QCOMPARE(server.port(), port);
    QVERIFY(QTest::qWaitFor([&] { return !a.window->offlineBanner()->isVisible(); }, Patience));
    QVERIFY2(
        QTest::qWaitFor([&] { return a.window->statusText().contains(QLatin1String("Connected")); },
                        Patience),
        qPrintable(a.window->statusText()));
    QVERIFY(a.connection->isOnline());
    QVERIFY(
        QTest::qWaitFor([&] { return a.window->searchesCompleted() > searchesBefore; }, Patience));
    QVERIFY2(!cardFor(*a.window, takenRoom),
             qPrintable(cardTitles(*a.window).join(QLatin1Char('|'))));
    QVERIFY(cardFor(*a.window, triedRoom));
    QCOMPARE(a.window->searchPanel()->criteria().interval, lesson);
    QVERIFY(hasToast(*a.window, QStringLiteral("Back online")));

    // And it works again: the claim goes through now.
    dialog = openClaim(*a.window, triedRoom, &why);
    QVERIFY2(dialog, qPrintable(why));
    const QPointer<ClaimDialog> again(dialog);
    QVERIFY2(clickConfirm(dialog, &why), qPrintable(why));
    QVERIFY(QTest::qWaitFor(
        [&] { return !again || !again->isVisible() || !again->errorText().isEmpty(); }, Patience));
    QVERIFY2(!again || !again->isVisible(), qPrintable(again ? again->errorText() : QString()));
    QVERIFY(bookingRow(*a.window, triedRoom));
}

QTEST_MAIN(tst_Connectivity)
#include "tst_connectivity.moc"
