// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

// The keys clients give confirmations they may send again (request_keys, migration 8), per
// teacher, with what each request made.
class RequestKeyStore {
public:
    struct Entry {
        QString fingerprint;  // what the request asked for
        qint64 bookingId = 0; // confirmBooking: the booking made
        QJsonObject reply;    // confirmSeries: the reply as first sent
    };

    static std::optional<Entry> find(qint64 teacherId, const QString &requestId);
    // Takes the key for what the current transaction writes (call inside
    // Database::transaction()). False when an earlier request holds it; one being written on
    // another connection right now is waited for.
    static bool claim(qint64 teacherId, const QString &requestId, const QString &fingerprint);
    static void setReply(qint64 teacherId, const QString &requestId, const QJsonObject &reply);
    // Gives the key back (the transaction wrote nothing after all).
    static void release(qint64 teacherId, const QString &requestId);
    // Removes the keys given more than this many hours ago; returns how many.
    static int removeOlderThan(int hours);
};
