// SPDX-License-Identifier: GPL-3.0-or-later

#include "MessageCodec.h"
#include "PasswordHasher.h"
#include "ReplyChecks.h"
#include "ServerProcess.h"
#include "TcpProxy.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtTest>
#include <algorithm>
#include <memory>
#include <vector>

// Passwords and logins (issue 9): Argon2id hashes, the PBKDF2 upgrade at login, over-long
// usernames, the password pool under a login flood, and the throttle in PostgreSQL.
class tst_Passwords : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void newAndImportedTeachersGetArgon2id();
    void pbkdf2HashIsUpgradedAtLogin();
    void overLongUsernameIsRefusedAtOnce();
    void loginFloodLeavesBookingsFast();
    void parallelWrongLoginsCheckAtMostTheLimit();
    void throttlePerAddress();

private:
    QString hashOf(const QString &username) const {
        return m_db
            ->scalar(QStringLiteral("SELECT password_hash FROM teachers WHERE username = '%1'")
                         .arg(username))
            .toString();
    }
    int throttleValue(const QString &column, const QString &scope, const QString &key) const {
        return m_db
            ->scalar(QStringLiteral("SELECT %1 FROM login_throttle WHERE scope = '%2' AND key = "
                                    "'%3'")
                         .arg(column, scope, key))
            .toInt();
    }
    // A proxy to the server (or to `port`) whose connections come from another loopback address.
    std::unique_ptr<TcpProxy> proxyFrom(const QString &address, quint16 port = 0) const {
        auto proxy =
            std::make_unique<TcpProxy>(QStringLiteral("127.0.0.1"), port ? port : m_server->port());
        proxy->setSourceAddress(QHostAddress(address));
        return proxy->listen() ? std::move(proxy) : nullptr;
    }
    static QString viaProxy(const TcpProxy &proxy) {
        return QStringLiteral("ws://127.0.0.1:%1/").arg(proxy.port());
    }
    static QString randomUsername(int length) {
        QString name;
        for (int i = 0; i < length; ++i)
            name += QChar(u'a' + QRandomGenerator::global()->bounded(26));
        return name;
    }
    // p50 and p95 of listRooms round trips (ms) for `client` over `durationMs`.
    static std::vector<double> listRoomsTimes(TestClient &client, int durationMs, bool *allOk);
    static double percentile(std::vector<double> values, double p) {
        std::sort(values.begin(), values.end());
        return values.empty() ? 0 : values.at(size_t(p * double(values.size() - 1)));
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
};

void tst_Passwords::initTestCase() {
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(m_db->url(), {QStringLiteral("--demo")}),
             qPrintable(m_server->error()));
}

void tst_Passwords::cleanupTestCase() {
    m_server.reset();
    m_db.reset();
}

void tst_Passwords::newAndImportedTeachersGetArgon2id() {
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM teachers WHERE password_hash LIKE "
                                         "'$argon2id$%'"))
                 .toInt(),
             3);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("teachers.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("username,name,email,role,password\n"
               "imported.one,Imported One,one@school.test,teacher,imported-secret\n");
    file.close();
    const ServerProcess::Result import = ServerProcess::run(
        {QStringLiteral("--import-teachers"), path, QStringLiteral("--db"), m_db->url()});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err + import.out));
    QVERIFY2(hashOf(QStringLiteral("imported.one")).startsWith(QLatin1String("$argon2id$")),
             qPrintable(hashOf(QStringLiteral("imported.one"))));
    TestClient client;
    QVERIFY(client.open(m_server->url()));
    VERIFY_OK(client.login(QStringLiteral("imported.one"), QStringLiteral("imported-secret")));
}

