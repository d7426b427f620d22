// SPDX-License-Identifier: GPL-3.0-or-later

#include "CertificateFactory.h"
#include "RawWebSocket.h"
#include "ReplyChecks.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

// Transport security (docs/security.md, "Transport security"), server side: the real server
// executable with --tls-cert/--tls-key, real PostgreSQL, real wss:// and HTTPS connections, and
// the certificates that --init-tls writes.
class tst_Tls : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void loginAndListRoomsOverWss();
    void configFileKeysTurnTlsOn();
    void plainServerSaysTlsOff();
    void clientTrustingAnotherCaIsRefused();
    void plainWebSocketHandshakeFails();
    void feedIsServedOverHttpsOnly();
    void expiredCertificateIsRefused();
    void badFilesStopTheStart_data();
    void badFilesStopTheStart();
    void unfinishedHandshakesAreClosed();
    void connectionLimitsApplyBeforeTheTlsHandshake();
    void neverReadingTlsClientIsCutOff();
    void initTlsCertificatesWork();
    void initTlsNeverOverwrites();
    void initTlsRenewsWithTheSameCa();
    void initTlsUsageErrors();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static bool writeFile(const QString &path, const QByteArray &data);
    static QByteArray readFile(const QString &path);
    void startServer(const QStringList &arguments);
    QStringList tlsArguments(const QString &certificate = QStringLiteral("server.crt"),
                             const QString &key = QStringLiteral("server.key")) const;
    QList<QSslCertificate> authority(const QString &file = QStringLiteral("ca.crt")) const;
    std::unique_ptr<TestClient> trustingClient(const QString &url,
                                               const QList<QSslCertificate> &authorities);
    quint16 feedPort() const;
    static quint16 freePort();
    static int mode(const QString &path);

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    CertificatePair m_authority;
    CertificatePair m_serverPair;
};

bool tst_Tls::writeFile(const QString &path, const QByteArray &data) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

