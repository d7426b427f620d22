// SPDX-License-Identifier: GPL-3.0-or-later

#include "CsvImporter.h"

#include "AdminAudit.h"
#include "AuditLog.h"
#include "CalendarImporter.h"
#include "CsvTable.h"
#include "Database.h"
#include "EventHub.h"
#include "PasswordHasher.h"
#include "RoomStore.h"
#include "SchoolCalendar.h"
#include "SignOutService.h"
#include "TeacherStore.h"

#include <QFile>
#include <QSet>
#include <QStringDecoder>
#include <algorithm>

namespace {
constexpr int MaxCapacity = 10000;
// Names travel in every event; PostgreSQL's NOTIFY payload is limited to 8000 bytes.
constexpr int MaxNameLength = 100;
constexpr int MinPasswordLength = 6;

} // namespace

ImportPlan CsvImporter::planRooms(const QString &csv) {
    return planRooms(csv, ImportBaseline::fromDatabase());
}

ImportPlan CsvImporter::planRooms(const QString &csv, const ImportBaseline &baseline) {
    ImportPlan plan;
    plan.kind = ImportPlan::Kind::Rooms;
    CsvTable table;
    const QStringList required{QStringLiteral("name"), QStringLiteral("building"),
                               QStringLiteral("capacity"), QStringLiteral("features")};
    if (!table.read(csv, required, &plan.problems))
        return plan;
    QSet<QString> seen;
    for (const CsvRow &row : table.records()) {
        Room room;
        room.name = table.field(row, QStringLiteral("name"));
        room.building = table.field(row, QStringLiteral("building"));
        const QString capacityText = table.field(row, QStringLiteral("capacity"));
        bool ok = false;
        room.capacity = capacityText.toInt(&ok);
        room.features = RoomStore::normaliseFeatures(
            table.field(row, QStringLiteral("features")).split(QLatin1Char(';')));
        if (room.name.isEmpty())
            plan.problems.append({row.line, QStringLiteral("the room has no name")});
        else if (room.name.size() > MaxNameLength || room.building.size() > MaxNameLength)
            plan.problems.append({row.line, QStringLiteral("room name and building may have at "
                                                           "most %1 characters")
                                                .arg(MaxNameLength)});
        else if (seen.contains(room.name.toLower()))
            plan.problems.append(
                {row.line, QStringLiteral("room '%1' appears twice in the file").arg(room.name)});
        if (!ok || room.capacity < 0 || room.capacity > MaxCapacity)
            plan.problems.append(
                {row.line, QStringLiteral("capacity '%1' is not a whole number from 0 to %2")
                               .arg(capacityText)
                               .arg(MaxCapacity)});
        seen.insert(room.name.toLower());
        plan.rooms << room;
    }
    if (!plan.isValid())
        return plan;
    for (const Room &room : std::as_const(plan.rooms)) {
        const bool exists = baseline.roomExists(room.name);
        plan.changes << (exists ? QStringLiteral("update room %1") : QStringLiteral("add room %1"))
                            .arg(room.name);
        (exists ? plan.updates : plan.additions)++;
    }
    return plan;
}

ImportPlan CsvImporter::planTeachers(const QString &csv) {
    return planTeachers(csv, ImportBaseline::fromDatabase());
}

ImportPlan CsvImporter::planTeachers(const QString &csv, const ImportBaseline &baseline) {
    ImportPlan plan;
    plan.kind = ImportPlan::Kind::Teachers;
    CsvTable table;
    const QStringList required{QStringLiteral("username"), QStringLiteral("name"),
                               QStringLiteral("email"), QStringLiteral("role"),
                               QStringLiteral("password")};
    if (!table.read(csv, required, &plan.problems))
        return plan;
    QSet<QString> seen;
    QList<int> lines;
    for (const CsvRow &row : table.records()) {
        ImportPlan::TeacherRow entry;
        entry.teacher.username = table.field(row, QStringLiteral("username"));
        entry.teacher.name = table.field(row, QStringLiteral("name"));
        entry.teacher.email = table.field(row, QStringLiteral("email"));
        entry.teacher.role = table.field(row, QStringLiteral("role")).toLower();
        entry.password = table.raw(row, QStringLiteral("password"));
        const QString key = entry.teacher.username.toLower();
        if (!Teacher::isValidUsername(entry.teacher.username))
            plan.problems.append(
                {row.line,
                 QStringLiteral("username '%1' must be letters, digits, '.', '_', '-' or '@'")
                     .arg(entry.teacher.username)});
        else if (seen.contains(key))
            plan.problems.append(
                {row.line, QStringLiteral("username '%1' appears twice in the file")
                               .arg(entry.teacher.username)});
        if (entry.teacher.name.isEmpty())
            plan.problems.append({row.line, QStringLiteral("the teacher has no name")});
        else if (entry.teacher.name.size() > MaxNameLength ||
                 entry.teacher.username.size() > MaxNameLength ||
                 entry.teacher.email.size() > MaxNameLength)
            plan.problems.append({row.line, QStringLiteral("username, name and email may have "
                                                           "at most %1 characters")
                                                .arg(MaxNameLength)});
        if (!entry.teacher.email.isEmpty() && !entry.teacher.email.contains(QLatin1Char('@')))
            plan.problems.append(
                {row.line,
                 QStringLiteral("email '%1' is not an email address").arg(entry.teacher.email)});
        if (!Teacher::isValidRole(entry.teacher.role))
            plan.problems.append(
                {row.line,
                 QStringLiteral("role '%1' must be 'teacher' or 'admin'").arg(entry.teacher.role)});
        if (!entry.password.isEmpty() && entry.password.size() < MinPasswordLength)
            plan.problems.append(
                {row.line, QStringLiteral("the password must have at least %1 characters")
                               .arg(MinPasswordLength)});
        seen.insert(key);
        plan.teachers << entry;
        lines << row.line;
    }
    if (!plan.isValid())
        return plan;
    for (int i = 0; i < plan.teachers.size(); ++i) {
        const ImportPlan::TeacherRow &entry = plan.teachers.at(i);
        const bool exists = baseline.teacherExists(entry.teacher.username);
        if (!exists && entry.password.isEmpty()) {
            plan.problems.append(
                {lines.at(i),
                 QStringLiteral("new teacher '%1' needs a password").arg(entry.teacher.username)});
            continue;
        }
        plan.changes << (exists ? QStringLiteral("update teacher %1")
                                : QStringLiteral("add teacher %1"))
                            .arg(entry.teacher.username);
        (exists ? plan.updates : plan.additions)++;
    }
    return plan;
}

