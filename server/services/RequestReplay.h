// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProtocolError.h"
#include "Teacher.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// A confirmation a client may send again after losing its reply (requestId, a protocol
// addition): the same key with the same content is the same request and is answered with what
// the first one did; the same key with other content is refused. Keys are kept per teacher in
// PostgreSQL, written in the transaction of what they made, for KeepHours.
class RequestReplay {
public:
    struct Key {
        QString id;          // empty: the client gave no key
        QString fingerprint; // what the request asked for
        bool isSet() const { return !id.isEmpty(); }
    };
    // What an earlier request with the key made.
    struct Earlier {
        qint64 bookingId = 0;
        QJsonObject reply;
    };

    // The key of a request; content lists everything the request asks for (its type first).
    // Throws 400 BAD_REQUEST for an empty or too long id.
    static Key key(const std::optional<QString> &requestId, const QStringList &content);
    // The earlier request with this key, if any. Throws 409 REQUEST_ID_REUSED when it asked
    // for something else.
    static std::optional<Earlier> earlier(const Teacher &teacher, const Key &key);
    // Whether this teacher's own lock stood in the way: then the earlier request with the key
    // may still be in flight (its connection gone), and its outcome is worth waiting for.
    static bool ownLock(const QString &holder, const Teacher &teacher);
    // Waits a moment before looking again; false once the patience is used up.
    static bool waitForEarlier(qint64 startedMs);
    // Removes keys older than KeepHours (the cleanup round).
    static int sweepExpired();

    static ProtocolError reused();

    static constexpr int KeepHours = 24;
    static constexpr int InFlightPatienceMs = 5000;
    static constexpr int InFlightPollMs = 100;
};