void tst_Passwords::pbkdf2HashIsUpgradedAtLogin() {
    // Exactly what the first release stored.
    const QString old = PasswordHasher::pbkdf2Hash(QStringLiteral("old-secret"));
    QVERIFY(old.startsWith(QLatin1String("pbkdf2-sha256$120000$")));
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO teachers (username, name, role, password_hash) "
                                      "VALUES ('old.hash', 'Old Hash', 'teacher', '%1')")
                           .arg(old)));
    {
        TestClient wrong;
        QVERIFY(wrong.open(m_server->url()));
        VERIFY_FAILURE(wrong.login(QStringLiteral("old.hash"), QStringLiteral("not-it")), 401,
                       "AUTH_FAILED");
        QCOMPARE(hashOf(QStringLiteral("old.hash")), old);
    }
    TestClient first;
    QVERIFY(first.open(m_server->url()));
    VERIFY_OK(first.login(QStringLiteral("old.hash"), QStringLiteral("old-secret")));
    const QString upgraded = hashOf(QStringLiteral("old.hash"));
    QVERIFY2(upgraded.startsWith(QLatin1String("$argon2id$")), qPrintable(upgraded));
    TestClient second;
    QVERIFY(second.open(m_server->url()));
    VERIFY_OK(second.login(QStringLiteral("old.hash"), QStringLiteral("old-secret")));
    // Already current: not hashed again.
    QCOMPARE(hashOf(QStringLiteral("old.hash")), upgraded);
    QVERIFY(!PasswordHasher::needsRehash(upgraded));
    QVERIFY(PasswordHasher::needsRehash(old));
}

void tst_Passwords::overLongUsernameIsRefusedAtOnce() {
    const int rowsBefore =
        m_db->scalar(QStringLiteral("SELECT count(*) FROM login_throttle")).toInt();
    TestClient client;
    QVERIFY(client.open(m_server->url()));
    VERIFY_FAILURE(client.login(QStringLiteral("a").repeated(101), QStringLiteral("x")), 401,
                   "AUTH_FAILED");
    QElapsedTimer timer;
    timer.start();
    VERIFY_FAILURE(client.login(randomUsername(60000), QStringLiteral("x")), 401, "AUTH_FAILED");
    qInfo("a 60,000-character username refused in %lld ms", timer.elapsed());
    // Neither was counted nor looked up: the throttle table is as it was.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM login_throttle")).toInt(),
             rowsBefore);
    // 100 characters is still a username (unknown here): it is checked and counted.
    VERIFY_FAILURE(client.login(QStringLiteral("b").repeated(100), QStringLiteral("x")), 401,
                   "AUTH_FAILED");
    QCOMPARE(throttleValue(QStringLiteral("checks"), QStringLiteral("account"),
                           QStringLiteral("b").repeated(100)),
             1);
}

std::vector<double> tst_Passwords::listRoomsTimes(TestClient &client, int durationMs, bool *allOk) {
    std::vector<double> times;
    QElapsedTimer total;
    total.start();
    while (total.elapsed() < durationMs) {
        QElapsedTimer one;
        one.start();
        const QJsonObject reply = client.request(QStringLiteral("listRooms"));
        times.push_back(double(one.nsecsElapsed()) / 1e6);
        if (!reply.value(QStringLiteral("ok")).toBool())
            *allOk = false;
    }
    return times;
}

