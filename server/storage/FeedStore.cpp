// SPDX-License-Identifier: GPL-3.0-or-later

#include "FeedStore.h"

#include "Database.h"

namespace {
const QString KeySetting = QStringLiteral("feed/key");
}

std::optional<QString> FeedStore::nonce(qint64 teacherId) {
    QSqlQuery query =
        Database::exec(QStringLiteral("SELECT nonce FROM calendar_feeds WHERE teacher_id = :id"),
                       {{QStringLiteral("id"), teacherId}});
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

void FeedStore::save(qint64 teacherId, const QString &nonce, const QString &secretHash) {
    Database::exec(
        QStringLiteral("INSERT INTO calendar_feeds (teacher_id, nonce, secret_hash) "
                       "VALUES (:id, :nonce, :hash) ON CONFLICT (teacher_id) DO UPDATE SET "
                       "nonce = EXCLUDED.nonce, secret_hash = EXCLUDED.secret_hash, "
                       "created_at = now()"),
        {{QStringLiteral("id"), teacherId},
         {QStringLiteral("nonce"), nonce},
         {QStringLiteral("hash"), secretHash}});
}

std::optional<qint64> FeedStore::teacherFor(const QString &secretHash) {
    QSqlQuery query = Database::exec(QStringLiteral("SELECT f.teacher_id FROM calendar_feeds f "
                                                    "JOIN teachers t ON t.id = f.teacher_id "
                                                    "WHERE f.secret_hash = :hash AND t.active"),
                                     {{QStringLiteral("hash"), secretHash}});
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

QString FeedStore::key(const QString &candidate) {
    // Two instances may make a key at once: the first insert wins and both read it back.
    Database::exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                                  "ON CONFLICT (key) DO NOTHING"),
                   {{QStringLiteral("key"), KeySetting}, {QStringLiteral("value"), candidate}});
    QSqlQuery query = Database::exec(QStringLiteral("SELECT value FROM settings WHERE key = :key"),
                                     {{QStringLiteral("key"), KeySetting}});
    return query.next() ? query.value(0).toString() : candidate;
}
