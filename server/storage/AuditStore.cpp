// SPDX-License-Identifier: GPL-3.0-or-later

#include "AuditStore.h"

#include "Database.h"
#include "SqlTime.h"

#include <QJsonDocument>

namespace {
// The conditions of a filter as SQL, with their binds added to *binds.
QString whereClause(const AuditFilter &filter, QVariantMap *binds) {
    QStringList conditions{QStringLiteral("true")};
    if (filter.from.isValid()) {
        conditions << QStringLiteral("at >= CAST(:from AS timestamptz)");
        binds->insert(QStringLiteral("from"), SqlTime::toSql(QDateTime(filter.from, QTime(0, 0))));
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("at < CAST(:to AS timestamptz)");
        binds->insert(QStringLiteral("to"),
                      SqlTime::toSql(QDateTime(filter.to.addDays(1), QTime(0, 0))));
    }
    if (filter.action.endsWith(QLatin1Char('.'))) {
        conditions << QStringLiteral("starts_with(action, :action)");
        binds->insert(QStringLiteral("action"), filter.action);
    } else if (!filter.action.isEmpty()) {
        conditions << QStringLiteral("action = :action");
        binds->insert(QStringLiteral("action"), filter.action);
    }
    if (filter.actorId) {
        conditions << QStringLiteral("actor_id = :actorId");
        binds->insert(QStringLiteral("actorId"), *filter.actorId);
    } else if (!filter.actor.isEmpty()) {
        conditions << QStringLiteral("actor_id IS NULL AND actor = :actor");
        binds->insert(QStringLiteral("actor"), filter.actor);
    }
    if (!filter.text.trimmed().isEmpty()) {
        // The text is matched literally: LIKE's own wildcards in it are escaped.
        QString pattern = filter.text.trimmed();
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        conditions << QStringLiteral("(actor ILIKE :text OR actor_name ILIKE :text OR address "
                                     "ILIKE :text OR subject ILIKE :text OR details::text ILIKE "
                                     ":text)");
        binds->insert(QStringLiteral("text"), QLatin1Char('%') + pattern + QLatin1Char('%'));
    }
    return conditions.join(QStringLiteral(" AND "));
}

AuditRecord recordFrom(const QSqlQuery &query) {
    AuditRecord record;
    record.id = query.value(0).toLongLong();
    record.at = SqlTime::fromMs(query.value(1));
    record.actorId = query.value(2).isNull() ? 0 : query.value(2).toLongLong();
    record.actor = query.value(3).toString();
    record.actorName = query.value(4).toString();
    record.actorRole = query.value(5).toString();
    record.address = query.value(6).toString();
    record.action = query.value(7).toString();
    record.subject = query.value(8).toString();
    record.details = QJsonDocument::fromJson(query.value(9).toString().toUtf8()).object();
    return record;
}
} // namespace

void AuditStore::insert(const AuditRecord &record) {
    Database::exec(
        QStringLiteral("INSERT INTO audit_log (actor_id, actor, actor_name, actor_role, address, "
                       "action, subject, details) VALUES (NULLIF(:actorId, 0), :actor, "
                       ":actorName, :actorRole, :address, :action, :subject, "
                       "CAST(:details AS jsonb))"),
        {{QStringLiteral("actorId"), record.actorId},
         {QStringLiteral("actor"), record.actor},
         {QStringLiteral("actorName"), record.actorName},
         {QStringLiteral("actorRole"), record.actorRole},
         {QStringLiteral("address"), record.address},
         {QStringLiteral("action"), record.action},
         {QStringLiteral("subject"), record.subject},
         {QStringLiteral("details"),
          QString::fromUtf8(QJsonDocument(record.details).toJson(QJsonDocument::Compact))}});
}

QList<AuditRecord> AuditStore::find(const AuditFilter &filter) {
    QVariantMap binds;
    QString where = whereClause(filter, &binds);
    if (filter.beforeId) {
        where += QStringLiteral(" AND id < :before");
        binds.insert(QStringLiteral("before"), *filter.beforeId);
    }
    binds.insert(QStringLiteral("limit"), qMax(0, filter.limit));
    // Ids grow with every row, so "newest first" is the primary key backwards: keyset paging
    // with beforeId stays cheap however many rows a year holds.
    QSqlQuery query = Database::exec(
        QStringLiteral("SELECT id, (extract(epoch FROM at) * 1000)::bigint, actor_id, actor, "
                       "actor_name, actor_role, address, action, subject, details::text "
                       "FROM audit_log WHERE %1 ORDER BY id DESC LIMIT :limit")
            .arg(where),
        binds);
    QList<AuditRecord> records;
    while (query.next())
        records << recordFrom(query);
    return records;
}

qint64 AuditStore::count(const AuditFilter &filter) {
    QVariantMap binds;
    const QString where = whereClause(filter, &binds);
    QSqlQuery query =
        Database::exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE %1").arg(where), binds);
    return query.next() ? query.value(0).toLongLong() : 0;
}

int AuditStore::deleteOlderThan(int keepDays, int batchSize) {
    QSqlQuery query =
        Database::exec(QStringLiteral("WITH doomed AS (SELECT id FROM audit_log WHERE at < now() - "
                                      "make_interval(days => :days) ORDER BY at LIMIT :batch "
                                      "FOR UPDATE SKIP LOCKED) "
                                      "DELETE FROM audit_log WHERE id IN (SELECT id FROM doomed)"),
                       {{QStringLiteral("days"), keepDays}, {QStringLiteral("batch"), batchSize}});
    return query.numRowsAffected();
}
