// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <optional>

// The sessions table: login tokens, stored only as hashes, with an expiry.
class SessionStore {
public:
    static void insert(const QString &tokenHash, qint64 teacherId, int hours);
    // The teacher of a session that has not expired.
    static std::optional<qint64> liveTeacher(const QString &tokenHash);
    static void extend(const QString &tokenHash, int hours);
    // Deletes the session, and every expired one with it.
    static void remove(const QString &tokenHash);
    static void removeAllOf(qint64 teacherId);
    // Deletes every expired session; returns how many.
    static int removeExpired();
};
