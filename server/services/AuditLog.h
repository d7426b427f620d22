// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Actor.h"
#include "AuditEntry.h"
#include "AuditFilter.h"
#include "AuditRecord.h"

#include <QList>
#include <QString>
#include <QStringList>

// The audit log (docs/security.md, "Audit log"): every booking, cancellation, series, admin
// change and failed or throttled login, with when, who, from which address and what. Services
// record a row inside the transaction of the change it describes, so a committed change always
// has its row and a rolled-back one never does. Rows are kept for a school-wide number of days
// and pruned on the periodic cleanup. Nothing recorded is ever a password, a hash or a token.
class AuditLog {
public:
    // The actions recorded, with stable names (filters and CSV exports rely on them).
    static inline const QString BookingCreated = QStringLiteral("booking.created");
    static inline const QString BookingCanceled = QStringLiteral("booking.canceled");
    static inline const QString SeriesCreated = QStringLiteral("series.created");
    static inline const QString SeriesCanceled = QStringLiteral("series.canceled");
    static inline const QString RoomCreated = QStringLiteral("room.created");
    static inline const QString RoomUpdated = QStringLiteral("room.updated");
    static inline const QString RoomDeactivated = QStringLiteral("room.deactivated");
    static inline const QString RoomReactivated = QStringLiteral("room.reactivated");
    static inline const QString RoomRestricted = QStringLiteral("room.restricted");
    static inline const QString RoomUnrestricted = QStringLiteral("room.unrestricted");
    static inline const QString TeacherCreated = QStringLiteral("teacher.created");
    static inline const QString TeacherUpdated = QStringLiteral("teacher.updated");
    static inline const QString TeacherDeactivated = QStringLiteral("teacher.deactivated");
    static inline const QString TeacherReactivated = QStringLiteral("teacher.reactivated");
    static inline const QString TeacherPasswordSet = QStringLiteral("teacher.password_set");
    static inline const QString TeacherRoleChanged = QStringLiteral("teacher.role_changed");
    static inline const QString PeriodsChanged = QStringLiteral("periods.changed");
    static inline const QString CalendarChanged = QStringLiteral("calendar.changed");
    static inline const QString RulesChanged = QStringLiteral("rules.changed");
    static inline const QString RetentionChanged = QStringLiteral("audit.retention_changed");
    static inline const QString LockForceReleased = QStringLiteral("lock.force_released");
    static inline const QString ImportApplied = QStringLiteral("import.applied");
    static inline const QString LoginFailed = QStringLiteral("login.failed");
    static inline const QString LoginThrottled = QStringLiteral("login.throttled");
    static QStringList actions();

    // Records the entry as done by the current actor (Actor::current()), or by actor.
    static void record(const AuditEntry &entry);
    static void record(const Actor &actor, const AuditEntry &entry);

    // Rows matching the filter, newest first (at most filter.limit).
    static QList<AuditRecord> find(const AuditFilter &filter);
    static qint64 count(const AuditFilter &filter);

    // How many days rows are kept (the settings table, shared by every instance).
    static constexpr int DefaultRetentionDays = 365; // one school year
    static constexpr int MinRetentionDays = 1;
    static constexpr int MaxRetentionDays = 3650;
    static inline const QString RetentionKey = QStringLiteral("audit/retentionDays");
    static int retentionDays();
    // Throws ProtocolError 400 outside MinRetentionDays..MaxRetentionDays; a change is recorded.
    static void setRetentionDays(int days);
    // Deletes the rows older than the retention, in batches (each its own short statement, so a
    // big first prune never holds a lock for long); at most a bounded number per call, the rest
    // on the next call. Returns how many went.
    static int prune();

    // RFC 4180 CSV (UTF-8, CRLF): a header row, then one line per record.
    static QString csvHeader();
    static QString csvLine(const AuditRecord &record);
};
