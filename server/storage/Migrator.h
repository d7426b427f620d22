// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

// Applies the numbered schema migrations (resources/sql/NNN_name.sql) that the database lacks.
class Migrator {
public:
    // Returns the names of the migrations it applied. Throws DatabaseError, also when the
    // database's schema is newer than latestVersion() (then nothing is changed).
    static QStringList migrate();
    // The newest migration this build knows.
    static int latestVersion();
    // The version the connected database is at; 0 when it has no schema_migrations table.
    static int installedVersion();
};
