// SPDX-License-Identifier: GPL-3.0-or-later

#include "BookingConfigStore.h"

#include "Database.h"

qint64 BookingConfigStore::version() {
    QSqlQuery query = Database::exec(QStringLiteral("SELECT version FROM booking_config_version"));
    return query.next() ? query.value(0).toLongLong() : 0;
}
