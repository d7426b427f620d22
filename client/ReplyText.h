// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ServerReply.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Every failure a teacher reads, in the teacher's language. The server answers with a stable
// code and an English message (the protocol is a contract); the client says the sentence itself
// for every code it knows, filled in with the details the reply carries (who holds the room,
// whom the room is booked by, why the school is closed, the limits of a rule, the dates of a
// series that stand in the way), and shows the server's own message only for a code it does not
// know. Codes are compared through ErrorCodes and Connection, never as literals.
class ReplyText {
    Q_DECLARE_TR_FUNCTIONS(ReplyText)

public:
    // The sentence for any failed reply; roomName names the room the request was about, if any.
    static QString of(const ServerReply &reply, const QString &roomName = QString());
    // The sentence for a failed confirmBooking or confirmSeries of roomName (as of()).
    static QString failure(const ServerReply &reply, const QString &roomName);
    // The sentence for a code, the server's message and the details that came with it: a failed
    // reply, or one refused date of a series (a "skipped" or "conflicts" entry, or a preview entry
    // that a rule refuses).
    static QString refusal(const QString &code, const QString &message, const QJsonObject &details,
                           const QString &roomName);
    // Why the server signed the teacher out (the signedOut event's code, or its reason sentence
    // for a code this client does not know).
    static QString signedOut(const QString &code, const QString &reason);
    // Why the school is closed, as the server names it: the school's own names (Half term) are
    // shown as they are; the one name the server makes itself (School holidays, for a date
    // outside every term) in the teacher's language.
    static QString closedReason(const QString &reason);
    static bool isRuleRefusal(const QString &code);
    // The codes the client has its own sentence for: every stable code of the protocol and the
    // client's own (offline, timeout, TLS…), whose sentences it makes itself.
    static QStringList knownCodes();
    static bool isKnownCode(const QString &code);
};
