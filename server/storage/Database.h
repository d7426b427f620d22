// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "DatabaseUrl.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

// Opens one QSqlDatabase connection per thread (never shared across threads) and runs
// statements that throw DatabaseError instead of failing quietly.
class Database {
public:
    static void configure(const DatabaseUrl &url);
    static DatabaseUrl url();
    // Changes whenever configure() points the process at a database: what was read from the
    // previous one and kept in memory is no longer the truth.
    static quint64 configuration();
    // statement_timeout and lock_timeout of every connection opened from now on, in ms (0: none).
    static void setTimeouts(int statementMs, int lockMs);

    // This thread's connection, opened (or re-opened after a loss) on demand.
    // Throws DatabaseError with connectionLost when the server cannot be reached.
    static QSqlDatabase connection();
    // A separately named connection for special uses (the LISTEN connection).
    static QSqlDatabase open(const QString &connectionName);
    // Someone saw the database go away: every connection opened before is replaced before its
    // next use outside a transaction.
    static void markConnectionsLost();

    static QSqlQuery exec(const QString &sql, const QVariantMap &binds = {});
    static QSqlQuery exec(QSqlDatabase db, const QString &sql, const QVariantMap &binds = {});

    // Runs body inside a transaction; rolls back and rethrows on any exception. Nested calls
    // join the outermost transaction, which alone commits or rolls back.
    template <typename Body> static auto transaction(Body body) {
        QSqlDatabase db = connection();
        const bool outermost = begin(db);
        try {
            if constexpr (std::is_void_v<decltype(body())>) {
                body();
                finish(db, outermost);
            } else {
                auto result = body();
                finish(db, outermost);
                return result;
            }
        } catch (...) {
            abandon(db, outermost);
            throw;
        }
    }

private:
    // The statement with each :name placeholder replaced by its value as a safely escaped literal.
    static QString bind(QSqlDatabase db, const QString &sql, const QVariantMap &binds);
    static bool begin(QSqlDatabase db);
    static void finish(QSqlDatabase db, bool outermost);
    static void abandon(QSqlDatabase db, bool outermost);
    [[noreturn]] static void fail(QSqlDatabase db, const QSqlError &error);
};
