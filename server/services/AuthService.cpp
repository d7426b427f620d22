// SPDX-License-Identifier: GPL-3.0-or-later

#include "AuthService.h"

#include "AuditLog.h"
#include "Database.h"
#include "ErrorCodes.h"
#include "LoginThrottleStore.h"
#include "PasswordHasher.h"
#include "ProtocolError.h"
#include "ProtocolLimits.h"
#include "SessionStore.h"
#include "TeacherStore.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QHash>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QThreadPool>
#include <atomic>
#include <mutex>

namespace {
const LoginThrottleStore::Rule AccountRule{
    AuthService::MaxFailures, AuthService::FailureWindowSeconds, AuthService::MaxDelaySeconds};
const LoginThrottleStore::Rule AddressRule{AuthService::MaxFailuresPerAddress,
                                           AuthService::FailureWindowSeconds,
                                           AuthService::MaxDelaySeconds};
// Old counts are forgotten now and then, on the way, instead of by a timer of their own.
constexpr unsigned PruneEveryNthLogin = 256;
std::atomic<unsigned> loginCounter{0};

// A hash of a fixed password, so unknown usernames cost as much time as known ones.
const QString &decoyHash() {
    static const QString hash = PasswordHasher::hash(QStringLiteral("decoy-password"));
    return hash;
}

QString tokenHash(const QString &token) {
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

ProtocolError authFailed() {
    return ProtocolError(401, QString(ErrorCodes::AuthFailed),
                         QStringLiteral("Wrong username or password"));
}

// One key per client address, whether it arrived as IPv4 or IPv4-mapped IPv6.
QString addressKey(const QString &address) {
    const QHostAddress host(address);
    bool isIPv4 = false;
    const quint32 ipv4 = host.toIPv4Address(&isIPv4);
    return isIPv4 ? QHostAddress(ipv4).toString() : host.toString();
}

// Over-long usernames are refused before the database is touched, so a flood of them costs
// nothing; recording each would undo that. At most one row per address per minute is written,
// naming how many more were refused meanwhile. The table of addresses is bounded: when it is
// full, addresses whose minute is over make room, and an address that finds no room is not
// recorded (4,096 addresses each sending over-long usernames within one minute).
class OverLongAttempts {
public:
    // Whether this attempt from address is to be recorded; *since: refused since the last row.
    bool shouldRecord(const QString &address, int *since) {
        std::lock_guard<std::mutex> locker(m_mutex);
        auto it = m_addresses.find(address);
        if (it == m_addresses.end()) {
            if (m_addresses.size() >= MaxAddresses)
                forgetQuietAddresses();
            if (m_addresses.size() >= MaxAddresses)
                return false;
            it = m_addresses.insert(address, Entry{});
        } else if (!it->nextRow.hasExpired()) {
            ++it->suppressed;
            return false;
        }
        *since = it->suppressed;
        it->suppressed = 0;
        it->nextRow = QDeadlineTimer(IntervalMs);
        return true;
    }

private:
    static constexpr int IntervalMs = 60000;
    static constexpr int MaxAddresses = 4096;
    struct Entry {
        QDeadlineTimer nextRow{0};
        int suppressed = 0;
    };
    void forgetQuietAddresses() {
        for (auto it = m_addresses.begin(); it != m_addresses.end();)
            it = it->nextRow.hasExpired() ? m_addresses.erase(it) : std::next(it);
    }
    std::mutex m_mutex;
    QHash<QString, Entry> m_addresses;
};

void recordOverLong(const QString &username, const QString &address) {
    static OverLongAttempts attempts;
    int since = 0;
    if (!attempts.shouldRecord(address, &since))
        return;
    QJsonObject details{{QStringLiteral("reason"), QStringLiteral("usernameTooLong")},
                        {QStringLiteral("length"), int(username.size())}};
    if (since > 0)
        details.insert(QStringLiteral("alsoRefusedSinceLastEntry"), since);
    AuditLog::record(
        {AuditLog::LoginFailed, username.left(ProtocolLimits::MaxUsernameLength), details});
}

ProtocolError tooManyAttempts(int retryAfterSeconds) {
    return ProtocolError(
        429, QString(ErrorCodes::TooManyAttempts),
        QStringLiteral("Too many failed logins; please wait %1 seconds and try again")
            .arg(retryAfterSeconds),
        {{QStringLiteral("retryAfter"), retryAfterSeconds}});
}
} // namespace

AuthService::LoggedIn AuthService::login(const QString &username, const QString &password,
                                         const QString &address) {
    // No teacher can have a longer username: refused before the database or a hash is touched
    // (and recorded at most once a minute per address).
    if (username.size() > ProtocolLimits::MaxUsernameLength) {
        recordOverLong(username, addressKey(address));
        throw authFailed();
    }
    const QString account = username.trimmed().toLower();
    if (loginCounter.fetch_add(1) % PruneEveryNthLogin == 0)
        LoginThrottleStore::prune();
    const QString from = addressKey(address);
    const int wait = Database::transaction([&] {
        const LoginThrottleStore::Admission admission =
            LoginThrottleStore::admit(account, AccountRule, from, AddressRule);
        // One row per wait, however many attempts it refuses (their count is in the row's
        // details the next time, and in login_throttle.refused).
        if (admission.firstRefusal)
            AuditLog::record({AuditLog::LoginThrottled,
                              username,
                              {{QStringLiteral("waiting"), admission.waitingScope},
                               {QStringLiteral("retryAfter"), admission.wait},
                               {QStringLiteral("refusedSoFar"), admission.refused}}});
        return admission.wait;
    });
    if (wait > 0)
        throw tooManyAttempts(wait);
    // From here the attempt already counts as a failure; only a success takes it back.
    const std::optional<TeacherCredentials> credentials = TeacherStore::findCredentials(username);
    const bool matches =
        PasswordHasher::verify(password, credentials ? credentials->passwordHash : decoyHash());
    if (!credentials || !matches || !credentials->teacher.active) {
        // Every such row was admitted by the throttle above, so they come no faster than it
        // lets guesses through. Which of the three it was is for the admin, never the client.
        const QString reason = !credentials ? QStringLiteral("unknownUser")
                               : !matches   ? QStringLiteral("wrongPassword")
                                            : QStringLiteral("inactive");
        AuditLog::record({AuditLog::LoginFailed, username, {{QStringLiteral("reason"), reason}}});
        throw authFailed();
    }
    LoginThrottleStore::succeeded(account, from, AddressRule);
    // A hash of an older kind (PBKDF2) or weaker limits is replaced now that we hold the password.
    if (PasswordHasher::needsRehash(credentials->passwordHash))
        TeacherStore::setPasswordHash(credentials->teacher.id, PasswordHasher::hash(password));
    return {credentials->teacher, newToken(credentials->teacher.id)};
}

AuthService::LoggedIn AuthService::resume(const QString &token) {
    const std::optional<qint64> teacherId = SessionStore::liveTeacher(tokenHash(token));
    if (!teacherId)
        throw ProtocolError(401, QString(ErrorCodes::AuthFailed),
                            QStringLiteral("Session expired; please log in again"));
    const std::optional<Teacher> teacher = TeacherStore::find(*teacherId);
    if (!teacher || !teacher->active)
        throw authFailed();
    SessionStore::extend(tokenHash(token), SessionHours);
    return {*teacher, token};
}

void AuthService::logout(const QString &token) {
    SessionStore::remove(tokenHash(token));
}

void AuthService::endSessionsOf(qint64 teacherId) {
    SessionStore::removeAllOf(teacherId);
}

QThreadPool *AuthService::passwordPool() {
    static QThreadPool *const pool = [] {
        auto *threads = new QThreadPool;
        threads->setObjectName(QStringLiteral("roomclaim-passwords"));
        threads->setMaxThreadCount(PasswordCheckThreads);
        // Like the workers, these threads keep their database connection. The pool lives as long
        // as the process; RoomClaimServer waits for it when it stops.
        threads->setExpiryTimeout(-1);
        return threads;
    }();
    return pool;
}

QString AuthService::newToken(qint64 teacherId) {
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), 8);
    const QString token = QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    SessionStore::insert(tokenHash(token), teacherId, SessionHours);
    return token;
}
