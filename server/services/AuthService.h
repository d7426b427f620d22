// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Teacher.h"

#include <QString>

class QThreadPool;

// Logins with Argon2id hashes, throttled per account and per address in PostgreSQL (growing
// delays, shared by every instance); sessions are tokens stored (hashed) in PostgreSQL so any
// instance can resume them.
class AuthService {
public:
    struct LoggedIn {
        Teacher teacher;
        QString token;
    };

    // Failures before delays start: per account, and per address (higher: a whole staff room
    // may share one). Delays, never a lock-out: each wait is at most MaxDelaySeconds.
    static constexpr int MaxFailures = 5;
    static constexpr int MaxFailuresPerAddress = 20;
    static constexpr int FailureWindowSeconds = 900;
    static constexpr int MaxDelaySeconds = 300;
    static constexpr int SessionHours = 12;
    static constexpr int PasswordCheckThreads = 2;

    // Throws ProtocolError 401 AUTH_FAILED, or 429 TOO_MANY_ATTEMPTS with a retryAfter detail
    // (seconds) while the account or the address must wait; the password is not checked then.
    static LoggedIn login(const QString &username, const QString &password,
                          const QString &address = QString());
    static LoggedIn resume(const QString &token);
    static void logout(const QString &token);
    // Ends the stored sessions of one teacher (deactivation, password reset).
    static void endSessionsOf(qint64 teacherId);
    // Logins run here, never on the request workers: a flood of logins (each a deliberately
    // slow hash) then waits for these few threads while bookings go on.
    static QThreadPool *passwordPool();

private:
    static QString newToken(qint64 teacherId);
};
