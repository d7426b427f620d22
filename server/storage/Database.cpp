// SPDX-License-Identifier: GPL-3.0-or-later

#include "Database.h"

#include "DatabaseError.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QThread>
#include <atomic>
#include <mutex>

Q_LOGGING_CATEGORY(lcDatabase, "roomclaim.database")

namespace {
std::mutex urlMutex;
DatabaseUrl configuredUrl;
std::atomic<quint64> configurationCount{0};
std::atomic<int> statementTimeoutMs{10000};
std::atomic<int> lockTimeoutMs{5000};

thread_local int transactionDepth = 0;

// Counts the losses of the database seen by any connection. A connection opened before the
// latest loss has most likely died with it, even if it has not tried to talk since.
std::atomic<quint64> lossGeneration{0};
const char *const OpenedAtGeneration = "roomclaimOpenedAtGeneration";

// This thread's connection name, unique for the life of the process (a new thread may reuse
// a finished thread's address). A worker thread removes its connection when it ends.
class ThreadConnection {
public:
    ThreadConnection() {
        static std::atomic<quint64> counter{0};
        name = QStringLiteral("roomclaim-thread-%1").arg(++counter);
        const QCoreApplication *app = QCoreApplication::instance();
        worker = app && QThread::currentThread() != app->thread();
    }
    ~ThreadConnection() {
        if (!worker || !QSqlDatabase::contains(name))
            return;
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    QString name;
    bool worker = false;
};

// Values are inlined as literals escaped by the driver (see exec()), which decides at open
// whether backslashes escape. Sent with the connection itself, these settings win over the
// database's, a role's and postgresql.conf (even one reloaded later): a DBA turning
// standard_conforming_strings off can no longer let a backslash end a literal early. The
// timeouts keep one stuck statement or table lock from holding a worker, and every request
// queued behind it, indefinitely.
QString sessionOptions() {
    return QStringLiteral("options='-c standard_conforming_strings=on -c statement_timeout=%1 "
                          "-c lock_timeout=%2'")
        .arg(statementTimeoutMs.load())
        .arg(lockTimeoutMs.load());
}

QString threadConnectionName() {
    thread_local ThreadConnection connection;
    return connection.name;
}
} // namespace

void Database::configure(const DatabaseUrl &url) {
    std::lock_guard<std::mutex> locker(urlMutex);
    configuredUrl = url;
    ++configurationCount;
}

quint64 Database::configuration() {
    return configurationCount;
}

void Database::setTimeouts(int statementMs, int lockMs) {
    statementTimeoutMs = statementMs;
    lockTimeoutMs = lockMs;
}

DatabaseUrl Database::url() {
    std::lock_guard<std::mutex> locker(urlMutex);
    return configuredUrl;
}

QSqlDatabase Database::open(const QString &connectionName) {
    QSqlDatabase db = QSqlDatabase::contains(connectionName)
                          ? QSqlDatabase::database(connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (db.isOpen())
        return db;
    const quint64 generation = lossGeneration;
    const DatabaseUrl target = url();
    db.setHostName(target.host);
    db.setPort(target.port);
    db.setUserName(target.user);
    db.setPassword(target.password);
    db.setDatabaseName(target.databaseName);
    // Keepalives and a TCP user timeout notice a database host that went silent within seconds,
    // instead of the operating system's many minutes, so a probe never hangs the main thread.
    db.setConnectOptions(QStringLiteral("connect_timeout=3;application_name=roomclaim-server;"
                                        "keepalives=1;keepalives_idle=5;keepalives_interval=2;"
                                        "keepalives_count=3;tcp_user_timeout=8000;") +
                         sessionOptions());
    if (!db.open()) {
        // libpq explains over several lines; the first says what went wrong.
        const QString reason =
            db.lastError().databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
        throw DatabaseError(
            QStringLiteral("cannot connect to %1: %2").arg(target.toDisplayString(), reason),
            QString(), true);
    }
    // Times travel as epoch milliseconds; UTC keeps any text conversions unambiguous.
    QSqlQuery(db).exec(QStringLiteral("SET TIME ZONE 'UTC'; SET client_min_messages = warning"));
    db.driver()->setProperty(OpenedAtGeneration, generation);
    return db;
}

QSqlDatabase Database::connection() {
    const QString name = threadConnectionName();
    // A worker idle through an outage still holds its dead connection, and would fail the
    // first request after the database came back. Replace it up front instead, but never in
    // the middle of a transaction.
    if (transactionDepth == 0 && QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen() &&
            db.driver()->property(OpenedAtGeneration).toULongLong() != lossGeneration)
            db.close();
    }
    return open(name);
}

void Database::markConnectionsLost() {
    ++lossGeneration;
}

QSqlQuery Database::exec(const QString &sql, const QVariantMap &binds) {
    return exec(connection(), sql, binds);
}

QSqlQuery Database::exec(QSqlDatabase db, const QString &sql, const QVariantMap &binds) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Values are inlined as literals escaped by the driver rather than sent through a
    // server-side prepared statement: one round trip instead of three (prepare, execute,
    // deallocate) on the booking path, and no deallocation failing inside an aborted
    // transaction.
    if (!query.exec(bind(db, sql, binds)))
        fail(db, query.lastError());
    return query;
}

QString Database::bind(QSqlDatabase db, const QString &sql, const QVariantMap &binds) {
    if (binds.isEmpty())
        return sql;
    static const QRegularExpression placeholder(
        QStringLiteral("(?<![:\\w]):([A-Za-z_][A-Za-z0-9_]*)"));
    QString bound;
    bound.reserve(sql.size() + 64);
    qsizetype copiedUpTo = 0;
    QRegularExpressionMatchIterator matches = placeholder.globalMatch(sql);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const auto value = binds.constFind(match.captured(1));
        if (value == binds.cend())
            continue;
        QSqlField field(match.captured(1), value->metaType());
        field.setValue(*value);
        bound += QStringView(sql).mid(copiedUpTo, match.capturedStart() - copiedUpTo);
        bound += db.driver()->formatValue(field);
        copiedUpTo = match.capturedEnd();
    }
    bound += QStringView(sql).mid(copiedUpTo);
    return bound;
}

bool Database::begin(QSqlDatabase db) {
    if (transactionDepth++ > 0)
        return false;
    if (!db.transaction()) {
        transactionDepth = 0;
        fail(db, db.lastError());
    }
    return true;
}

void Database::finish(QSqlDatabase db, bool outermost) {
    if (!outermost) {
        --transactionDepth;
        return;
    }
    transactionDepth = 0;
    if (!db.commit()) {
        db.rollback();
        fail(db, db.lastError());
    }
}

void Database::abandon(QSqlDatabase db, bool outermost) {
    if (!outermost) {
        --transactionDepth;
        return;
    }
    transactionDepth = 0;
    db.rollback();
}

void Database::fail(QSqlDatabase db, const QSqlError &error) {
    const QString state = error.nativeErrorCode();
    // A statement the server refused carries an SQLSTATE; a broken link usually does not.
    // Probe the link to be sure, and drop it so the next request reconnects.
    bool lost = false;
    if (state.isEmpty() || state.startsWith(QLatin1String("08")) ||
        state.startsWith(QLatin1String("57P"))) {
        QSqlQuery probe(db);
        lost = !probe.exec(QStringLiteral("SELECT 1"));
        if (lost) {
            qCWarning(lcDatabase) << "database connection lost:" << error.text();
            db.close();
            markConnectionsLost();
        }
    }
    throw DatabaseError(error.text().trimmed(), state, lost);
}
