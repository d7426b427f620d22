#pragma once

#include <QString>

// Salted, deliberately slow password hashes (PBKDF2-HMAC-SHA256). Plain passwords are never stored.
// Stored form: pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>
class PasswordHasher {
public:
    static constexpr int DefaultIterations = 120000;

    static QString hash(const QString &password, int iterations = DefaultIterations);
    static bool verify(const QString &password, const QString &stored);
};
