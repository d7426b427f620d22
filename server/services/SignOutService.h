// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

// Ends a teacher's sessions everywhere when the admin deactivates them, sets their password or
// changes their role: the stored tokens go in the same transaction as the change, and every
// server instance hears of it (through EventHub) and signs out the teacher's open connections,
// so a deactivated teacher or a demoted admin cannot go on acting on a connection left open.
class SignOutService {
public:
    enum class Reason { Deactivated, PasswordChanged, RoleChanged };

    // The internal event between instances; never sent to clients as it is.
    static inline const QString Event = QStringLiteral("sessionsEnded");
    // The event a signed-out connection receives (protocol section 4).
    static inline const QString ClientEvent = QStringLiteral("signedOut");

    // Call inside the transaction that makes the change: the sessions are deleted, and the event
    // is sent only when the change commits.
    static void endSessionsOf(qint64 teacherId, Reason reason);
    // Deletes expired sessions; returns how many.
    static int sweepExpired();

    // What a sessionsEnded event (as EventHub delivers it) asks for: the teacher, and the
    // signedOut frame for that teacher's connections. Returns false for any other frame.
    static bool parse(const QByteArray &frame, qint64 *teacherId, QByteArray *signedOutFrame);

    static QString code(Reason reason);
    static QString message(Reason reason);
};
