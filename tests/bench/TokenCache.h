// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

// Session tokens by username, shared by every driver thread and kept across stages: each
// teacher logs in with a password (an Argon2id check on the server, ~70 ms) once per run, and
// every other connection of that teacher resumes with the token.
class TokenCache {
public:
    QString token(const QString &username) const {
        QMutexLocker locker(&m_mutex);
        return m_tokens.value(username);
    }
    void store(const QString &username, const QString &token) {
        QMutexLocker locker(&m_mutex);
        m_tokens.insert(username, token);
    }
    void forget(const QString &username) {
        QMutexLocker locker(&m_mutex);
        m_tokens.remove(username);
    }

private:
    mutable QMutex m_mutex;
    QHash<QString, QString> m_tokens;
};
