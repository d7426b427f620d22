// SPDX-License-Identifier: GPL-3.0-or-later

#include "CertificateFactory.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QtTest>

#include <memory>

// The certificates --init-tls and the TLS tests make (server/tls/CertificateFactory), checked
// the way a TLS client checks them: Qt's own verification and a real TLS handshake on loopback.
class tst_Certificates : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

    void serverCertificateChainsToItsAuthority();
    void serverCertificateCarriesEveryHost();
    void otherAuthorityIsNotTrusted();
    void handshakeVerifiesAgainstTheAuthority();
    void badInputGivesAnEmptyPairAndAReason();

private:
    static QSslKey privateKey(const CertificatePair &pair);
    struct Handshake {
        bool encrypted = false;
        QList<QSslError::SslError> errors;
        QString text; // for failure messages
    };
    // What a client trusting only `trusted` sees when it connects to a server presenting
    // `server`, asking for `hostName`.
    Handshake handshake(const CertificatePair &server, const QSslCertificate &trusted,
                        const QString &hostName);

    CertificatePair m_authority;
    CertificatePair m_server;
};

QSslKey tst_Certificates::privateKey(const CertificatePair &pair) {
    return QSslKey(pair.privateKeyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
}

void tst_Certificates::initTestCase() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    m_authority = CertificateFactory::createAuthority(QStringLiteral("Test School CA"),
                                                      now.addSecs(-60), now.addYears(10), &error);
    QVERIFY2(!m_authority.isNull(), qPrintable(error));
    m_server = CertificateFactory::issueServer(m_authority,
                                               {QStringLiteral("localhost"),
                                                QStringLiteral("127.0.0.1"), QStringLiteral("::1"),
                                                QStringLiteral("roomclaim.school.example")},
                                               now.addSecs(-60), now.addDays(825), &error);
    QVERIFY2(!m_server.isNull(), qPrintable(error));
}

void tst_Certificates::serverCertificateChainsToItsAuthority() {
    const QSslCertificate ca(m_authority.certificatePem, QSsl::Pem);
    const QSslCertificate server(m_server.certificatePem, QSsl::Pem);
    QVERIFY(!ca.isNull());
    QVERIFY(!server.isNull());
    QVERIFY(ca.isSelfSigned());
    QVERIFY(!server.isSelfSigned());
    QCOMPARE(server.issuerInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("Test School CA")});
    QCOMPARE(server.subjectInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("localhost")});
    QVERIFY(!privateKey(m_authority).isNull());
    QVERIFY(!privateKey(m_server).isNull());

    // QSslCertificate::verify trusts the default configuration's CAs.
    const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = saved;
    trusting.setCaCertificates({ca});
    QSslConfiguration::setDefaultConfiguration(trusting);
    const QList<QSslError> errors = QSslCertificate::verify({server}, QStringLiteral("localhost"));
    const QList<QSslError> wrongHost =
        QSslCertificate::verify({server}, QStringLiteral("elsewhere.example"));
    QSslConfiguration::setDefaultConfiguration(saved);

    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).errorString()));
    QCOMPARE(wrongHost.size(), 1);
    QCOMPARE(wrongHost.constFirst().error(), QSslError::HostNameMismatch);
}

void tst_Certificates::serverCertificateCarriesEveryHost() {
    const QSslCertificate server(m_server.certificatePem, QSsl::Pem);
    const auto names = server.subjectAlternativeNames();
    QCOMPARE(names.values(QSsl::DnsEntry).size(), 2);
    QVERIFY(names.contains(QSsl::DnsEntry, QStringLiteral("localhost")));
    QVERIFY(names.contains(QSsl::DnsEntry, QStringLiteral("roomclaim.school.example")));
    QVERIFY(names.contains(QSsl::IpAddressEntry, QStringLiteral("127.0.0.1")));
    QVERIFY(names.contains(QSsl::IpAddressEntry, QStringLiteral("0:0:0:0:0:0:0:1")) ||
            names.contains(QSsl::IpAddressEntry, QStringLiteral("::1")));
    QCOMPARE(server.expiryDate().date(), QDateTime::currentDateTimeUtc().addDays(825).date());
}

