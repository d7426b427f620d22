#include "AuthService.h"

#include "ErrorCodes.h"
#include "LoginThrottleStore.h"
#include "PasswordHasher.h"
#include "ProtocolError.h"
#include "ProtocolLimits.h"
#include "SessionStore.h"
#include "TeacherStore.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QThreadPool>
#include <atomic>

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
    // No teacher can have a longer username: refused before the database or a hash is touched.
    if (username.size() > ProtocolLimits::MaxUsernameLength)
        throw authFailed();
    const QString account = username.trimmed().toLower();
    if (loginCounter.fetch_add(1) % PruneEveryNthLogin == 0)
        LoginThrottleStore::prune();
    const QString from = addressKey(address);
    if (const int wait = LoginThrottleStore::admit(account, AccountRule, from, AddressRule))
        throw tooManyAttempts(wait);
    // From here the attempt already counts as a failure; only a success takes it back.
    const std::optional<TeacherCredentials> credentials = TeacherStore::findCredentials(username);
    const bool matches =
        PasswordHasher::verify(password, credentials ? credentials->passwordHash : decoyHash());
    if (!credentials || !matches || !credentials->teacher.active)
        throw authFailed();
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
