// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "AuditFilter.h"
#include "AuditRecord.h"

#include <QList>

// The audit_log table. Only SQL; what is recorded, and when, is AuditLog's.
class AuditStore {
public:
    // Inserts the row (its id and time are the database's) on this thread's connection, so
    // inside a transaction it commits or rolls back with the change it describes.
    static void insert(const AuditRecord &record);
    // Rows matching the filter, newest first, at most filter.limit of them.
    static QList<AuditRecord> find(const AuditFilter &filter);
    // How many rows match the filter (its beforeId and limit are ignored).
    static qint64 count(const AuditFilter &filter);
    // Deletes at most batchSize rows older than keepDays days, oldest first; returns how many.
    // Rows another instance is deleting at the same moment are skipped, not waited for.
    static int deleteOlderThan(int keepDays, int batchSize);
};
