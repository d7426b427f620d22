// SPDX-License-Identifier: GPL-3.0-or-later

#include "FaultSupport.h"

#include "RawWebSocket.h"
#include "Rfc3339.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QTcpSocket>
#include <QtTest>

#include <signal.h>

QList<QDate> FaultSupport::weekdays(const QDate &from, int count) {
    QList<QDate> days;
    for (QDate day = from; days.size() < count; day = day.addDays(1)) {
        if (day.dayOfWeek() <= 5)
            days << day;
    }
    return days;
}

QString FaultSupport::sqlText(const QString &text) {
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

bool FaultSupport::isCode(const QJsonObject &reply, int status, const char *code) {
    return reply.value(QStringLiteral("status")).toInt() == status &&
           reply.value(QStringLiteral("code")).toString() == QLatin1String(code);
}

bool FaultSupport::openBare(QTcpSocket &socket, quint16 port, const QString &token) {
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return false;
    socket.write(QStringLiteral("GET / HTTP/1.1\r\nHost: 127.0.0.1:%1\r\nUpgrade: websocket\r\n"
                                "Connection: Upgrade\r\nSec-WebSocket-Key: "
                                "dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                     .arg(port)
                     .toLatin1());
    QByteArray received;
    const QDeadlineTimer handshake(5000);
    while (!received.contains("\r\n\r\n") && !handshake.hasExpired() &&
           socket.waitForReadyRead(int(handshake.remainingTime())))
        received += socket.readAll();
    if (!received.startsWith("HTTP/1.1 101"))
        return false;
    received = received.mid(received.indexOf("\r\n\r\n") + 4);
    socket.write(requestFrame(1, QStringLiteral("resume"), {{QStringLiteral("token"), token}}));
    const QDeadlineTimer resume(10000);
    while (!received.contains("\"ok\"") && !resume.hasExpired() &&
           socket.waitForReadyRead(int(resume.remainingTime())))
        received += socket.readAll();
    return received.contains("\"ok\":true");
}

bool FaultSupport::logIn(const ServerProcess &server, Tokens *tokens) {
    const struct {
        const char *username, *password;
        QString *token;
    } people[] = {{"teacher.a", "demo-a", &tokens->a},
                  {"teacher.b", "demo-b", &tokens->b},
                  {"admin", "demo-admin", &tokens->admin}};
    for (const auto &person : people) {
        TestClient client;
        if (!client.open(server.url()))
            return false;
        const QJsonObject reply =
            client.request(QStringLiteral("login"),
                           {{QStringLiteral("username"), QString::fromLatin1(person.username)},
                            {QStringLiteral("password"), QString::fromLatin1(person.password)}},
                           30000);
        *person.token = reply.value(QStringLiteral("token")).toString();
        if (person.token->isEmpty())
            return false;
    }
    return true;
}

std::unique_ptr<TestClient> FaultSupport::resumed(const QString &url, const QString &token) {
    auto client = std::make_unique<TestClient>();
    if (!client->open(url))
        return nullptr;
    const QJsonObject reply =
        client->request(QStringLiteral("resume"), {{QStringLiteral("token"), token}}, 20000);
    if (!reply.value(QStringLiteral("ok")).toBool())
        return nullptr;
    return client;
}

QJsonObject FaultSupport::confirmParams(qint64 roomId, const QDateTime &start, int minutes) {
    return {{QStringLiteral("roomId"), roomId},
            {QStringLiteral("start"), Rfc3339::formatLocal(start)},
            {QStringLiteral("end"), Rfc3339::formatLocal(start.addSecs(qint64(minutes) * 60))},
            {QStringLiteral("purpose"), QStringLiteral("8C Geography")}};
}

QString FaultSupport::sqlRange(const QDateTime &start, const QDateTime &end) {
    return QStringLiteral("tstzrange(%1::timestamptz, %2::timestamptz, '[)')")
        .arg(sqlText(Rfc3339::formatLocal(start)), sqlText(Rfc3339::formatLocal(end)));
}

qint64 FaultSupport::roomId(const TestDatabase &db, const QString &name) {
    return db.scalar(QStringLiteral("SELECT id FROM rooms WHERE name = %1").arg(sqlText(name)))
        .toLongLong();
}

int FaultSupport::count(const TestDatabase &db, const QString &sql) {
    const QVariant value = db.scalar(sql);
    return value.isValid() ? value.toInt() : -1;
}

bool FaultSupport::killHard(ServerProcess &server) {
    if (!server.isRunning() || ::kill(pid_t(server.processId()), SIGKILL) != 0)
        return false;
    return QTest::qWaitFor([&] { return !server.isRunning(); }, 10000);
}

int FaultSupport::overlaps(const TestDatabase &db) {
    return count(db, QStringLiteral("SELECT count(*) FROM bookings a JOIN bookings b ON "
                                    "a.room_id = b.room_id AND a.id < b.id AND a.during && "
                                    "b.during WHERE a.canceled_at IS NULL AND b.canceled_at IS "
                                    "NULL"));
}

int FaultSupport::missing(const TestDatabase &db, const QList<QJsonObject> &acknowledged) {
    if (acknowledged.isEmpty())
        return 0;
    QStringList rows;
    for (const QJsonObject &booking : acknowledged)
        rows << QStringLiteral("(%1::bigint, %2::bigint, %3, %4)")
                    .arg(booking.value(QStringLiteral("id")).toInteger())
                    .arg(booking.value(QStringLiteral("roomId")).toInteger())
                    .arg(sqlText(booking.value(QStringLiteral("start")).toString()),
                         sqlText(booking.value(QStringLiteral("end")).toString()));
    return count(db, QStringLiteral("SELECT count(*) FROM (VALUES %1) AS a(id, room, s, e) WHERE "
                                    "NOT EXISTS (SELECT 1 FROM bookings b WHERE b.id = a.id AND "
                                    "b.room_id = a.room AND b.canceled_at IS NULL AND b.during = "
                                    "tstzrange(a.s::timestamptz, a.e::timestamptz, '[)'))")
                         .arg(rows.join(QStringLiteral(", "))));
}

int FaultSupport::liveLocks(TestClient &client, const QDateTime &from, const QDateTime &to) {
    const QJsonObject reply = client.request(QStringLiteral("listLocks"),
                                             {{QStringLiteral("from"), Rfc3339::formatLocal(from)},
                                              {QStringLiteral("to"), Rfc3339::formatLocal(to)}});
    if (!reply.value(QStringLiteral("ok")).toBool())
        return -1;
    return int(reply.value(QStringLiteral("locks")).toArray().size());
}

bool FaultSupport::hold(const TestDatabase &db, const QString &table) {
    return db.exec(QStringLiteral("BEGIN")) &&
           db.exec(QStringLiteral("LOCK TABLE %1 IN SHARE MODE").arg(table));
}

bool FaultSupport::serverIsWaitingFor(const TestDatabase &db, const QString &table) {
    return count(db, QStringLiteral("SELECT count(*) FROM pg_locks WHERE NOT granted AND "
                                    "relation = '%1'::regclass")
                         .arg(table)) > 0;
}

int FaultSupport::serverStatementsRunning(const TestDatabase &db) {
    return count(db, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                    "current_database() AND application_name = "
                                    "'roomclaim-server' AND state <> 'idle'"));
}

int FaultSupport::eventsWithin(const TestClient &client, const QString &name, qint64 roomId,
                               const QDateTime &from, const QDateTime &to) {
    int found = 0;
    for (const TestClient::Event &event : client.events()) {
        if (event.frame.value(QStringLiteral("event")).toString() != name)
            continue;
        const QJsonObject about = event.frame.contains(QStringLiteral("booking"))
                                      ? event.frame.value(QStringLiteral("booking")).toObject()
                                      : event.frame;
        const QDateTime start = Rfc3339::parse(about.value(QStringLiteral("start")).toString());
        found += about.value(QStringLiteral("roomId")).toInteger() == roomId && start >= from &&
                 start < to;
    }
    return found;
}
