// SPDX-License-Identifier: GPL-3.0-or-later

#include "AuditLog.h"

#include "AuditStore.h"
#include "Database.h"
#include "ProtocolError.h"
#include "Rfc3339.h"
#include "SettingsStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcAudit, "roomclaim.audit")

namespace {
// A prune deletes this many rows per statement, and at most MaxPruneBatches statements per call:
// a year of rows left by a long-stopped server goes over a few cleanup rounds, never in one
// long-held lock.
constexpr int PruneBatchSize = 5000;
constexpr int MaxPruneBatches = 20;

// Keys that would hold a secret. Services never put one in; this is the second line, so a
// mistake drops the value (with a warning) instead of storing it.
bool isSecretKey(const QString &key) {
    static const QSet<QString> secrets{
        QStringLiteral("password"), QStringLiteral("passwordhash"), QStringLiteral("password_hash"),
        QStringLiteral("hash"),     QStringLiteral("token"),        QStringLiteral("secret"),
        QStringLiteral("feedkey")};
    return secrets.contains(key.toLower());
}

QJsonValue withoutSecrets(const QJsonValue &value);

QJsonObject withoutSecrets(const QJsonObject &object) {
    QJsonObject clean;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isSecretKey(it.key())) {
            qCWarning(lcAudit) << "dropped a secret field from an audit entry:" << it.key();
            continue;
        }
        clean.insert(it.key(), withoutSecrets(it.value()));
    }
    return clean;
}

QJsonValue withoutSecrets(const QJsonValue &value) {
    if (value.isObject())
        return withoutSecrets(value.toObject());
    if (value.isArray()) {
        QJsonArray clean;
        for (const QJsonValue &item : value.toArray())
            clean.append(withoutSecrets(item));
        return clean;
    }
    return value;
}

// RFC 4180: quoted when it holds a separator, a quote or a line break. A cell a spreadsheet
// would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe: an attempted
// username such as =HYPERLINK(…) is attacker's text and must stay text.
QString csvField(const QString &text) {
    QString field = text;
    if (!field.isEmpty() && QStringLiteral("=+-@\t\r").contains(field.at(0)))
        field.prepend(QLatin1Char('\''));
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}
} // namespace

QStringList AuditLog::actions() {
    return {BookingCreated,     BookingCanceled,    SeriesCreated,      SeriesCanceled,
            RoomCreated,        RoomUpdated,        RoomDeactivated,    RoomReactivated,
            RoomRestricted,     RoomUnrestricted,   TeacherCreated,     TeacherUpdated,
            TeacherDeactivated, TeacherReactivated, TeacherPasswordSet, TeacherRoleChanged,
            PeriodsChanged,     CalendarChanged,    RulesChanged,       RetentionChanged,
            LockForceReleased,  ImportApplied,      LoginFailed,        LoginThrottled};
}

void AuditLog::record(const AuditEntry &entry) {
    record(Actor::current(), entry);
}

void AuditLog::record(const Actor &actor, const AuditEntry &entry) {
    AuditRecord row;
    row.actorId = actor.id;
    row.actor = actor.name;
    row.actorName = actor.fullName;
    row.actorRole = actor.role;
    row.address = actor.address;
    row.action = entry.action;
    row.subject = entry.subject;
    row.details = withoutSecrets(entry.details);
    AuditStore::insert(row);
}

QList<AuditRecord> AuditLog::find(const AuditFilter &filter) {
    return AuditStore::find(filter);
}

qint64 AuditLog::count(const AuditFilter &filter) {
    return AuditStore::count(filter);
}

int AuditLog::retentionDays() {
    bool ok = false;
    const int days =
        SettingsStore::value(RetentionKey, QString::number(DefaultRetentionDays)).toInt(&ok);
    return ok && days >= MinRetentionDays && days <= MaxRetentionDays ? days : DefaultRetentionDays;
}

void AuditLog::setRetentionDays(int days) {
    if (days < MinRetentionDays || days > MaxRetentionDays)
        throw ProtocolError::badRequest(QStringLiteral("The audit log is kept for %1 to %2 days.")
                                            .arg(MinRetentionDays)
                                            .arg(MaxRetentionDays));
    Database::transaction([&] {
        const int before = retentionDays();
        if (before == days)
            return;
        SettingsStore::setValue(RetentionKey, QString::number(days));
        record({RetentionChanged,
                QStringLiteral("audit log"),
                {{QStringLiteral("retentionDays"),
                  QJsonObject{{QStringLiteral("from"), before}, {QStringLiteral("to"), days}}}}});
    });
}

int AuditLog::prune() {
    const int keepDays = retentionDays();
    int deleted = 0;
    for (int batch = 0; batch < MaxPruneBatches; ++batch) {
        const int gone = AuditStore::deleteOlderThan(keepDays, PruneBatchSize);
        deleted += gone;
        if (gone < PruneBatchSize)
            break;
    }
    if (deleted > 0)
        qCInfo(lcAudit) << "removed" << deleted << "audit entries older than" << keepDays << "days";
    return deleted;
}

QString AuditLog::csvHeader() {
    return QStringLiteral("id,time,actor,actor_name,actor_role,address,action,subject,details\r\n");
}

QString AuditLog::csvLine(const AuditRecord &record) {
    return QStringList{QString::number(record.id),
                       Rfc3339::formatLocal(record.at),
                       csvField(record.actor),
                       csvField(record.actorName),
                       csvField(record.actorRole),
                       csvField(record.address),
                       csvField(record.action),
                       csvField(record.subject),
                       csvField(QString::fromUtf8(
                           QJsonDocument(record.details).toJson(QJsonDocument::Compact)))}
               .join(QLatin1Char(',')) +
           QStringLiteral("\r\n");
}
