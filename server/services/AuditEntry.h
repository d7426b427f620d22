// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QString>

// What a service records in the audit log; who and from where come from the Actor.
struct AuditEntry {
    QString action;      // a stable dotted name, one of AuditLog's
    QString subject;     // what it concerned: a room name, a username, "calendar"
    QJsonObject details; // before/after values, the reason, counts; never a secret
};
