// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <optional>

// The calendar_feeds table (one private feed per teacher, found by the hash of its secret) and
// the school-wide key the secrets are derived with (settings key feed/key).
class FeedStore {
public:
    // The nonce of the teacher's feed, if the teacher has one.
    static std::optional<QString> nonce(qint64 teacherId);
    // Creates or replaces the teacher's feed.
    static void save(qint64 teacherId, const QString &nonce, const QString &secretHash);
    // The active teacher whose feed has this secret hash.
    static std::optional<qint64> teacherFor(const QString &secretHash);
    // The key, made on first use; every instance on the database reads the same one.
    static QString key(const QString &candidate);
};
