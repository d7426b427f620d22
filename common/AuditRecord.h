// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One row of the audit log: when, who (and from which address), what. The actor is kept as text
// beside its id, so a row still names a teacher renamed or deactivated since.
class AuditRecord {
public:
    qint64 id = 0;
    QDateTime at;
    qint64 actorId = 0;  // the teacher's id; 0 for the console, imports and anonymous logins
    QString actor;       // a username, "console", "command line", "config file"; empty: unknown
    QString actorName;   // the teacher's name (or the operating-system user of an import)
    QString actorRole;   // "teacher", "admin" or empty
    QString address;     // the client's IP address, or "local"
    QString action;      // a stable dotted name such as booking.canceled
    QString subject;     // what it concerned: a room name, a username, "calendar"
    QJsonObject details; // before/after values, the reason, counts
};
