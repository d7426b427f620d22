#include "AuthService.h"

#include "ErrorCodes.h"
#include "PasswordHasher.h"
#include "ProtocolError.h"
#include "SessionStore.h"
#include "TeacherStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QRandomGenerator>

namespace {
QMutex throttleMutex;
QHash<QString, QList<QDateTime>> failuresByUser;

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

bool isThrottled(const QString &key) {
    QMutexLocker locker(&throttleMutex);
    QList<QDateTime> &failures = failuresByUser[key];
    const QDateTime horizon =
        QDateTime::currentDateTimeUtc().addSecs(-AuthService::FailureWindowSeconds);
    failures.removeIf([&](const QDateTime &at) { return at < horizon; });
    return failures.size() >= AuthService::MaxFailures;
}

void recordFailure(const QString &key) {
    QMutexLocker locker(&throttleMutex);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Guessed usernames must not grow the table for ever: drop entries whose failures expired.
    constexpr qsizetype PruneAbove = 10000;
    if (failuresByUser.size() > PruneAbove) {
        const QDateTime horizon = now.addSecs(-AuthService::FailureWindowSeconds);
        failuresByUser.removeIf([&](const auto &entry) {
            return entry.value().isEmpty() || entry.value().last() < horizon;
        });
    }
    failuresByUser[key].append(now);
}

void clearFailures(const QString &key) {
    QMutexLocker locker(&throttleMutex);
    failuresByUser.remove(key);
}
} // namespace

AuthService::LoggedIn AuthService::login(const QString &username, const QString &password) {
    const QString key = username.trimmed().toLower();
    if (isThrottled(key))
        throw ProtocolError(
            429, QString(ErrorCodes::TooManyAttempts),
            QStringLiteral("Too many failed logins; please wait a few minutes and try again"));
    const std::optional<TeacherCredentials> credentials = TeacherStore::findCredentials(username);
    const bool matches =
        PasswordHasher::verify(password, credentials ? credentials->passwordHash : decoyHash());
    if (!credentials || !matches || !credentials->teacher.active) {
        recordFailure(key);
        throw authFailed();
    }
    clearFailures(key);
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

void AuthService::resetThrottle() {
    QMutexLocker locker(&throttleMutex);
    failuresByUser.clear();
}

QString AuthService::newToken(qint64 teacherId) {
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), 8);
    const QString token = QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    SessionStore::insert(tokenHash(token), teacherId, SessionHours);
    return token;
}
