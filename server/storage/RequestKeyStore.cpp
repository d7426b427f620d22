// SPDX-License-Identifier: GPL-3.0-or-later

#include "RequestKeyStore.h"

#include "Database.h"

#include <QJsonDocument>

namespace {
QVariantMap keyBinds(qint64 teacherId, const QString &requestId) {
    return {{QStringLiteral("teacher"), teacherId}, {QStringLiteral("request"), requestId}};
}
} // namespace

std::optional<RequestKeyStore::Entry> RequestKeyStore::find(qint64 teacherId,
                                                            const QString &requestId) {
    QSqlQuery query = Database::exec(
        QStringLiteral("SELECT fingerprint, booking_id, reply::text FROM request_keys "
                       "WHERE teacher_id = :teacher AND request_id = :request"),
        keyBinds(teacherId, requestId));
    if (!query.next())
        return std::nullopt;
    Entry entry;
    entry.fingerprint = query.value(0).toString();
    entry.bookingId = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
    if (!query.value(2).isNull())
        entry.reply = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
    return entry;
}

bool RequestKeyStore::claim(qint64 teacherId, const QString &requestId,
                            const QString &fingerprint) {
    QVariantMap binds = keyBinds(teacherId, requestId);
    binds.insert(QStringLiteral("fingerprint"), fingerprint);
    return Database::exec(
               QStringLiteral("INSERT INTO request_keys (teacher_id, request_id, fingerprint) "
                              "VALUES (:teacher, :request, :fingerprint) ON CONFLICT DO NOTHING"),
               binds)
               .numRowsAffected() > 0;
}

void RequestKeyStore::setReply(qint64 teacherId, const QString &requestId,
                               const QJsonObject &reply) {
    QVariantMap binds = keyBinds(teacherId, requestId);
    binds.insert(QStringLiteral("reply"),
                 QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact)));
    Database::exec(QStringLiteral("UPDATE request_keys SET reply = CAST(:reply AS jsonb) "
                                  "WHERE teacher_id = :teacher AND request_id = :request"),
                   binds);
}

void RequestKeyStore::release(qint64 teacherId, const QString &requestId) {
    Database::exec(QStringLiteral("DELETE FROM request_keys "
                                  "WHERE teacher_id = :teacher AND request_id = :request"),
                   keyBinds(teacherId, requestId));
}

int RequestKeyStore::removeOlderThan(int hours) {
    return Database::exec(QStringLiteral("DELETE FROM request_keys WHERE created_at < now() - "
                                         "make_interval(hours => :hours)"),
                          {{QStringLiteral("hours"), hours}})
        .numRowsAffected();
}
