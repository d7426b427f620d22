#pragma once

#include <QString>

// Failed-login counts per account and per address in PostgreSQL (table login_throttle), shared by
// every server instance and kept across restarts. Only SQL; the policy is AuthService's.
class LoginThrottleStore {
public:
    struct Rule {
        int maxFailures = 5;     // failures before delays start
        int windowSeconds = 900; // a count is forgotten this long after its last failure
        int maxDelaySeconds = 300;
    };

    // Counts one attempt as a failure before its password is checked, for the account and (when
    // not empty) the address, atomically: parallel attempts see each other's counts. Returns 0
    // when the attempt may go ahead, else the seconds to wait (nothing is counted then).
    static int admit(const QString &account, const Rule &accountRule, const QString &address,
                     const Rule &addressRule);
    // The admitted attempt succeeded: the account's count is cleared and the address's taken back.
    static void succeeded(const QString &account, const QString &address, const Rule &addressRule);
    // Forgets rows without a failure for a day.
    static void prune();
};
