// SPDX-License-Identifier: GPL-3.0-or-later

// Transport security as a teacher meets it: a wss:// login that verifies the server against the
// school CA (from --ca, from the system-wide roomclaim.conf IT deploys, or as --init-tls wrote
// it), the login dialog saying the connection is encrypted, and refusals that name their reason
// (untrusted, expired, wrong host) and never retry in plain text.
#include "CertificateFactory.h"
#include "ClientSettings.h"
#include "ClientTestKit.h"
#include "RecordingProxy.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "TlsTrust.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <memory>

using namespace ClientTestKit;

namespace {
// Where Qt looks for system-wide settings (XDG_CONFIG_DIRS, /etc/xdg on a real PC) and an empty
// home for the teacher's own (XDG_CONFIG_HOME). Qt reads these variables once, so main() sets
// them before the application exists.
QTemporaryDir &systemConfigDir() {
    static QTemporaryDir dir;
    return dir;
}

QTemporaryDir &userConfigDir() {
    static QTemporaryDir dir;
    return dir;
}

QString systemConfigFile() {
    return systemConfigDir().filePath(QStringLiteral("RoomClaim/roomclaim.conf"));
}

// What a login through Connection alone answered (for the code).
ServerReply logInDirectly(Connection &connection, const QUrl &server, const TlsTrust &trust) {
    connection.setTrust(trust);
    ServerReply result;
    bool done = false;
    connection.logIn(server, QStringLiteral("teacher.a"), QStringLiteral("demo-a"),
                     [&](const ServerReply &reply) {
                         result = reply;
                         done = true;
                     });
    if (!QTest::qWaitFor([&] { return done; }, Patience))
        return ServerReply::failure(QStringLiteral("TEST_TIMEOUT"), QStringLiteral("no answer"));
    return result;
}

// What the teacher saw in the login dialog: before clicking Log In, and after.
struct DialogOutcome {
    bool accepted = false;
    QString error;
    QString securityBefore;
    QString securityAfter;
    QString serverShown;
};

// Logs in as teacher.a through the real dialog. An empty server leaves the field as the dialog
// filled it in; an empty caFile passes no --ca.
DialogOutcome logInWithDialog(Connection *connection, const QString &server,
                              const QString &caFile) {
    LoginDialog dialog(connection);
    if (!caFile.isEmpty())
        dialog.setCaFile(caFile);
    dialog.show();
    DialogOutcome outcome;
    auto *serverEdit = dialog.findChild<QLineEdit *>(QStringLiteral("serverEdit"));
    if (!server.isEmpty()) {
        serverEdit->clear();
        QTest::keyClicks(serverEdit, server);
    }
    outcome.serverShown = serverEdit->text();
    auto *userEdit = dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
    userEdit->clear();
    QTest::keyClicks(userEdit, QStringLiteral("teacher.a"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                     QStringLiteral("demo-a"));
    outcome.securityBefore = dialog.securityText();
    QString why;
    if (!click(dialog.findChild<QPushButton *>(QStringLiteral("logInButton")), &why)) {
        outcome.error = QStringLiteral("cannot click Log In: ") + why;
        return outcome;
    }
    if (!QTest::qWaitFor(
            [&] { return dialog.result() == QDialog::Accepted || !dialog.errorText().isEmpty(); },
            Patience)) {
        outcome.error = QStringLiteral("the login dialog never finished");
        return outcome;
    }
    outcome.accepted = dialog.result() == QDialog::Accepted;
    outcome.error = dialog.errorText();
    outcome.securityAfter = dialog.securityText();
    return outcome;
}

QString describe(const QList<QByteArray> &openings) {
    QStringList shown;
    for (const QByteArray &opening : openings)
        shown << QString::fromLatin1(opening.toHex(' '));
    return shown.join(QStringLiteral(" | "));
}

// Every connection that reached the proxy opened with a TLS hello; none was plain HTTP. A
// connection that has just arrived may not have sent anything yet: give it a moment.
bool onlyTlsAttempts(const RecordingProxy &proxy) {
    static_cast<void>(
        QTest::qWaitFor([&] { return !proxy.openings().contains(QByteArray()); }, 2000));
    for (const QByteArray &opening : proxy.openings()) {
        if (RecordingProxy::isPlainHttp(opening) ||
            (!opening.isEmpty() && !RecordingProxy::isTlsHello(opening)))
            return false;
    }
    return true;
}
} // namespace

class tst_TlsClient : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void schoolCaLogsInEncrypted();
    void untrustedCertificateIsRefusedWithoutPlainText();
    void expiredCertificateIsNamed();
    void certificateForAnotherHostIsNamed();
    void plainServerIsNeverFallenBackTo();
    void wsAddressIsLabelledNotEncrypted();
    void systemWideSettingsFillInAndTrust();
    void unusableCaFileIsShownAndNothingConnects();
    void initTlsOutputIsTrustedByTheClient();
    void refusedReconnectIsShownAndStillVerified();

private:
    QString writeFile(const QString &name, const QByteArray &data);
    // A server certificate signed by the school CA (or another), valid from/to days from now.
    bool startTlsServer(ServerProcess &server, const QString &name, const CertificatePair &ca,
                        const QStringList &hosts, int fromDays, int toDays);

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_files;
    CertificatePair m_schoolCa;
    CertificatePair m_otherCa;
    QString m_schoolCaFile;
    QString m_otherCaFile;
    ServerProcess m_server;
};

