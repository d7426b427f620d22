// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QString>
#include <optional>

// Which audit rows to read, newest first: every condition given must hold.
class AuditFilter {
public:
    QDate from; // first day (local), inclusive; invalid: no bound
    QDate to;   // last day (local), inclusive; invalid: no bound
    // An action ("login.failed") or, ending in '.', every action of a kind ("teacher.").
    QString action;
    std::optional<qint64> actorId; // rows of this teacher
    QString actor; // rows of this non-teacher actor ("console"); ignored with actorId
    QString text;  // found in the actor, address, subject or details (any case)
    std::optional<qint64> beforeId; // only rows older than this one (the next page)
    int limit = 500;
};
