// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// Salted, deliberately slow password hashes. Plain passwords are never stored.
// New hashes are Argon2id through libsodium (crypto_pwhash_str: "$argon2id$v=19$m=…,t=…,p=…$…").
// Older PBKDF2 hashes (pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>) still verify, so
// teachers can log in after an upgrade; needsRehash() tells the login to replace them.
class PasswordHasher {
public:
    static constexpr int DefaultPbkdf2Iterations = 120000;

    static QString hash(const QString &password);
    static bool verify(const QString &password, const QString &stored);
    // True for every PBKDF2 hash, and for Argon2id hashes weaker than today's limits.
    static bool needsRehash(const QString &stored);
    // The hash the first version stored, kept for tests of the upgrade path.
    static QString pbkdf2Hash(const QString &password, int iterations = DefaultPbkdf2Iterations);
};