QString tst_TlsClient::writeFile(const QString &name, const QByteArray &data) {
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

bool tst_TlsClient::startTlsServer(ServerProcess &server, const QString &name,
                                   const CertificatePair &ca, const QStringList &hosts,
                                   int fromDays, int toDays) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    const CertificatePair pair = CertificateFactory::issueServer(ca, hosts, now.addDays(fromDays),
                                                                 now.addDays(toDays), &error);
    if (pair.isNull()) {
        qWarning("cannot issue %s: %s", qPrintable(name), qPrintable(error));
        return false;
    }
    const QString cert = writeFile(name + QStringLiteral(".crt"), pair.certificatePem);
    const QString key = writeFile(name + QStringLiteral(".key"), pair.privateKeyPem);
    const QStringList args = {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key};
    if (!server.start(m_db->url(), args)) {
        qWarning("%s", qPrintable(server.error()));
        return false;
    }
    return true;
}

void tst_TlsClient::initTestCase() {
    quietOffscreenNoise();
    QVERIFY(systemConfigDir().isValid() && userConfigDir().isValid() && m_files.isValid());
    QVERIFY(QDir().mkpath(systemConfigDir().filePath(QStringLiteral("RoomClaim"))));
    QCoreApplication::setOrganizationName(QStringLiteral("RoomClaimTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_tlsclient"));
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    m_schoolCa = CertificateFactory::createAuthority(QStringLiteral("Test School CA"),
                                                     now.addDays(-1), now.addYears(1), &error);
    QVERIFY2(!m_schoolCa.isNull(), qPrintable(error));
    m_otherCa = CertificateFactory::createAuthority(QStringLiteral("Other School CA"),
                                                    now.addDays(-1), now.addYears(1), &error);
    QVERIFY2(!m_otherCa.isNull(), qPrintable(error));
    m_schoolCaFile = writeFile(QStringLiteral("school-ca.crt"), m_schoolCa.certificatePem);
    m_otherCaFile = writeFile(QStringLiteral("other-ca.crt"), m_otherCa.certificatePem);
    QVERIFY(!m_schoolCaFile.isEmpty() && !m_otherCaFile.isEmpty());

    // The suite's server: demo school, certificate for both loopback names, from the school CA.
    const CertificatePair pair = CertificateFactory::issueServer(
        m_schoolCa, {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")}, now.addDays(-1),
        now.addDays(30), &error);
    QVERIFY2(!pair.isNull(), qPrintable(error));
    const QString cert = writeFile(QStringLiteral("server.crt"), pair.certificatePem);
    const QString key = writeFile(QStringLiteral("server.key"), pair.privateKeyPem);
    QVERIFY2(m_server.start(m_db->url(), {QStringLiteral("--demo"), QStringLiteral("--tls-cert"),
                                          cert, QStringLiteral("--tls-key"), key}),
             qPrintable(m_server.error()));
}

void tst_TlsClient::init() {
    // Each test starts on a PC where nobody logged in yet and IT deployed nothing.
    QSettings().clear();
    QFile::remove(systemConfigFile());
}

void tst_TlsClient::cleanupTestCase() {
    m_server.stop();
}

void tst_TlsClient::schoolCaLogsInEncrypted() {
    Connection connection;
    // A bare host:port means wss://.
    const DialogOutcome outcome = logInWithDialog(
        &connection, QStringLiteral("127.0.0.1:%1").arg(m_server.port()), m_schoolCaFile);
    QVERIFY2(outcome.accepted, qPrintable(outcome.error));
    QCOMPARE(outcome.securityBefore, QStringLiteral("Encrypted (TLS) — the server's certificate "
                                                    "is checked when you log in."));
    QCOMPARE(outcome.securityAfter,
             QStringLiteral("Encrypted (TLS) — certificate verified for 127.0.0.1"));
    QCOMPARE(connection.serverUrl().scheme(), QStringLiteral("wss"));
    // What the live socket had, not what was typed.
    const Connection::LinkSecurity &link = connection.linkSecurity();
    QVERIFY(link.encrypted);
    QVERIFY2(link.protocol.startsWith(QLatin1String("TLSv1.")), qPrintable(link.protocol));
    QVERIFY(link.certificateExpiry > QDateTime::currentDateTimeUtc().addDays(29));

    // The session works, and the window's status bar says how it is protected.
    bool listed = false;
    connection.request(QStringLiteral("listRooms"), {},
                       [&](const ServerReply &reply) { listed = reply.ok; });
    QVERIFY(QTest::qWaitFor([&] { return listed; }, Patience));
    MainWindow window(&connection);
    QVERIFY2(window.statusText().contains(QLatin1String("Encrypted (TLS)")),
             qPrintable(window.statusText()));
}

void tst_TlsClient::untrustedCertificateIsRefusedWithoutPlainText() {
    RecordingProxy proxy(m_server.port());
    QVERIFY(proxy.listen());
    const QString address = QStringLiteral("127.0.0.1:%1").arg(proxy.port());

    // A client that trusts another school's CA (and the system's) only.
    Connection connection;
    const DialogOutcome outcome = logInWithDialog(&connection, address, m_otherCaFile);
    QVERIFY(!outcome.accepted);
    QVERIFY2(outcome.error.startsWith(QLatin1String("The server's certificate is not trusted")),
             qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(QLatin1String("Test School CA")), qPrintable(outcome.error));
    QCOMPARE(outcome.securityAfter,
             QStringLiteral("Not connected — the server's certificate could not be verified."));
    QCOMPARE(connection.state(), Connection::State::Offline);
    QVERIFY(!connection.linkSecurity().reached);

    Connection direct;
    const ServerReply reply = logInDirectly(direct, QUrl(QStringLiteral("wss://") + address),
                                            TlsTrust::load(m_otherCaFile, {}));
    QCOMPARE(reply.code, Connection::TlsUntrusted);
    // The system's CAs alone do not know the school either.
    Connection systemOnly;
    QCOMPARE(logInDirectly(systemOnly, QUrl(QStringLiteral("wss://") + address), TlsTrust()).code,
             Connection::TlsUntrusted);

    // Long past the first reconnect back-off: three attempts, each a TLS hello, none plain text.
    QTest::qWait(1500);
    QCOMPARE(proxy.connectionCount(), 3);
    QVERIFY2(onlyTlsAttempts(proxy), qPrintable(describe(proxy.openings())));
    QCOMPARE(direct.state(), Connection::State::Offline);
}

void tst_TlsClient::expiredCertificateIsNamed() {
    ServerProcess server;
    QVERIFY(startTlsServer(server, QStringLiteral("expired"), m_schoolCa,
                           {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")}, -60, -1));
    const QString address = QStringLiteral("127.0.0.1:%1").arg(server.port());
    Connection connection;
    const DialogOutcome outcome = logInWithDialog(&connection, address, m_schoolCaFile);
    QVERIFY(!outcome.accepted);
    QVERIFY2(outcome.error.startsWith(
                 QLatin1String("The server's certificate has expired or is not yet valid")),
             qPrintable(outcome.error));
    Connection direct;
    QCOMPARE(logInDirectly(direct, QUrl(QStringLiteral("wss://") + address),
                           TlsTrust::load(m_schoolCaFile, {}))
                 .code,
             Connection::TlsExpired);
}

void tst_TlsClient::certificateForAnotherHostIsNamed() {
    ServerProcess server;
    QVERIFY(startTlsServer(server, QStringLiteral("elsewhere"), m_schoolCa,
                           {QStringLiteral("rooms.example")}, -1, 30));
    const QString address = QStringLiteral("127.0.0.1:%1").arg(server.port());
    Connection connection;
    const DialogOutcome outcome = logInWithDialog(&connection, address, m_schoolCaFile);
    QVERIFY(!outcome.accepted);
    QVERIFY2(outcome.error.startsWith(QLatin1String("The server's certificate was issued for "
                                                    "another host name: rooms.example, not "
                                                    "127.0.0.1.")),
             qPrintable(outcome.error));
    Connection direct;
    QCOMPARE(logInDirectly(direct, QUrl(QStringLiteral("wss://localhost:%1").arg(server.port())),
                           TlsTrust::load(m_schoolCaFile, {}))
                 .code,
             Connection::TlsWrongHost);
}

void tst_TlsClient::plainServerIsNeverFallenBackTo() {
    ServerProcess plain;
    QVERIFY2(plain.start(m_db->url()), qPrintable(plain.error()));
    RecordingProxy proxy(plain.port());
    QVERIFY(proxy.listen());
    Connection connection;
    const DialogOutcome outcome = logInWithDialog(
        &connection, QStringLiteral("127.0.0.1:%1").arg(proxy.port()), m_schoolCaFile);
    QVERIFY(!outcome.accepted);
    QVERIFY2(outcome.error.startsWith(QLatin1String("No secure connection to 127.0.0.1")),
             qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(QLatin1String("does not fall back")),
             qPrintable(outcome.error));
    Connection direct;
    QCOMPARE(logInDirectly(direct, QUrl(QStringLiteral("wss://127.0.0.1:%1").arg(proxy.port())),
                           TlsTrust::load(m_schoolCaFile, {}))
                 .code,
             Connection::TlsFailed);
    QTest::qWait(1000);
    QCOMPARE(proxy.connectionCount(), 2);
    QVERIFY2(onlyTlsAttempts(proxy), qPrintable(describe(proxy.openings())));
}

void tst_TlsClient::wsAddressIsLabelledNotEncrypted() {
    // An older server without TLS still works through an explicit ws://, said plainly.
    ServerProcess plain;
    QVERIFY2(plain.start(m_db->url()), qPrintable(plain.error()));
    Connection connection;
    const DialogOutcome outcome = logInWithDialog(&connection, plain.url(), {});
    QVERIFY2(outcome.accepted, qPrintable(outcome.error));
    QVERIFY2(outcome.securityBefore.startsWith(QStringLiteral("Not encrypted — with a ws:// "
                                                              "address")),
             qPrintable(outcome.securityBefore));
    QVERIFY2(outcome.securityAfter.startsWith(
                 QStringLiteral("Not encrypted — the connection to 127.0.0.1 uses no TLS")),
             qPrintable(outcome.securityAfter));
    QVERIFY(!connection.linkSecurity().encrypted);
    MainWindow window(&connection);
    QVERIFY2(window.statusText().contains(QLatin1String("Not encrypted")),
             qPrintable(window.statusText()));
}

void tst_TlsClient::systemWideSettingsFillInAndTrust() {
    // What IT deploys once to /etc/xdg/RoomClaim/roomclaim.conf on every staff-room PC.
    {
        QSettings system(systemConfigFile(), QSettings::IniFormat);
        system.setValue(ClientSettings::CaKey, m_schoolCaFile);
        system.setValue(ClientSettings::ServerKey,
                        QStringLiteral("localhost:%1").arg(m_server.port()));
    }
    QCOMPARE(ClientSettings::schoolCaFile(), m_schoolCaFile);

    // The teacher types only username and password; no --ca.
    Connection connection;
    const DialogOutcome outcome = logInWithDialog(&connection, {}, {});
    QCOMPARE(outcome.serverShown, QStringLiteral("localhost:%1").arg(m_server.port()));
    QVERIFY2(outcome.accepted, qPrintable(outcome.error));
    QCOMPARE(outcome.securityAfter,
             QStringLiteral("Encrypted (TLS) — certificate verified for localhost"));

    // Later IT points every PC elsewhere; the server this teacher last used still comes first.
    {
        QSettings system(systemConfigFile(), QSettings::IniFormat);
        system.setValue(ClientSettings::ServerKey, QStringLiteral("rooms.example:7400"));
    }
    QCOMPARE(ClientSettings::server(), QStringLiteral("rooms.example:7400"));
    Connection again;
    LoginDialog dialog(&again);
    QCOMPARE(dialog.server(), QStringLiteral("localhost:%1").arg(m_server.port()));
}

void tst_TlsClient::unusableCaFileIsShownAndNothingConnects() {
    RecordingProxy proxy(m_server.port());
    QVERIFY(proxy.listen());
    const QString address = QStringLiteral("127.0.0.1:%1").arg(proxy.port());
    const QString missing = m_files.filePath(QStringLiteral("no-such-ca.crt"));
    const QString key = writeFile(QStringLiteral("school-ca.key"), m_schoolCa.privateKeyPem);
    const QString garbage = writeFile(QStringLiteral("notes.txt"), "not a certificate\n");
    struct Case {
        QString file;
        QString says;
    };
    const QList<Case> cases = {{missing, QStringLiteral("cannot be read")},
                               {key, QStringLiteral("holds a private key, not a certificate")},
                               {garbage, QStringLiteral("is not a certificate file")}};
    for (const Case &entry : cases) {
        // From the system-wide setting …
        {
            QSettings system(systemConfigFile(), QSettings::IniFormat);
            system.setValue(ClientSettings::CaKey, entry.file);
        }
        Connection connection;
        DialogOutcome outcome = logInWithDialog(&connection, address, {});
        QVERIFY(!outcome.accepted);
        QVERIFY2(outcome.error.contains(entry.says), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(entry.file), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(QLatin1String("tls/ca")), qPrintable(outcome.error));
        QCOMPARE(connection.state(), Connection::State::Offline);
        // … and from --ca.
        outcome = logInWithDialog(&connection, address, entry.file);
        QVERIFY(!outcome.accepted);
        QVERIFY2(outcome.error.contains(entry.says), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(QLatin1String("--ca")), qPrintable(outcome.error));
    }
    QCOMPARE(proxy.connectionCount(), 0);
}

void tst_TlsClient::initTlsOutputIsTrustedByTheClient() {
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString dir = work.filePath(QStringLiteral("tls"));
    const ServerProcess::Result made =
        ServerProcess::run({QStringLiteral("--init-tls"), dir, QStringLiteral("--host"),
                            QStringLiteral("localhost,127.0.0.1")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.out + made.err));
    QVERIFY2(made.out.contains(QLatin1String("school-ca.crt")), qPrintable(made.out));

    ServerProcess server;
    QVERIFY2(server.start(m_db->url(),
                          {QStringLiteral("--tls-cert"), dir + QStringLiteral("/server.crt"),
                           QStringLiteral("--tls-key"), dir + QStringLiteral("/server.key")}),
             qPrintable(server.error()));
    for (const QString &host : {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")}) {
        Connection connection;
        const DialogOutcome outcome =
            logInWithDialog(&connection, QStringLiteral("%1:%2").arg(host).arg(server.port()),
                            dir + QStringLiteral("/school-ca.crt"));
        QVERIFY2(outcome.accepted, qPrintable(outcome.error));
        QCOMPARE(outcome.securityAfter,
                 QStringLiteral("Encrypted (TLS) — certificate verified for %1").arg(host));
    }
}

void tst_TlsClient::refusedReconnectIsShownAndStillVerified() {
    RecordingProxy proxy(m_server.port());
    QVERIFY(proxy.listen());
    Seat a;
    a.connection->setMaxBackoff(300);
    a.connection->setTrust(TlsTrust::load(m_schoolCaFile, {}));
    QVERIFY2(a.open(QStringLiteral("127.0.0.1:%1").arg(proxy.port()), QStringLiteral("teacher.a"),
                    QStringLiteral("demo-a")),
             qPrintable(a.loginError));
    QVERIFY(a.window->statusText().contains(QLatin1String("Encrypted (TLS)")));

    // Someone puts a server with another CA's certificate where the school's was.
    ServerProcess impostor;
    QVERIFY(startTlsServer(impostor, QStringLiteral("impostor"), m_otherCa,
                           {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")}, -1, 30));
    proxy.setTargetPort(impostor.port());
    const int before = proxy.connectionCount();
    proxy.cutAll();
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return a.window->offlineBanner()->isVisible() &&
                            a.window->offlineBannerText().contains(QLatin1String("not trusted"));
                 },
                 Patience),
             qPrintable(a.window->offlineBannerText()));
    // It keeps trying, visibly, and every try is TLS that refuses the impostor.
    QVERIFY(QTest::qWaitFor([&] { return proxy.connectionCount() >= before + 3; }, Patience));
    QCOMPARE(a.connection->state(), Connection::State::Reconnecting);
    QVERIFY(a.window->offlineBanner()->isVisible());
    QVERIFY2(onlyTlsAttempts(proxy), qPrintable(describe(proxy.openings())));

    // The real server is back: the next try verifies it and resumes.
    proxy.setTargetPort(m_server.port());
    QVERIFY(QTest::qWaitFor([&] { return a.connection->isOnline(); }, Patience));
    QVERIFY(QTest::qWaitFor([&] { return !a.window->offlineBanner()->isVisible(); }, Patience));
    QVERIFY2(a.window->statusText().contains(QLatin1String("Encrypted (TLS)")),
             qPrintable(a.window->statusText()));
    QVERIFY2(onlyTlsAttempts(proxy), qPrintable(describe(proxy.openings())));
}

int main(int argc, char *argv[]) {
    qputenv("XDG_CONFIG_DIRS", systemConfigDir().path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", userConfigDir().path().toLocal8Bit());
    QApplication app(argc, argv);
    tst_TlsClient test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tlsclient.moc"
