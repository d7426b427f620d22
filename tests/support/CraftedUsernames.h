// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

// Usernames that end the SQL literal early where the server takes a backslash as an escape
// but the driver, escaping the value, did not (standard_conforming_strings turned off behind
// its back): \' becomes a quote inside the literal, the next ' ends it, and the rest is SQL
// that picks the admin. Tried with the admin's password, each logs in as the admin unless
// driver and server agree. `count` usernames, the three forms in turn, each distinct (a number
// in the trailing comment) so that the per-username login throttle never answers instead.
inline QStringList craftedUsernames(int count = 3) {
    const QStringList forms{QStringLiteral("\\' OR username=$$admin$$ --"),
                            QStringLiteral("x\\' OR role=$$admin$$ --"),
                            QStringLiteral("\\\\' OR true --")};
    QStringList usernames;
    for (int i = 0; i < count; ++i)
        usernames << (i < forms.size() ? forms.at(i)
                                       : forms.at(i % forms.size()) + QStringLiteral(" %1").arg(i));
    return usernames;
}