QByteArray tst_Tls::readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int tst_Tls::mode(const QString &path) {
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

quint16 tst_Tls::freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

void tst_Tls::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    m_authority = CertificateFactory::createAuthority(QStringLiteral("Test School CA"),
                                                      now.addSecs(-3600), now.addYears(1), &error);
    QVERIFY2(!m_authority.isNull(), qPrintable(error));
    m_serverPair = CertificateFactory::issueServer(
        m_authority, {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")}, now.addSecs(-3600),
        now.addDays(90), &error);
    QVERIFY2(!m_serverPair.isNull(), qPrintable(error));
    const CertificatePair other = CertificateFactory::createAuthority(
        QStringLiteral("Another School CA"), now.addSecs(-3600), now.addYears(1), &error);
    QVERIFY2(!other.isNull(), qPrintable(error));
    const CertificatePair otherServer = CertificateFactory::issueServer(
        other, {QStringLiteral("localhost")}, now.addSecs(-3600), now.addDays(90), &error);
    QVERIFY2(!otherServer.isNull(), qPrintable(error));
    const CertificatePair expired = CertificateFactory::issueServer(
        m_authority, {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")}, now.addDays(-60),
        now.addDays(-1), &error);
    QVERIFY2(!expired.isNull(), qPrintable(error));

    QVERIFY(writeFile(path(QStringLiteral("ca.crt")), m_authority.certificatePem));
    QVERIFY(writeFile(path(QStringLiteral("server.crt")), m_serverPair.certificatePem));
    QVERIFY(writeFile(path(QStringLiteral("server.key")), m_serverPair.privateKeyPem));
    QVERIFY(writeFile(path(QStringLiteral("other-ca.crt")), other.certificatePem));
    QVERIFY(writeFile(path(QStringLiteral("other.key")), otherServer.privateKeyPem));
    QVERIFY(writeFile(path(QStringLiteral("expired.crt")), expired.certificatePem));
    QVERIFY(writeFile(path(QStringLiteral("expired.key")), expired.privateKeyPem));
    QVERIFY(
        writeFile(path(QStringLiteral("garbage.pem")),
                  "-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n"));
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder.crt")));

    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
}

void tst_Tls::cleanup() {
    if (QTest::currentTestFailed() && m_server)
        qWarning().noquote() << "server log:\n" << m_server->output().right(4000);
    m_server.reset();
}

void tst_Tls::cleanupTestCase() {
    if (QSqlDatabase::contains(QStringLiteral("test-db")))
        QSqlDatabase::database(QStringLiteral("test-db"), false).close();
    m_db.reset();
}

QStringList tst_Tls::tlsArguments(const QString &certificate, const QString &key) const {
    return {QStringLiteral("--tls-cert"), path(certificate), QStringLiteral("--tls-key"),
            path(key)};
}

QList<QSslCertificate> tst_Tls::authority(const QString &file) const {
    return QSslCertificate::fromPath(path(file));
}

void tst_Tls::startServer(const QStringList &arguments) {
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(m_db->url(), QStringList{QStringLiteral("--demo")} + arguments),
             qPrintable(m_server->error()));
}

std::unique_ptr<TestClient> tst_Tls::trustingClient(const QString &url,
                                                    const QList<QSslCertificate> &authorities) {
    auto client = std::make_unique<TestClient>();
    client->setTrustedCertificates(authorities);
    if (!client->open(url)) {
        QStringList errors;
        for (const QSslError &error : client->sslErrors())
            errors << error.errorString();
        qWarning().noquote() << "cannot open" << url << errors.join(QStringLiteral("; "));
        return nullptr;
    }
    return client;
}

quint16 tst_Tls::feedPort() const {
    static const QRegularExpression feedLine(
        QStringLiteral("calendar feed at 127\\.0\\.0\\.1:(\\d+)"));
    return quint16(feedLine.match(m_server->output()).captured(1).toUInt());
}

void tst_Tls::loginAndListRoomsOverWss() {
    startServer(tlsArguments());
    const QString expiry = QDateTime::currentDateTimeUtc().addDays(90).date().toString(Qt::ISODate);
    QVERIFY2(m_server->output().contains(
                 QStringLiteral("roomclaim-server: TLS on (certificate for localhost, 127.0.0.1, "
                                "valid until %1)\n")
                     .arg(expiry)),
             qPrintable(m_server->output()));
    for (const QString &host : {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")}) {
        const auto client = trustingClient(m_server->secureUrl(host), authority());
        QVERIFY(client);
        QVERIFY(client->sslErrors().isEmpty());
        QCOMPARE(client->peerCertificate(), QSslCertificate(m_serverPair.certificatePem));
        VERIFY_OK(client->login(QStringLiteral("teacher.a"), QStringLiteral("demo-a")));
        const QJsonObject rooms = client->request(QStringLiteral("listRooms"));
        VERIFY_OK(rooms);
        QVERIFY(!rooms.value(QStringLiteral("rooms")).toArray().isEmpty());
    }
}

void tst_Tls::configFileKeysTurnTlsOn() {
    // Paths in the config file are relative to it, wherever the server is started from.
    const QString config = path(QStringLiteral("server.conf"));
    QVERIFY(writeFile(config, "[tls]\ncert=server.crt\nkey=server.key\n"));
    startServer({QStringLiteral("--config"), config});
    QVERIFY2(m_server->output().contains(QLatin1String("TLS on (certificate for localhost")),
             qPrintable(m_server->output()));
    const auto client = trustingClient(m_server->secureUrl(), authority());
    QVERIFY(client);
    VERIFY_OK(client->login(QStringLiteral("teacher.b"), QStringLiteral("demo-b")));
}

void tst_Tls::plainServerSaysTlsOff() {
    startServer({});
    QVERIFY2(m_server->output().contains(QLatin1String("roomclaim-server: TLS off\n")),
             qPrintable(m_server->output()));
    TestClient plain;
    QVERIFY(plain.open(m_server->url()));
    QVERIFY(plain.peerCertificate().isNull());
    // A wss:// client is told at once (not after the 15 s handshake timeout) that there is no
    // TLS here, and nothing is sent to it in plain text.
    TestClient secure;
    secure.setTrustedCertificates(authority());
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(!secure.open(m_server->secureUrl(), 10000));
    QVERIFY2(elapsed.elapsed() < 5000, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY(!secure.receivedAnything());
    QTRY_VERIFY(m_server->output().contains(
        QLatin1String("(it starts TLS, but this server runs without TLS: see --tls-cert)")));
    VERIFY_OK(plain.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a")));
}

void tst_Tls::clientTrustingAnotherCaIsRefused() {
    startServer(tlsArguments());
    TestClient client;
    client.setTrustedCertificates(authority(QStringLiteral("other-ca.crt")));
    QVERIFY(!client.open(m_server->secureUrl()));
    const QList<QSslError> errors = client.sslErrors();
    QVERIFY(!errors.isEmpty());
    QVERIFY2(std::any_of(errors.cbegin(), errors.cend(),
                         [](const QSslError &e) {
                             return e.error() == QSslError::UnableToGetLocalIssuerCertificate ||
                                    e.error() == QSslError::CertificateUntrusted;
                         }),
             qPrintable(errors.constFirst().errorString()));
    // Nothing goes over the refused connection, and nothing comes back.
    client.send(QStringLiteral("listRooms"));
    QTest::qWait(300);
    QVERIFY(!client.isOpen());
    QVERIFY(!client.receivedAnything());
    QTRY_VERIFY(m_server->output().contains(QLatin1String("TLS handshake failed")));
    // The server is unharmed for a client that trusts the right CA.
    QVERIFY(trustingClient(m_server->secureUrl(), authority()));
}

void tst_Tls::plainWebSocketHandshakeFails() {
    startServer(tlsArguments());
    TestClient plain;
    QVERIFY(!plain.open(m_server->url()));
    QVERIFY(!plain.receivedAnything());
    // Byte by byte: the HTTP upgrade request gets no HTTP answer at all.
    QTcpSocket raw;
    QVERIFY(!openNeverReading(raw, m_server->port()));
    QTRY_VERIFY(m_server->output().contains(QLatin1String("TLS handshake failed")));
    QVERIFY(trustingClient(m_server->secureUrl(), authority()));
}

void tst_Tls::feedIsServedOverHttpsOnly() {
    startServer(tlsArguments());
    const quint16 port = feedPort();
    QVERIFY2(port > 0, qPrintable(m_server->output()));
    const auto client = trustingClient(m_server->secureUrl(), authority());
    QVERIFY(client);
    VERIFY_OK(client->login(QStringLiteral("teacher.a"), QStringLiteral("demo-a")));
    const QJsonObject reply = client->request(QStringLiteral("calendarFeed"));
    VERIFY_OK(reply);
    const QString url = reply.value(QStringLiteral("url")).toString();
    QVERIFY2(url.startsWith(QStringLiteral("https://127.0.0.1:%1/feed/").arg(port)),
             qPrintable(url));

    const QByteArray request =
        "GET " + QUrl(url).path().toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    QSslSocket secure;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(authority());
    secure.setSslConfiguration(configuration);
    secure.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    QVERIFY2(secure.waitForEncrypted(10000), qPrintable(secure.errorString()));
    secure.write(request);
    QByteArray response;
    const QDeadlineTimer deadline(10000);
    while (secure.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        secure.waitForReadyRead(100);
        response += secure.readAll();
    }
    response += secure.readAll();
    QVERIFY2(response.startsWith("HTTP/1.1 200 OK\r\n"), response.left(200).constData());
    QVERIFY(response.contains("Content-Type: text/calendar"));
    QVERIFY(response.contains("\r\n\r\nBEGIN:VCALENDAR\r\n"));

    // The same request in plain HTTP gets no HTTP answer.
    QTcpSocket plain;
    plain.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(plain.waitForConnected(5000));
    plain.write(request);
    QByteArray plainResponse;
    const QDeadlineTimer plainDeadline(10000);
    while (plain.state() == QAbstractSocket::ConnectedState && !plainDeadline.hasExpired()) {
        plain.waitForReadyRead(100);
        plainResponse += plain.readAll();
    }
    QCOMPARE(plain.state(), QAbstractSocket::UnconnectedState);
    QVERIFY2(!plainResponse.contains("HTTP/1.") && !plainResponse.contains("VCALENDAR"),
             plainResponse.left(200).constData());
}

void tst_Tls::expiredCertificateIsRefused() {
    startServer(tlsArguments(QStringLiteral("expired.crt"), QStringLiteral("expired.key")));
    QVERIFY2(m_server->output().contains(QLatin1String("warning: the TLS certificate expired")),
             qPrintable(m_server->output()));
    TestClient client;
    client.setTrustedCertificates(authority());
    QVERIFY(!client.open(m_server->secureUrl()));
    QVERIFY(!client.sslErrors().isEmpty());
    QCOMPARE(client.sslErrors().constFirst().error(), QSslError::CertificateExpired);
    QVERIFY(!client.receivedAnything());
}

void tst_Tls::badFilesStopTheStart_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const auto both = [this](const QString &certificate, const QString &key) {
        return tlsArguments(certificate, key);
    };
    QTest::newRow("missing certificate")
        << both(QStringLiteral("absent.crt"), QStringLiteral("server.key"))
        << QStringLiteral("the TLS certificate file '%1' does not exist")
               .arg(path(QStringLiteral("absent.crt")));
    QTest::newRow("missing key") << both(QStringLiteral("server.crt"), QStringLiteral("absent.key"))
                                 << QStringLiteral("the TLS key file '%1' does not exist")
                                        .arg(path(QStringLiteral("absent.key")));
    QTest::newRow("unreadable certificate (a folder)")
        << both(QStringLiteral("folder.crt"), QStringLiteral("server.key"))
        << QStringLiteral("cannot read the TLS certificate file '%1'")
               .arg(path(QStringLiteral("folder.crt")));
    QTest::newRow("unreadable key (permissions)")
        << both(QStringLiteral("server.crt"), QStringLiteral("locked.key"))
        << QStringLiteral("cannot read the TLS key file '%1'")
               .arg(path(QStringLiteral("locked.key")));
    QTest::newRow("garbage certificate")
        << both(QStringLiteral("garbage.pem"), QStringLiteral("server.key"))
        << QStringLiteral("the TLS certificate file '%1' holds no PEM certificate")
               .arg(path(QStringLiteral("garbage.pem")));
    QTest::newRow("certificate as key")
        << both(QStringLiteral("server.crt"), QStringLiteral("server.crt"))
        << QStringLiteral("the TLS key file '%1' holds no PEM private key")
               .arg(path(QStringLiteral("server.crt")));
    QTest::newRow("key of another certificate")
        << both(QStringLiteral("server.crt"), QStringLiteral("other.key"))
        << QStringLiteral("the TLS key '%1' does not belong to the certificate '%2'")
               .arg(path(QStringLiteral("other.key")), path(QStringLiteral("server.crt")));
    QTest::newRow("certificate without key")
        << QStringList{QStringLiteral("--tls-cert"), path(QStringLiteral("server.crt"))}
        << QStringLiteral("--tls-cert needs --tls-key");
    QTest::newRow("key without certificate")
        << QStringList{QStringLiteral("--tls-key"), path(QStringLiteral("server.key"))}
        << QStringLiteral("--tls-key needs --tls-cert");
}

void tst_Tls::badFilesStopTheStart() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    if (QString::fromLatin1(QTest::currentDataTag()).contains(QLatin1String("permissions"))) {
        const QString locked = path(QStringLiteral("locked.key"));
        QVERIFY(writeFile(locked, m_serverPair.privateKeyPem));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
        if (QFileInfo(locked).isReadable())
            QSKIP("running as root: file permissions do not stop reading");
    }
    const quint16 port = freePort();
    const ServerProcess::Result result = ServerProcess::run(
        QStringList{QStringLiteral("--headless"), QStringLiteral("--db"), m_db->url(),
                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)} +
        arguments);
    QCOMPARE(result.exitCode, 1);
    const QStringList lines = result.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 1, qPrintable(result.err));
    QVERIFY2(lines.constFirst().startsWith(QStringLiteral("roomclaim-server: ") + expected),
             qPrintable(lines.constFirst()));
    QVERIFY2(!result.out.contains(QLatin1String("listening")), qPrintable(result.out));
    // Nothing listens on the port it was told to use.
    QTcpSocket probe;
    probe.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(!probe.waitForConnected(1000));
}

