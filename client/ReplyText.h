// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ServerReply.h"

#include <QCoreApplication>
#include <QString>

// What a failed booking means, in a sentence a teacher can act on: a school rule that refuses
// the booking (too far ahead, the limit reached, a restricted room, a closed day) or a
// colleague who was faster. Codes are compared through ErrorCodes, never as literals.
class ReplyText {
    Q_DECLARE_TR_FUNCTIONS(ReplyText)

public:
    // The sentence for a failed confirmBooking or confirmSeries of roomName.
    static QString failure(const ServerReply &reply, const QString &roomName);
    // The sentence for one refused date of a series (a "skipped" or "conflicts" entry, or a
    // preview entry that a rule refuses): code, the server's message and its details.
    static QString refusal(const QString &code, const QString &message, const QJsonObject &details,
                           const QString &roomName);
    static bool isRuleRefusal(const QString &code);
};
