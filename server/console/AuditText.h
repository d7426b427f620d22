// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "AuditRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

// How the console words the audit log: actions, actors and details, for people. The stored names
// (booking.canceled, console) stay as they are in the CSV export.
class AuditText {
    Q_DECLARE_TR_FUNCTIONS(AuditText)
public:
    // "Booking canceled" for booking.canceled; an unknown action as it is.
    static QString action(const QString &action);
    // "Teacher A (teacher.a)", "Console", "Command line (root)", "Not logged in".
    static QString actor(const AuditRecord &record);
    // The details as one line: "reason: Trip · start: 2031-03-04 09:00 · …".
    static QString details(const QJsonObject &details);
    // The action filter's choices: label and filter value ("" all, "room." a kind, or one action).
    static QList<QPair<QString, QString>> actionChoices();
};
