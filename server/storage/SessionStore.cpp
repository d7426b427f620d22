// SPDX-License-Identifier: GPL-3.0-or-later

#include "SessionStore.h"

#include "Database.h"

void SessionStore::insert(const QString &tokenHash, qint64 teacherId, int hours) {
    Database::exec(
        QStringLiteral("INSERT INTO sessions (token_hash, teacher_id, expires_at) "
                       "VALUES (:hash, :teacher, now() + make_interval(hours => :hours))"),
        {{QStringLiteral("hash"), tokenHash},
         {QStringLiteral("teacher"), teacherId},
         {QStringLiteral("hours"), hours}});
}

std::optional<qint64> SessionStore::liveTeacher(const QString &tokenHash) {
    QSqlQuery query = Database::exec(
        QStringLiteral(
            "SELECT teacher_id FROM sessions WHERE token_hash = :hash AND expires_at > now()"),
        {{QStringLiteral("hash"), tokenHash}});
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

void SessionStore::extend(const QString &tokenHash, int hours) {
    Database::exec(
        QStringLiteral("UPDATE sessions SET expires_at = now() + make_interval(hours => :hours) "
                       "WHERE token_hash = :hash"),
        {{QStringLiteral("hash"), tokenHash}, {QStringLiteral("hours"), hours}});
}

void SessionStore::remove(const QString &tokenHash) {
    Database::exec(
        QStringLiteral("DELETE FROM sessions WHERE token_hash = :hash OR expires_at <= now()"),
        {{QStringLiteral("hash"), tokenHash}});
}

void SessionStore::removeAllOf(qint64 teacherId) {
    Database::exec(QStringLiteral("DELETE FROM sessions WHERE teacher_id = :id"),
                   {{QStringLiteral("id"), teacherId}});
}

int SessionStore::removeExpired() {
    return Database::exec(QStringLiteral("DELETE FROM sessions WHERE expires_at <= now()"))
        .numRowsAffected();
}
