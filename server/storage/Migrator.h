// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

// Applies the numbered schema migrations (resources/sql/NNN_name.sql) that the database lacks.
class Migrator {
public:
    // Returns the names of the migrations it applied. Throws DatabaseError.
    static QStringList migrate();
    static int latestVersion();
};