tst_Certificates::Handshake tst_Certificates::handshake(const CertificatePair &serverPair,
                                                        const QSslCertificate &trusted,
                                                        const QString &hostName) {
    QSslServer server;
    QSslConfiguration serverConfig = QSslConfiguration::defaultConfiguration();
    serverConfig.setLocalCertificate(QSslCertificate(serverPair.certificatePem, QSsl::Pem));
    serverConfig.setPrivateKey(privateKey(serverPair));
    serverConfig.setPeerVerifyMode(QSslSocket::VerifyNone);
    server.setSslConfiguration(serverConfig);
    if (!server.listen(QHostAddress::LocalHost))
        return Handshake{false, {}, QStringLiteral("listen failed")};

    QSslSocket client;
    QSslConfiguration clientConfig = QSslConfiguration::defaultConfiguration();
    clientConfig.setCaCertificates({trusted});
    client.setSslConfiguration(clientConfig);
    Handshake result;
    connect(&client, &QSslSocket::sslErrors, this, [&](const QList<QSslError> &list) {
        for (const QSslError &e : list) {
            result.errors << e.error();
            result.text += e.errorString() + QLatin1Char('|');
        }
    });
    QSignalSpy encrypted(&client, &QSslSocket::encrypted);
    QSignalSpy disconnected(&client, &QSslSocket::disconnected);
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort(), hostName);
    if (!QTest::qWaitFor([&] { return !encrypted.isEmpty() || !disconnected.isEmpty(); }, 10000))
        result.text += QStringLiteral("timed out");
    result.encrypted = !encrypted.isEmpty() && client.isEncrypted();
    return result;
}

void tst_Certificates::otherAuthorityIsNotTrusted() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const CertificatePair other = CertificateFactory::createAuthority(
        QStringLiteral("Other School CA"), now.addSecs(-60), now.addYears(1));
    QVERIFY(!other.isNull());
    const Handshake result = handshake(m_server, QSslCertificate(other.certificatePem, QSsl::Pem),
                                       QStringLiteral("localhost"));
    QVERIFY(!result.encrypted);
    QVERIFY2(result.errors.contains(QSslError::UnableToGetLocalIssuerCertificate),
             qPrintable(result.text));
}

void tst_Certificates::handshakeVerifiesAgainstTheAuthority() {
    const QSslCertificate ca(m_authority.certificatePem, QSsl::Pem);
    for (const QString &host : {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")}) {
        const Handshake result = handshake(m_server, ca, host);
        QVERIFY2(result.encrypted && result.errors.isEmpty(), qPrintable(host + result.text));
    }
    const Handshake wrongHost = handshake(m_server, ca, QStringLiteral("elsewhere.example"));
    QVERIFY(!wrongHost.encrypted);
    QVERIFY2(wrongHost.errors == QList{QSslError::HostNameMismatch}, qPrintable(wrongHost.text));

    // A certificate whose validity ended yesterday.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const CertificatePair expired = CertificateFactory::issueServer(
        m_authority, {QStringLiteral("localhost")}, now.addDays(-30), now.addDays(-1));
    QVERIFY(!expired.isNull());
    const Handshake expiredResult = handshake(expired, ca, QStringLiteral("localhost"));
    QVERIFY(!expiredResult.encrypted);
    QVERIFY2(expiredResult.errors == QList{QSslError::CertificateExpired},
             qPrintable(expiredResult.text));
}

void tst_Certificates::badInputGivesAnEmptyPairAndAReason() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    QVERIFY(CertificateFactory::issueServer(m_authority, {QStringLiteral("bad host/name")}, now,
                                            now.addDays(1), &error)
                .isNull());
    QVERIFY2(error.contains(QStringLiteral("bad host/name")), qPrintable(error));

    error.clear();
    QVERIFY(CertificateFactory::issueServer(m_authority, {}, now, now.addDays(1), &error).isNull());
    QVERIFY(!error.isEmpty());

    error.clear();
    QVERIFY(CertificateFactory::issueServer(m_authority, {QStringLiteral("localhost")}, now, now,
                                            &error)
                .isNull());
    QVERIFY(!error.isEmpty());

    // A server certificate cannot sign others, and a key must belong to its certificate.
    error.clear();
    QVERIFY(CertificateFactory::issueServer(m_server, {QStringLiteral("localhost")}, now,
                                            now.addDays(1), &error)
                .isNull());
    QVERIFY2(error.contains(QStringLiteral("not a CA")), qPrintable(error));
    error.clear();
    const CertificatePair mismatched{m_authority.certificatePem, m_server.privateKeyPem};
    QVERIFY(CertificateFactory::issueServer(mismatched, {QStringLiteral("localhost")}, now,
                                            now.addDays(1), &error)
                .isNull());
    QVERIFY2(error.contains(QStringLiteral("does not belong")), qPrintable(error));
    error.clear();
    QVERIFY(CertificateFactory::issueServer(CertificatePair{"garbage", "garbage"},
                                            {QStringLiteral("localhost")}, now, now.addDays(1),
                                            &error)
                .isNull());
    QVERIFY2(error.contains(QStringLiteral("not readable")), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_Certificates)
#include "tst_certificates.moc"
