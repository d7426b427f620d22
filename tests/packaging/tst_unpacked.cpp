// SPDX-License-Identifier: GPL-3.0-or-later

// The programs as the Debian packages install them, unpacked (dpkg-deb -x) into a throwaway
// folder by package_test.sh, which names them in ROOMCLAIM_TEST_SERVER_EXE and
// ROOMCLAIM_TEST_CLIENT_EXE: the server tells its version and serves a login against the test
// PostgreSQL; the client finds its server in a system-wide configuration placed beside it, as IT
// deploys it to /etc/xdg/RoomClaim/roomclaim.conf, and speaks the teacher's language.
#include "ReplyChecks.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

class tst_Unpacked : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void serverTellsItsVersion();
    void serverServesALogin();
    void clientLogsInToTheSystemWideServer();
    void clientSpeaksTheTeachersLanguage();

private:
    // The unpacked client run to completion with this environment; its standard output.
    QString runClient(const QStringList &arguments, const QProcessEnvironment &environment);

    QString m_serverExe;
    QString m_clientExe;
    TestDatabase m_database;
    ServerProcess m_server;
    QTemporaryDir m_dir;
};

void tst_Unpacked::initTestCase() {
    // Without them ServerProcess would quietly test the build tree's server instead.
    m_serverExe = qEnvironmentVariable("ROOMCLAIM_TEST_SERVER_EXE");
    m_clientExe = qEnvironmentVariable("ROOMCLAIM_TEST_CLIENT_EXE");
    QVERIFY2(!m_serverExe.isEmpty() && !m_clientExe.isEmpty(),
             "run through tests/packaging/package_test.sh, which unpacks the packages");
    QVERIFY2(QFileInfo(m_serverExe).isExecutable(), qPrintable(m_serverExe));
    QVERIFY2(QFileInfo(m_clientExe).isExecutable(), qPrintable(m_clientExe));
    QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
    QVERIFY(m_dir.isValid());
}

void tst_Unpacked::serverTellsItsVersion() {
    const ServerProcess::Result result = ServerProcess::run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QStringLiteral("roomclaim-server " ROOMCLAIM_VERSION));
}

void tst_Unpacked::serverServesALogin() {
    // The demo school gives the teachers below; the packaged server creates its schema itself.
    QVERIFY2(m_server.start(m_database.url(), {QStringLiteral("--demo")}),
             qPrintable(m_server.error()));
    TestClient client;
    QVERIFY(client.open(m_server.url()));
    const QJsonObject reply = client.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    VERIFY_OK(reply);
    QVERIFY2(!reply.value(QStringLiteral("token")).toString().isEmpty(), qPrintable(json(reply)));
    const QJsonArray rooms =
        client.request(QStringLiteral("listRooms")).value(QStringLiteral("rooms")).toArray();
    QVERIFY2(!rooms.isEmpty(), "the logged-in teacher sees no rooms");
}

void tst_Unpacked::clientLogsInToTheSystemWideServer() {
    QVERIFY2(m_server.isRunning(), "needs the server of serverServesALogin");
    // What IT deploys once for every staff-room PC; the teacher's own configuration is empty.
    const QString systemDir = m_dir.filePath(QStringLiteral("xdg"));
    const QString homeDir = m_dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(systemDir + QStringLiteral("/RoomClaim")) && QDir().mkpath(homeDir));
    {
        QSettings system(systemDir + QStringLiteral("/RoomClaim/roomclaim.conf"),
                         QSettings::IniFormat);
        system.setValue(QStringLiteral("connection/server"), m_server.url());
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_DIRS"), systemDir);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), homeDir + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("HOME"), homeDir);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    // No --server: the teacher types only username and password (given here as options, which
    // log in at once), and the only way to this server's random port is the system-wide file.
    QProcess client;
    client.setProcessEnvironment(environment);
    client.setProcessChannelMode(QProcess::MergedChannels);
    client.start(m_clientExe, {QStringLiteral("--username"), QStringLiteral("teacher.b"),
                               QStringLiteral("--password"), QStringLiteral("demo-b")});
    QVERIFY2(client.waitForStarted(10000), qPrintable(client.errorString()));
    const bool loggedIn = QTest::qWaitFor(
        [&] {
            return m_server.output().contains(QLatin1String("Teacher B logged in from 127.0.0.1"));
        },
        30000);
    const bool stillRunning = client.state() == QProcess::Running;
    client.kill();
    client.waitForFinished(5000);
    QVERIFY2(loggedIn,
             qPrintable(QStringLiteral("client output:\n%1\nserver output:\n%2")
                            .arg(QString::fromLocal8Bit(client.readAll()), m_server.output())));
    // Logged in, the client shows its main window and keeps running until the teacher quits.
    QVERIFY(stillRunning);
}

QString tst_Unpacked::runClient(const QStringList &arguments,
                                const QProcessEnvironment &environment) {
    QProcess client;
    client.setProcessEnvironment(environment);
    client.start(m_clientExe, arguments);
    if (!client.waitForFinished(20000)) {
        client.kill();
        client.waitForFinished();
        return {};
    }
    return QString::fromUtf8(client.readAllStandardOutput());
}

void tst_Unpacked::clientSpeaksTheTeachersLanguage() {
    // The translations are built into the programs (qt_add_translations, resource :/i18n): the
    // packaged client needs no file beside it to speak German.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LC_ALL"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    // No language chosen in RoomClaim yet: the system's counts.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("fresh")));
    const QString german = runClient({QStringLiteral("--help")}, environment);
    QVERIFY2(german.contains(QStringLiteral("RoomClaim-Client für Lehrkräfte")),
             qPrintable(german));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    const QString english = runClient({QStringLiteral("--help")}, environment);
    QVERIFY2(english.contains(QLatin1String("RoomClaim teacher client")), qPrintable(english));
}

QTEST_GUILESS_MAIN(tst_Unpacked)
#include "tst_unpacked.moc"
