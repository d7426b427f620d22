// SPDX-License-Identifier: GPL-3.0-or-later

#include "PasswordHasher.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>
#include <sodium.h>

namespace {
constexpr int SaltBytes = 16;
constexpr int KeyBytes = 32;
// libsodium's interactive limits (2 passes over 64 MiB): about 0.1 s per check on a school
// server, which the login pool's two threads bound however many logins arrive.
constexpr unsigned long long OpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t MemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

bool sodiumReady() {
    // sodium_init() is thread-safe and idempotent; once is enough, and a static does that.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

bool isArgon2(const QString &stored) {
    return stored.startsWith(QLatin1String("$argon2"));
}

QByteArray derive(const QString &password, const QByteArray &salt, int iterations) {
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              iterations, KeyBytes);
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b) {
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

bool verifyPbkdf2(const QString &password, const QString &stored) {
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String("pbkdf2-sha256"))
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    return constantTimeEquals(derive(password, salt, iterations), expected);
}
} // namespace

QString PasswordHasher::hash(const QString &password) {
    if (!sodiumReady())
        qFatal("libsodium could not be initialised");
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          OpsLimit, MemLimit) != 0)
        qFatal("crypto_pwhash_str ran out of memory");
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &password, const QString &stored) {
    if (!isArgon2(stored))
        return verifyPbkdf2(password, stored);
    if (!sodiumReady())
        return false;
    const QByteArray hashed = stored.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hashed.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &stored) {
    if (!isArgon2(stored) || !sodiumReady())
        return true;
    return crypto_pwhash_str_needs_rehash(stored.toLatin1().constData(), OpsLimit, MemLimit) != 0;
}

QString PasswordHasher::pbkdf2Hash(const QString &password, int iterations) {
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), SaltBytes / 4);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()),
             QString::fromLatin1(derive(password, salt, iterations).toBase64()));
}
