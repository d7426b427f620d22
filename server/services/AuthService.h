#pragma once

#include "Teacher.h"

#include <QString>

// Logins with salted slow hashes, throttled per username; sessions are tokens stored (hashed)
// in PostgreSQL so any instance can resume them.
class AuthService {
public:
    struct LoggedIn {
        Teacher teacher;
        QString token;
    };

    static constexpr int MaxFailures = 5;
    static constexpr int FailureWindowSeconds = 300;
    static constexpr int SessionHours = 12;

    // Throws ProtocolError 401 AUTH_FAILED or 429 TOO_MANY_ATTEMPTS.
    static LoggedIn login(const QString &username, const QString &password);
    static LoggedIn resume(const QString &token);
    static void logout(const QString &token);
    // Ends the stored sessions of one teacher (deactivation, password reset).
    static void endSessionsOf(qint64 teacherId);
    static void resetThrottle();

private:
    static QString newToken(qint64 teacherId);
};
