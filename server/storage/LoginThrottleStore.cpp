// SPDX-License-Identifier: GPL-3.0-or-later

#include "LoginThrottleStore.h"

#include "Database.h"

namespace {
const QString AccountScope = QStringLiteral("account");
const QString AddressScope = QStringLiteral("address");

// 2, 4, 8, … seconds for the first, second, third … failure past the limit, up to the cap.
int delayAfter(int failures, const LoginThrottleStore::Rule &rule) {
    const int beyond = failures - rule.maxFailures + 1;
    if (beyond <= 0)
        return 0;
    if (beyond >= 30)
        return rule.maxDelaySeconds;
    return qMin(1 << beyond, rule.maxDelaySeconds);
}

// The seconds this row still has to wait (0 when free), read with the row locked.
int lockedWait(const QString &scope, const QString &key) {
    QSqlQuery query = Database::exec(
        QStringLiteral("SELECT ceil(GREATEST(0, EXTRACT(EPOCH FROM blocked_until - now())))::int "
                       "FROM login_throttle WHERE scope = :scope AND key = :key FOR UPDATE"),
        {{QStringLiteral("scope"), scope}, {QStringLiteral("key"), key}});
    return query.next() ? query.value(0).toInt() : 0;
}

void countFailure(const QString &scope, const QString &key, const LoginThrottleStore::Rule &rule) {
    QSqlQuery query = Database::exec(
        QStringLiteral("UPDATE login_throttle SET failures = CASE WHEN last_failure_at < now() - "
                       "make_interval(secs => :window) THEN 1 ELSE failures + 1 END, "
                       "last_failure_at = now(), checks = checks + 1 "
                       "WHERE scope = :scope AND key = :key RETURNING failures"),
        {{QStringLiteral("scope"), scope},
         {QStringLiteral("key"), key},
         {QStringLiteral("window"), rule.windowSeconds}});
    const int failures = query.next() ? query.value(0).toInt() : 0;
    const int delay = delayAfter(failures, rule);
    if (delay > 0)
        Database::exec(QStringLiteral("UPDATE login_throttle SET blocked_until = now() + "
                                      "make_interval(secs => :delay) "
                                      "WHERE scope = :scope AND key = :key"),
                       {{QStringLiteral("scope"), scope},
                        {QStringLiteral("key"), key},
                        {QStringLiteral("delay"), delay}});
}

void countRefusal(const QString &scope, const QString &key) {
    Database::exec(QStringLiteral("UPDATE login_throttle SET refused = refused + 1 "
                                  "WHERE scope = :scope AND key = :key"),
                   {{QStringLiteral("scope"), scope}, {QStringLiteral("key"), key}});
}

// Marks the row's current wait as recorded; true when it had not been yet (the first refusal
// of this wait). *refused: the row's refusals so far.
bool firstRefusalOfWait(const QString &scope, const QString &key, qint64 *refused) {
    QSqlQuery query = Database::exec(
        QStringLiteral("UPDATE login_throttle SET refusal_recorded_for = blocked_until "
                       "WHERE scope = :scope AND key = :key "
                       "AND refusal_recorded_for IS DISTINCT FROM blocked_until RETURNING refused"),
        {{QStringLiteral("scope"), scope}, {QStringLiteral("key"), key}});
    if (!query.next())
        return false;
    *refused = query.value(0).toLongLong();
    return true;
}
} // namespace

LoginThrottleStore::Admission LoginThrottleStore::admit(const QString &account,
                                                        const Rule &accountRule,
                                                        const QString &address,
                                                        const Rule &addressRule) {
    return Database::transaction([&] {
        // Rows are always locked account first, then address, so two attempts never deadlock.
        Database::exec(QStringLiteral("INSERT INTO login_throttle (scope, key) VALUES "
                                      "(:scope, :key) ON CONFLICT DO NOTHING"),
                       {{QStringLiteral("scope"), AccountScope}, {QStringLiteral("key"), account}});
        const int accountWait = lockedWait(AccountScope, account);
        int addressWait = 0;
        if (!address.isEmpty()) {
            Database::exec(
                QStringLiteral("INSERT INTO login_throttle (scope, key) VALUES "
                               "(:scope, :key) ON CONFLICT DO NOTHING"),
                {{QStringLiteral("scope"), AddressScope}, {QStringLiteral("key"), address}});
            addressWait = lockedWait(AddressScope, address);
        }
        Admission admission;
        admission.wait = qMax(accountWait, addressWait);
        if (admission.wait > 0) {
            countRefusal(AccountScope, account);
            if (!address.isEmpty())
                countRefusal(AddressScope, address);
            // The wait that refused it: the account's when both wait, as it names the target.
            const bool byAccount = accountWait > 0;
            admission.waitingScope = byAccount ? AccountScope : AddressScope;
            admission.firstRefusal = firstRefusalOfWait(
                admission.waitingScope, byAccount ? account : address, &admission.refused);
            return admission;
        }
        countFailure(AccountScope, account, accountRule);
        if (!address.isEmpty())
            countFailure(AddressScope, address, addressRule);
        return admission;
    });
}

void LoginThrottleStore::succeeded(const QString &account, const QString &address,
                                   const Rule &addressRule) {
    Database::transaction([&] {
        Database::exec(
            QStringLiteral("UPDATE login_throttle SET failures = 0, blocked_until = NULL "
                           "WHERE scope = :scope AND key = :key"),
            {{QStringLiteral("scope"), AccountScope}, {QStringLiteral("key"), account}});
        if (address.isEmpty())
            return;
        Database::exec(
            QStringLiteral("UPDATE login_throttle SET failures = GREATEST(failures - 1, 0), "
                           "blocked_until = CASE WHEN failures - 1 < :limit THEN NULL "
                           "ELSE blocked_until END WHERE scope = :scope AND key = :key"),
            {{QStringLiteral("scope"), AddressScope},
             {QStringLiteral("key"), address},
             {QStringLiteral("limit"), addressRule.maxFailures}});
    });
}

void LoginThrottleStore::prune() {
    Database::exec(QStringLiteral("DELETE FROM login_throttle WHERE last_failure_at < now() - "
                                  "interval '1 day' AND (blocked_until IS NULL OR "
                                  "blocked_until < now())"));
}
