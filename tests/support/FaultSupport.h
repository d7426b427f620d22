// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>

class QTcpSocket;
class ServerProcess;
class TestClient;
class TestDatabase;

// What the fault suites share: teachers' connections that resume instead of logging in, a
// server killed with SIGKILL, and what a user would check afterwards in PostgreSQL (bookings
// acknowledged against stored, overlaps, locks, statements still running). A test class
// derives from it to call these as its own.
class FaultSupport {
protected:
    // Tokens of the demo school's teachers, so that further connections resume instead of
    // paying for an Argon2id login each.
    struct Tokens {
        QString a, b, admin;
        const QString &at(int i) const { return i % 3 == 0 ? a : i % 3 == 1 ? b : admin; }
    };
    static bool logIn(const ServerProcess &server, Tokens *tokens);
    static std::unique_ptr<TestClient> resumed(const QString &url, const QString &token);
    static QJsonObject confirmParams(qint64 roomId, const QDateTime &start, int minutes);
    static QString sqlRange(const QDateTime &start, const QDateTime &end);
    static qint64 roomId(const TestDatabase &db, const QString &name);
    static int count(const TestDatabase &db, const QString &sql);
    static bool killHard(ServerProcess &server);
    // No two live bookings of one room overlap, asked of PostgreSQL directly.
    static int overlaps(const TestDatabase &db);
    // How many of these bookings (as the server acknowledged them) are not stored, live, with
    // the same room and interval.
    static int missing(const TestDatabase &db, const QList<QJsonObject> &acknowledged);
    static int liveLocks(TestClient &client, const QDateTime &from, const QDateTime &to);
    // Holds a table against inserts (not reads) in the test's own transaction.
    static bool hold(const TestDatabase &db, const QString &table);
    static bool serverIsWaitingFor(const TestDatabase &db, const QString &table);
    // Statements of any server instance running in the database right now.
    static int serverStatementsRunning(const TestDatabase &db);
    // Events of that name about a booking or lock of the room starting in [from, to).
    static int eventsWithin(const TestClient &client, const QString &name, qint64 roomId,
                            const QDateTime &from, const QDateTime &to);
    // Weekdays from a Monday in a term the demo school keeps open.
    static QList<QDate> weekdays(const QDate &from, int count);
    // A single-quoted SQL literal.
    static QString sqlText(const QString &text);
    static bool isCode(const QJsonObject &reply, int status, const char *code);
    // A teacher's connection on a bare TCP socket, resumed with a token, so that it can vanish
    // without a WebSocket close frame (a laptop lid shut, a cable pulled).
    static bool openBare(QTcpSocket &socket, quint16 port, const QString &token);
};
