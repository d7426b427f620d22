// SPDX-License-Identifier: GPL-3.0-or-later

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

    struct Admission {
        int wait = 0; // 0: the attempt may go ahead; else the seconds to wait
        // Refused, and the first refusal of this wait for the account or the address: the one
        // refusal of the wait worth recording (a flood of refusals is one row, not thousands).
        bool firstRefusal = false;
        QString waitingScope; // "account" or "address": whose wait refused it
        qint64 refused = 0;   // attempts refused so far for that account or address
    };

    // Counts one attempt as a failure before its password is checked, for the account and (when
    // not empty) the address, atomically: parallel attempts see each other's counts. Returns a
    // wait of 0 when the attempt may go ahead, else the seconds to wait (nothing is counted then).
    static Admission admit(const QString &account, const Rule &accountRule, const QString &address,
                           const Rule &addressRule);
    // The admitted attempt succeeded: the account's count is cleared and the address's taken back.
    static void succeeded(const QString &account, const QString &address, const Rule &addressRule);
    // Forgets rows without a failure for a day.
    static void prune();
};