void tst_Tls::unfinishedHandshakesAreClosed() {
    startServer(tlsArguments() +
                QStringList{QStringLiteral("--login-timeout"), QStringLiteral("2")});
    QElapsedTimer elapsed;
    elapsed.start();
    // Connected, but never a TLS ClientHello.
    QTcpSocket silent;
    silent.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(silent.waitForConnected(5000));
    // TLS done, but never a WebSocket upgrade.
    QSslSocket encryptedOnly;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(authority());
    encryptedOnly.setSslConfiguration(configuration);
    encryptedOnly.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY2(encryptedOnly.waitForEncrypted(5000), qPrintable(encryptedOnly.errorString()));
    // WebSocket open, but never a login.
    const auto notLoggedIn = trustingClient(m_server->secureUrl(), authority());
    QVERIFY(notLoggedIn);

    QTRY_VERIFY_WITH_TIMEOUT(silent.state() == QAbstractSocket::UnconnectedState, 8000);
    QTRY_VERIFY_WITH_TIMEOUT(encryptedOnly.state() == QAbstractSocket::UnconnectedState, 8000);
    QVERIFY(notLoggedIn->waitForDisconnected(8000));
    QVERIFY2(elapsed.elapsed() >= 1900, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY2(m_server->output().contains(QLatin1String("(no TLS handshake within 2 s)")),
             qPrintable(m_server->output()));
    QVERIFY2(m_server->output().contains(QLatin1String("(no WebSocket handshake within 2 s)")),
             qPrintable(m_server->output()));
}

void tst_Tls::connectionLimitsApplyBeforeTheTlsHandshake() {
    startServer(tlsArguments() +
                QStringList{QStringLiteral("--max-connections-per-address"), QStringLiteral("2")});
    QTcpSocket first;
    QTcpSocket second;
    for (QTcpSocket *socket : {&first, &second}) {
        socket->connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
        QVERIFY(socket->waitForConnected(5000));
    }
    QTest::qWait(200); // both accepted and counted
    TestClient third;
    third.setTrustedCertificates(authority());
    QVERIFY(!third.open(m_server->secureUrl()));
    QTRY_VERIFY(m_server->output().contains(
        QLatin1String("refused a connection from 127.0.0.1: the limit of 2 connections from one "
                      "address")));
    // Refused before any TLS work: the refused client met no certificate at all.
    QVERIFY(third.peerCertificate().isNull());
    first.abort();
    second.abort();
    QTRY_VERIFY_WITH_TIMEOUT(trustingClient(m_server->secureUrl(), authority()) != nullptr, 5000);
}

void tst_Tls::neverReadingTlsClientIsCutOff() {
    // A small cap, so that the kernel's buffers do not hide it.
    const QString config = path(QStringLiteral("limits.conf"));
    QVERIFY(writeFile(config, "[limits]\nunsentBytes=262144\n"));
    startServer(tlsArguments() + QStringList{QStringLiteral("--config"), config});

    QSslSocket flood;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(authority());
    flood.setSslConfiguration(configuration);
    flood.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY2(flood.waitForEncrypted(5000), qPrintable(flood.errorString()));
    flood.write(QStringLiteral("GET / HTTP/1.1\r\nHost: 127.0.0.1:%1\r\nUpgrade: websocket\r\n"
                               "Connection: Upgrade\r\nSec-WebSocket-Key: "
                               "dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .arg(m_server->port())
                    .toLatin1());
    QByteArray response;
    while (!response.contains("\r\n\r\n") && flood.waitForReadyRead(5000))
        response += flood.read(4096 - response.size());
    QVERIFY2(response.startsWith("HTTP/1.1 101"), response.constData());
    // From now on at most a few bytes are read: the rest stays in the kernel, then the server.
    flood.setReadBufferSize(16);

    // In small bursts: each burst's replies are encrypted before the next, so what piles up is
    // encrypted data (QSslSocket::encryptedBytesToWrite), which the cap must count as well.
    const QByteArray frames = clientFrame("x").repeated(100);
    qint64 sent = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    const auto cutOff = [this] {
        return m_server->output().contains(QLatin1String("(not logged in): it does not read"));
    };
    while (elapsed.elapsed() < 60000 && !cutOff()) {
        if (flood.state() == QAbstractSocket::ConnectedState &&
            flood.bytesToWrite() + flood.encryptedBytesToWrite() < 65536)
            sent += flood.write(frames);
        QTest::qWait(5);
    }
    QVERIFY2(cutOff(), "the never-reading TLS connection was not closed");
    qInfo().noquote() << QStringLiteral("1-byte frames over TLS, never read: cut off after %1 "
                                        "frames in %2 ms (unsent-bytes cap 256 KiB)")
                             .arg(sent / clientFrame("x").size())
                             .arg(elapsed.elapsed());
    QVERIFY(trustingClient(m_server->secureUrl(), authority()));
}

void tst_Tls::initTlsCertificatesWork() {
    const QString dir = path(QStringLiteral("init/tls"));
    const ServerProcess::Result result =
        ServerProcess::run({QStringLiteral("--init-tls"), dir, QStringLiteral("--host"),
                            QStringLiteral("localhost,127.0.0.1")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QDir folder(dir);
    QCOMPARE(mode(dir), 0700);
    QCOMPARE(folder.entryList(QDir::Files, QDir::Name),
             (QStringList{QStringLiteral("school-ca.crt"), QStringLiteral("school-ca.key"),
                          QStringLiteral("server.crt"), QStringLiteral("server.key")}));
    QCOMPARE(mode(folder.filePath(QStringLiteral("school-ca.key"))), 0600);
    QCOMPARE(mode(folder.filePath(QStringLiteral("server.key"))), 0600);
    QCOMPARE(mode(folder.filePath(QStringLiteral("server.crt"))), 0644);
    // What to deploy where.
    for (const QString &needle :
         {folder.filePath(QStringLiteral("school-ca.crt")), QStringLiteral("ca=/etc/roomclaim"),
          QStringLiteral("--tls-cert ") + folder.filePath(QStringLiteral("server.crt")),
          QStringLiteral("--tls-key ") + folder.filePath(QStringLiteral("server.key")),
          QStringLiteral("cert=") + folder.filePath(QStringLiteral("server.crt"))})
        QVERIFY2(result.out.contains(needle), qPrintable(needle + QLatin1Char('\n') + result.out));

    startServer({QStringLiteral("--tls-cert"), folder.filePath(QStringLiteral("server.crt")),
                 QStringLiteral("--tls-key"), folder.filePath(QStringLiteral("server.key"))});
    const QList<QSslCertificate> schoolCa =
        QSslCertificate::fromPath(folder.filePath(QStringLiteral("school-ca.crt")));
    QCOMPARE(schoolCa.size(), 1);
    for (const QString &host : {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")}) {
        const auto client = trustingClient(m_server->secureUrl(host), schoolCa);
        QVERIFY(client);
        VERIFY_OK(client->login(QStringLiteral("teacher.a"), QStringLiteral("demo-a")));
        VERIFY_OK(client->request(QStringLiteral("listRooms")));
    }
    // Another CA's clients are not fooled by it either.
    TestClient stranger;
    stranger.setTrustedCertificates(authority());
    QVERIFY(!stranger.open(m_server->secureUrl()));
}

void tst_Tls::initTlsNeverOverwrites() {
    const QString dir = path(QStringLiteral("init-twice"));
    const QStringList arguments{QStringLiteral("--init-tls"), dir, QStringLiteral("--host"),
                                QStringLiteral("localhost")};
    QCOMPARE(ServerProcess::run(arguments).exitCode, 0);
    const QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 4);
    QHash<QString, QByteArray> before;
    for (const QString &file : files)
        before.insert(file, QCryptographicHash::hash(readFile(QDir(dir).filePath(file)),
                                                     QCryptographicHash::Sha256));

    const ServerProcess::Result again = ServerProcess::run(arguments);
    QCOMPARE(again.exitCode, 1);
    const QStringList lines = again.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 1, qPrintable(again.err));
    QVERIFY2(
        lines.constFirst().startsWith(QStringLiteral("roomclaim-server: '%1' already exists")
                                          .arg(QDir(dir).filePath(QStringLiteral("server.crt")))),
        qPrintable(lines.constFirst()));
    QCOMPARE(QDir(dir).entryList(QDir::Files, QDir::Name), files);
    for (const QString &file : files)
        QCOMPARE(QCryptographicHash::hash(readFile(QDir(dir).filePath(file)),
                                          QCryptographicHash::Sha256),
                 before.value(file));

    // Only the key left behind: still refused, still untouched.
    QVERIFY(QFile::remove(QDir(dir).filePath(QStringLiteral("server.crt"))));
    const ServerProcess::Result keyLeft = ServerProcess::run(arguments);
    QCOMPARE(keyLeft.exitCode, 1);
    QVERIFY2(keyLeft.err.contains(QDir(dir).filePath(QStringLiteral("server.key"))),
             qPrintable(keyLeft.err));
    QVERIFY(!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("server.crt"))));
}

void tst_Tls::initTlsRenewsWithTheSameCa() {
    const QDir dir(path(QStringLiteral("renew")));
    const QStringList arguments{QStringLiteral("--init-tls"), dir.path(), QStringLiteral("--host"),
                                QStringLiteral("localhost,127.0.0.1")};
    QCOMPARE(ServerProcess::run(arguments).exitCode, 0);
    const QByteArray caBefore = readFile(dir.filePath(QStringLiteral("school-ca.crt")));
    const QByteArray caKeyBefore = readFile(dir.filePath(QStringLiteral("school-ca.key")));
    const QSslCertificate oldServer(readFile(dir.filePath(QStringLiteral("server.crt"))));
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("server.crt"))));
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("server.key"))));

    const ServerProcess::Result renewed = ServerProcess::run(arguments);
    QVERIFY2(renewed.exitCode == 0, qPrintable(renewed.err));
    QVERIFY2(renewed.out.contains(QLatin1String("existing school CA")), qPrintable(renewed.out));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("school-ca.crt"))), caBefore);
    QCOMPARE(readFile(dir.filePath(QStringLiteral("school-ca.key"))), caKeyBefore);
    const QSslCertificate ca(caBefore);
    const QSslCertificate newServer(readFile(dir.filePath(QStringLiteral("server.crt"))));
    QVERIFY(!newServer.isNull());
    QVERIFY(newServer != oldServer);
    QVERIFY(newServer.serialNumber() != oldServer.serialNumber());
    QCOMPARE(newServer.issuerDisplayName(), ca.subjectDisplayName());
    // Signed by that CA: it verifies against it and nothing else.
    const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = saved;
    trusting.setCaCertificates({ca});
    QSslConfiguration::setDefaultConfiguration(trusting);
    const QList<QSslError> errors =
        QSslCertificate::verify({newServer}, QStringLiteral("localhost"));
    trusting.setCaCertificates(authority());
    QSslConfiguration::setDefaultConfiguration(trusting);
    const QList<QSslError> otherErrors =
        QSslCertificate::verify({newServer}, QStringLiteral("localhost"));
    QSslConfiguration::setDefaultConfiguration(saved);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).errorString()));
    QVERIFY(!otherErrors.isEmpty());

    // And a client that trusts the old school-ca.crt connects to a server with the new one.
    startServer({QStringLiteral("--tls-cert"), dir.filePath(QStringLiteral("server.crt")),
                 QStringLiteral("--tls-key"), dir.filePath(QStringLiteral("server.key"))});
    QVERIFY(trustingClient(m_server->secureUrl(QStringLiteral("localhost")), {ca}));
}

