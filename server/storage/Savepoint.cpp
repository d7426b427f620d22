// SPDX-License-Identifier: GPL-3.0-or-later

#include "Savepoint.h"

#include "Database.h"
#include "DatabaseError.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSavepoint, "roomclaim.database.savepoint")

namespace {
const QString Name = QStringLiteral("roomclaim_piece");
}

void Savepoint::begin() {
    Database::exec(QStringLiteral("SAVEPOINT %1").arg(Name));
}

void Savepoint::release() {
    Database::exec(QStringLiteral("RELEASE SAVEPOINT %1").arg(Name));
}

void Savepoint::rollBackQuietly() {
    try {
        Database::exec(QStringLiteral("ROLLBACK TO SAVEPOINT %1").arg(Name));
        Database::exec(QStringLiteral("RELEASE SAVEPOINT %1").arg(Name));
    } catch (const DatabaseError &error) {
        qCWarning(lcSavepoint) << "could not roll back to the savepoint:" << error.message();
    }
}