ImportPlan CsvImporter::planPeriods(const QString &csv) {
    return CalendarImporter::planPeriods(csv);
}

ImportPlan CsvImporter::planCalendar(const QString &csv) {
    return CalendarImporter::planCalendar(csv);
}

void CsvImporter::apply(const ImportPlan &plan) {
    if (!plan.isValid())
        return;
    if (plan.kind == ImportPlan::Kind::Periods) {
        Database::transaction([&] {
            SchoolCalendar::replacePeriods(plan.periods);
            recordImport(plan);
        });
        return;
    }
    if (plan.kind == ImportPlan::Kind::Calendar) {
        Database::transaction([&] {
            SchoolCalendar::replaceCalendar(plan.terms, plan.closedRanges);
            recordImport(plan);
        });
        return;
    }
    // Hash before the transaction: slow on purpose, and needs no database.
    QStringList hashes;
    for (const ImportPlan::TeacherRow &entry : plan.teachers)
        hashes << (entry.password.isEmpty() ? QString() : PasswordHasher::hash(entry.password));
    Database::transaction([&] {
        for (const Room &room : plan.rooms) {
            const std::optional<Room> before = RoomStore::findByName(room.name);
            AdminAudit::roomSaved(before, RoomStore::upsert(room));
        }
        for (int i = 0; i < plan.teachers.size(); ++i) {
            const Teacher &teacher = plan.teachers.at(i).teacher;
            const std::optional<TeacherCredentials> before =
                TeacherStore::findCredentials(teacher.username);
            const Teacher saved = TeacherStore::upsert(teacher, hashes.at(i));
            // Whoever is signed in with an old password or role must log in again.
            if (before && !hashes.at(i).isEmpty())
                SignOutService::endSessionsOf(saved.id, SignOutService::Reason::PasswordChanged);
            else if (before && before->teacher.role != saved.role)
                SignOutService::endSessionsOf(saved.id, SignOutService::Reason::RoleChanged);
            // A new teacher's first password is part of creating them, not a password set.
            AdminAudit::teacherSaved(before ? std::optional<Teacher>(before->teacher)
                                            : std::nullopt,
                                     saved, before && !hashes.at(i).isEmpty());
        }
        if (plan.kind == ImportPlan::Kind::Rooms)
            EventHub::publish(QStringLiteral("roomsChanged"));
        recordImport(plan);
    });
}

void CsvImporter::recordImport(const ImportPlan &plan) {
    static const QStringList kinds{QStringLiteral("rooms"), QStringLiteral("teachers"),
                                   QStringLiteral("bell schedule"), QStringLiteral("calendar")};
    QJsonObject details{{QStringLiteral("added"), plan.additions},
                        {QStringLiteral("updated"), plan.updates}};
    if (plan.kind == ImportPlan::Kind::Periods)
        details = {{QStringLiteral("periods"), int(plan.periods.size())}};
    else if (plan.kind == ImportPlan::Kind::Calendar)
        details = {{QStringLiteral("terms"), int(plan.terms.size())},
                   {QStringLiteral("closedRanges"), int(plan.closedRanges.size())}};
    if (!plan.source.isEmpty())
        details.insert(QStringLiteral("file"), plan.source);
    AuditLog::record({AuditLog::ImportApplied, kinds.value(int(plan.kind)), details});
}

QString CsvImporter::readFile(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read '%1': %2").arg(path, file.errorString());
        return {};
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        *error = QStringLiteral("'%1' is not UTF-8 text").arg(path);
        return {};
    }
    return text;
}
