// SPDX-License-Identifier: GPL-3.0-or-later

#include "AdminAudit.h"

#include "AuditLog.h"

#include <QJsonArray>

namespace {
// One changed field: {"from": before, "to": after}.
void addChange(QJsonObject *changes, const QString &field, const QJsonValue &before,
               const QJsonValue &after) {
    if (before != after)
        changes->insert(
            field, QJsonObject{{QStringLiteral("from"), before}, {QStringLiteral("to"), after}});
}
} // namespace

void AdminAudit::roomSaved(const std::optional<Room> &before, const Room &after) {
    const QJsonObject id{{QStringLiteral("room"), after.id}};
    if (!before) {
        AuditLog::record(
            {AuditLog::RoomCreated,
             after.name,
             {{QStringLiteral("room"), after.id},
              {QStringLiteral("building"), after.building},
              {QStringLiteral("capacity"), after.capacity},
              {QStringLiteral("features"), QJsonArray::fromStringList(after.features)}}});
        return;
    }
    QJsonObject changes;
    addChange(&changes, QStringLiteral("name"), before->name, after.name);
    addChange(&changes, QStringLiteral("building"), before->building, after.building);
    addChange(&changes, QStringLiteral("capacity"), before->capacity, after.capacity);
    addChange(&changes, QStringLiteral("features"), QJsonArray::fromStringList(before->features),
              QJsonArray::fromStringList(after.features));
    if (!changes.isEmpty())
        AuditLog::record(
            {AuditLog::RoomUpdated,
             after.name,
             {{QStringLiteral("room"), after.id}, {QStringLiteral("changes"), changes}}});
    if (before->active != after.active)
        AuditLog::record(
            {after.active ? AuditLog::RoomReactivated : AuditLog::RoomDeactivated, after.name, id});
    if (before->restricted != after.restricted)
        AuditLog::record({after.restricted ? AuditLog::RoomRestricted : AuditLog::RoomUnrestricted,
                          after.name, id});
}

void AdminAudit::teacherSaved(const std::optional<Teacher> &before, const Teacher &after,
                              bool passwordSet) {
    const QJsonObject id{{QStringLiteral("teacher"), after.id}};
    if (!before) {
        AuditLog::record({AuditLog::TeacherCreated,
                          after.username,
                          {{QStringLiteral("teacher"), after.id},
                           {QStringLiteral("name"), after.name},
                           {QStringLiteral("email"), after.email},
                           {QStringLiteral("role"), after.role}}});
        return;
    }
    QJsonObject changes;
    addChange(&changes, QStringLiteral("username"), before->username, after.username);
    addChange(&changes, QStringLiteral("name"), before->name, after.name);
    addChange(&changes, QStringLiteral("email"), before->email, after.email);
    if (!changes.isEmpty())
        AuditLog::record(
            {AuditLog::TeacherUpdated,
             after.username,
             {{QStringLiteral("teacher"), after.id}, {QStringLiteral("changes"), changes}}});
    if (before->role != after.role)
        AuditLog::record({AuditLog::TeacherRoleChanged,
                          after.username,
                          {{QStringLiteral("teacher"), after.id},
                           {QStringLiteral("from"), before->role},
                           {QStringLiteral("to"), after.role}}});
    if (before->active != after.active)
        AuditLog::record(
            {after.active ? AuditLog::TeacherReactivated : AuditLog::TeacherDeactivated,
             after.username, id});
    if (passwordSet)
        AuditLog::record({AuditLog::TeacherPasswordSet, after.username, id});
}
