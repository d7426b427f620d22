// SPDX-License-Identifier: GPL-3.0-or-later

#include "SettingsStore.h"

#include "Database.h"

QString SettingsStore::value(const QString &key, const QString &defaultValue) {
    QSqlQuery query = Database::exec(QStringLiteral("SELECT value FROM settings WHERE key = :key"),
                                     {{QStringLiteral("key"), key}});
    return query.next() ? query.value(0).toString() : defaultValue;
}

void SettingsStore::setValue(const QString &key, const QString &value) {
    Database::exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                                  "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"),
                   {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
}