void tst_Passwords::loginFloodLeavesBookingsFast() {
    TestClient teacher;
    QVERIFY(teacher.open(m_server->url()));
    VERIFY_OK(teacher.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a")));
    bool allOk = true;
    const std::vector<double> before = listRoomsTimes(teacher, 1000, &allOk);

    // 16 attackers, each from its own address (so the per-address throttle does not stop them
    // before the hashing does), each keeping one login with a random 100-character username and
    // a wrong password in flight at all times.
    constexpr int Attackers = 16;
    std::vector<std::unique_ptr<TcpProxy>> proxies;
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    int loginsAnswered = 0;
    for (int i = 0; i < Attackers; ++i) {
        proxies.push_back(proxyFrom(QStringLiteral("127.0.0.%1").arg(10 + i)));
        QVERIFY(proxies.back());
        auto socket = std::make_unique<QWebSocket>();
        QWebSocket *raw = socket.get();
        auto sendLogin = [raw] {
            raw->sendTextMessage(QString::fromUtf8(MessageCodec::encodeRequest(
                1, QStringLiteral("login"),
                {{QStringLiteral("username"), randomUsername(100)},
                 {QStringLiteral("password"), QStringLiteral("wrong")}})));
        };
        connect(raw, &QWebSocket::connected, raw, sendLogin);
        connect(raw, &QWebSocket::textMessageReceived, raw, [&loginsAnswered, sendLogin] {
            ++loginsAnswered;
            sendLogin();
        });
        raw->open(QUrl(viaProxy(*proxies.back())));
        sockets.push_back(std::move(socket));
    }
    QTest::qWait(300);
    const std::vector<double> during = listRoomsTimes(teacher, 3000, &allOk);
    for (auto &socket : sockets) {
        socket->disconnect();
        socket->close();
    }
    qInfo("listRooms before the flood: %zu round trips, p50 %.2f ms, p95 %.2f ms", before.size(),
          percentile(before, 0.5), percentile(before, 0.95));
    qInfo("listRooms during the flood (%d connections, %d failed logins answered): %zu round "
          "trips, p50 %.2f ms, p95 %.2f ms",
          Attackers, loginsAnswered, during.size(), percentile(during, 0.5),
          percentile(during, 0.95));
    QVERIFY(allOk);
    QVERIFY(!before.empty() && !during.empty());
    QVERIFY(loginsAnswered > 0);
}

void tst_Passwords::parallelWrongLoginsCheckAtMostTheLimit() {
    // Two instances on one database: the count is shared.
    ServerProcess second;
    QVERIFY2(second.start(m_db->url(), {QStringLiteral("--demo")}), qPrintable(second.error()));
    // From an address of its own: the earlier tests' failures from 127.0.0.1 count against that
    // address, whose own delays would otherwise decide the wait reported here.
    const std::unique_ptr<TcpProxy> toFirst = proxyFrom(QStringLiteral("127.0.0.4"));
    const std::unique_ptr<TcpProxy> toSecond =
        proxyFrom(QStringLiteral("127.0.0.4"), second.port());
    QVERIFY(toFirst && toSecond);
    constexpr int Attempts = 40;
    std::vector<std::unique_ptr<TestClient>> clients;
    for (int i = 0; i < Attempts; ++i) {
        clients.push_back(std::make_unique<TestClient>());
        QVERIFY(clients.back()->open(viaProxy(i % 2 ? *toSecond : *toFirst)));
    }
    QElapsedTimer batch;
    batch.start();
    std::vector<qint64> ids;
    for (auto &client : clients)
        ids.push_back(client->send(QStringLiteral("login"),
                                   {{QStringLiteral("username"), QStringLiteral("teacher.b")},
                                    {QStringLiteral("password"), QStringLiteral("guess")}}));
    int failed = 0, throttled = 0, longestWait = 0;
    for (int i = 0; i < Attempts; ++i) {
        const QJsonObject reply = clients[size_t(i)]->waitForReply(ids[size_t(i)], 30000);
        const QString code = reply.value(QStringLiteral("code")).toString();
        if (code == QLatin1String("AUTH_FAILED")) {
            ++failed;
        } else {
            VERIFY_FAILURE(reply, 429, "TOO_MANY_ATTEMPTS");
            const int retryAfter = reply.value(QStringLiteral("retryAfter")).toInt();
            QVERIFY2(retryAfter >= 1, qPrintable(json(reply)));
            longestWait = std::max(longestWait, retryAfter);
            ++throttled;
        }
    }
    const qint64 tookMs = batch.elapsed();
    const int checks = throttleValue(QStringLiteral("checks"), QStringLiteral("account"),
                                     QStringLiteral("teacher.b"));
    qInfo("40 parallel wrong logins on two instances: %d checked (AUTH_FAILED), %d refused with "
          "429 (longest wait %d s); %d password checks counted in login_throttle; %lld ms",
          failed, throttled, longestWait, checks, tookMs);
    // Five checks, then waits of 2, 4, 8 … s. The refused attempts queue behind the checks'
    // Argon2id hashes (two at a time per instance), so on a machine slow enough for a wait to
    // run out before every attempt was answered, one more check per wait that ran out is right.
    int allowed = 5;
    for (qint64 wait = 2000, waited = 2000; waited < tookMs; wait *= 2, waited += wait)
        ++allowed;
    QVERIFY2(failed >= 5 && failed <= allowed, qPrintable(QString::number(failed)));
    QCOMPARE(throttled, Attempts - failed);
    QCOMPARE(checks, failed);
    // Each refusal names the wait that is running: 2 s after the fifth failure, doubling.
    QVERIFY2(longestWait <= 1 << (failed - 4), qPrintable(QString::number(longestWait)));
    // Even the right password waits, without being checked (a wait that is surely still running,
    // whatever the machine's speed).
    QVERIFY(m_db->exec(QStringLiteral("UPDATE login_throttle SET blocked_until = now() + interval "
                                      "'30 seconds' WHERE scope = 'account' AND key = "
                                      "'teacher.b'")));
    TestClient owner;
    QVERIFY(owner.open(m_server->url()));
    VERIFY_FAILURE(owner.login(QStringLiteral("teacher.b"), QStringLiteral("demo-b")), 429,
                   "TOO_MANY_ATTEMPTS");
    QCOMPARE(throttleValue(QStringLiteral("checks"), QStringLiteral("account"),
                           QStringLiteral("teacher.b")),
             failed);
    QVERIFY(m_db->exec(QStringLiteral("UPDATE login_throttle SET blocked_until = now() WHERE "
                                      "scope = 'account' AND key = 'teacher.b'")));
    // Another account from another address is not affected.
    {
        const std::unique_ptr<TcpProxy> proxy = proxyFrom(QStringLiteral("127.0.0.2"));
        QVERIFY(proxy);
        TestClient colleague;
        QVERIFY(colleague.open(viaProxy(*proxy)));
        VERIFY_OK(colleague.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a")));
    }

    // The count survives a restart of every instance.
    second.stop();
    m_server->stop();
    QVERIFY2(m_server->start(m_db->url(), {QStringLiteral("--demo")}),
             qPrintable(m_server->error()));
    QCOMPARE(throttleValue(QStringLiteral("failures"), QStringLiteral("account"),
                           QStringLiteral("teacher.b")),
             failed);
    TestClient after;
    QVERIFY(after.open(m_server->url()));
    VERIFY_FAILURE(after.login(QStringLiteral("teacher.b"), QStringLiteral("guess")), 401,
                   "AUTH_FAILED");
    // The next failure doubles the wait: a forgotten count would have allowed this attempt.
    const QJsonObject waiting = after.login(QStringLiteral("teacher.b"), QStringLiteral("demo-b"));
    VERIFY_FAILURE(waiting, 429, "TOO_MANY_ATTEMPTS");
    const int retryAfter = waiting.value(QStringLiteral("retryAfter")).toInt();
    const int doubled = 1 << (failed - 3);
    QVERIFY2(retryAfter >= doubled - 1 && retryAfter <= doubled, qPrintable(json(waiting)));
    // After the wait the right password works and clears the account's count.
    QTest::qWait(retryAfter * 1000 + 100);
    VERIFY_OK(after.login(QStringLiteral("teacher.b"), QStringLiteral("demo-b")));
    QCOMPARE(throttleValue(QStringLiteral("failures"), QStringLiteral("account"),
                           QStringLiteral("teacher.b")),
             0);
}

void tst_Passwords::throttlePerAddress() {
    const std::unique_ptr<TcpProxy> guesser = proxyFrom(QStringLiteral("127.0.0.3"));
    QVERIFY(guesser);
    TestClient client;
    QVERIFY(client.open(viaProxy(*guesser)));
    // 20 failures from one address, each on another account: no account reaches its limit.
    for (int i = 0; i < 20; ++i)
        VERIFY_FAILURE(client.login(QStringLiteral("guess.%1").arg(i), QStringLiteral("x")), 401,
                       "AUTH_FAILED");
    QCOMPARE(throttleValue(QStringLiteral("failures"), QStringLiteral("address"),
                           QStringLiteral("127.0.0.3")),
             20);
    const QJsonObject refused = client.login(QStringLiteral("admin"), QStringLiteral("demo-admin"));
    VERIFY_FAILURE(refused, 429, "TOO_MANY_ATTEMPTS");
    QVERIFY(refused.value(QStringLiteral("retryAfter")).toInt() >= 1);
    // The same account from another address logs in.
    TestClient other;
    QVERIFY(other.open(m_server->url()));
    VERIFY_OK(other.login(QStringLiteral("admin"), QStringLiteral("demo-admin")));
}

QTEST_MAIN(tst_Passwords)
#include "tst_passwords.moc"
