// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

// Each teacher's private iCalendar feed (contract section 4, "The calendar feed"). The secret
// in its URL is stored only as a hash, like session tokens; it is derived as
// HMAC-SHA256(feed key, teacher id and nonce) so that the teacher can be shown the same URL
// again without the server keeping the secret itself. A reset draws a new nonce.
class CalendarFeedService {
public:
    static constexpr int PastDays = 30;    // the feed shows bookings from 30 days ago on
    static constexpr int FutureDays = 800; // ... to as far ahead as anyone books
    static constexpr int MaxSecretLength = 128;

    // The secret of the teacher's feed, made on first use; reset replaces it, and the old
    // secret stops working at once.
    static QString secret(qint64 teacherId, bool reset);
    // The feed as text/calendar for a secret; nothing when no active teacher has that secret
    // (the same answer for a wrong secret, a reset one and a deactivated teacher's).
    static std::optional<QByteArray> calendar(const QString &secret, const QString &uidHost);

private:
    static QString hashOf(const QString &secret);
    static QString randomHex(int bytes);
};