void tst_Tls::initTlsUsageErrors() {
    const QString dir = path(QStringLiteral("usage"));
    struct Case {
        QStringList arguments;
        QString expected;
    };
    const QList<Case> cases{
        {{QStringLiteral("--init-tls"), dir}, QStringLiteral("--init-tls needs --host")},
        {{QStringLiteral("--init-tls"), dir, QStringLiteral("--host"), QStringLiteral(" , ")},
         QStringLiteral("--init-tls needs --host")},
        {{QStringLiteral("--host"), QStringLiteral("localhost")},
         QStringLiteral("--host is only used with --init-tls")},
        {{QStringLiteral("--init-tls"), dir, QStringLiteral("--host"),
          QStringLiteral("localhost,bad host")},
         QStringLiteral("bad --host 'bad host'")},
        {{QStringLiteral("--init-tls"), dir, QStringLiteral("--host"), QStringLiteral("10.0.0")},
         QStringLiteral("bad --host '10.0.0'")}};
    for (const Case &usage : cases) {
        const ServerProcess::Result result = ServerProcess::run(usage.arguments);
        QCOMPARE(result.exitCode, 2);
        const QStringList lines = result.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 1, qPrintable(result.err));
        QVERIFY2(
            lines.constFirst().startsWith(QStringLiteral("roomclaim-server: ") + usage.expected),
            qPrintable(lines.constFirst()));
    }
    QVERIFY(!QFileInfo::exists(dir));
}

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
