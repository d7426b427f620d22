// SPDX-License-Identifier: GPL-3.0-or-later

#include "AdminService.h"

#include "AdminAudit.h"
#include "AuditLog.h"
#include "BookingRules.h"
#include "BookingService.h"
#include "Database.h"
#include "DatabaseError.h"
#include "ErrorCodes.h"
#include "EventHub.h"
#include "LockService.h"
#include "PasswordHasher.h"
#include "ProtocolError.h"
#include "Rfc3339.h"
#include "RoomStore.h"
#include "SchoolCalendar.h"
#include "SeriesService.h"
#include "SignOutService.h"
#include "TeacherStore.h"

namespace {
constexpr int MaxCapacity = 10000;
// Names travel in every event; PostgreSQL's NOTIFY payload is limited to 8000 bytes.
constexpr int MaxNameLength = 100;

ProtocolError invalid(const QString &message) {
    return ProtocolError::badRequest(message);
}

QString csvField(const QString &text) {
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void validateRoom(const Room &room) {
    if (room.name.trimmed().isEmpty())
        throw invalid(QStringLiteral("The room needs a name."));
    if (room.name.trimmed().size() > MaxNameLength ||
        room.building.trimmed().size() > MaxNameLength)
        throw invalid(
            QStringLiteral("Name and building may have at most %1 characters.").arg(MaxNameLength));
    if (room.capacity < 0 || room.capacity > MaxCapacity)
        throw invalid(
            QStringLiteral("Capacity must be a whole number from 0 to %1.").arg(MaxCapacity));
    if (const std::optional<Room> other = RoomStore::findByName(room.name);
        other && other->id != room.id)
        throw ProtocolError(
            409, QStringLiteral("NAME_TAKEN"),
            QStringLiteral("There is already a room called '%1'.").arg(room.name.trimmed()));
}

void validateTeacher(const Teacher &teacher) {
    if (!Teacher::isValidUsername(teacher.username.trimmed()))
        throw invalid(
            QStringLiteral("The username may use letters, digits, '.', '_', '-' and '@' only."));
    if (teacher.name.trimmed().isEmpty())
        throw invalid(QStringLiteral("The teacher needs a name."));
    if (teacher.name.trimmed().size() > MaxNameLength ||
        teacher.username.trimmed().size() > MaxNameLength ||
        teacher.email.trimmed().size() > MaxNameLength)
        throw invalid(QStringLiteral("Username, name and email may have at most %1 characters.")
                          .arg(MaxNameLength));
    if (!teacher.email.trimmed().isEmpty() && !teacher.email.contains(QLatin1Char('@')))
        throw invalid(QStringLiteral("'%1' is not an email address.").arg(teacher.email));
    if (!Teacher::isValidRole(teacher.role))
        throw invalid(QStringLiteral("The role must be teacher or admin."));
    if (const std::optional<TeacherCredentials> other =
            TeacherStore::findCredentials(teacher.username);
        other && other->teacher.id != teacher.id)
        throw ProtocolError(
            409, QStringLiteral("NAME_TAKEN"),
            QStringLiteral("The username '%1' is already taken.").arg(teacher.username.trimmed()));
}

void validatePassword(const QString &password) {
    if (password.size() < AdminService::MinPasswordLength)
        throw invalid(QStringLiteral("The password must have at least %1 characters.")
                          .arg(AdminService::MinPasswordLength));
}
} // namespace

Teacher AdminService::schoolOffice() {
    Teacher office;
    office.name = QStringLiteral("School office");
    office.role = QStringLiteral("admin");
    return office;
}

Room AdminService::saveRoom(const Room &room) {
    validateRoom(room);
    return Database::transaction([&] {
        const std::optional<Room> before = room.id == 0 ? std::nullopt : RoomStore::find(room.id);
        Room saved = room.id == 0 ? RoomStore::upsert(room) : RoomStore::update(room);
        AdminAudit::roomSaved(before, saved);
        EventHub::publish(QStringLiteral("roomsChanged"));
        return saved;
    });
}

void AdminService::setRoomActive(qint64 roomId, bool active) {
    Database::transaction([&] {
        const std::optional<Room> before = RoomStore::find(roomId);
        if (!before || !RoomStore::setActive(roomId, active))
            throw ProtocolError(404, QString(ErrorCodes::RoomNotFound),
                                QStringLiteral("Room %1 does not exist.").arg(roomId));
        Room after = *before;
        after.active = active;
        AdminAudit::roomSaved(before, after);
        EventHub::publish(QStringLiteral("roomsChanged"));
    });
}

void AdminService::setRoomRestricted(qint64 roomId, bool restricted) {
    Database::transaction([&] {
        const std::optional<Room> before = RoomStore::find(roomId);
        if (!before || !RoomStore::setRestricted(roomId, restricted))
            throw ProtocolError(404, QString(ErrorCodes::RoomNotFound),
                                QStringLiteral("Room %1 does not exist.").arg(roomId));
        Room after = *before;
        after.restricted = restricted;
        AdminAudit::roomSaved(before, after);
        EventHub::publish(QStringLiteral("roomsChanged"));
    });
}

Teacher AdminService::saveTeacher(const Teacher &teacher, const QString &password) {
    validateTeacher(teacher);
    if (teacher.id == 0 || !password.isEmpty())
        validatePassword(password);
    const QString hash = password.isEmpty() ? QString() : PasswordHasher::hash(password);
    return Database::transaction([&] {
        if (teacher.id == 0) {
            const Teacher saved = TeacherStore::upsert(teacher, hash);
            AdminAudit::teacherSaved(std::nullopt, saved, true);
            return saved;
        }
        const std::optional<Teacher> before = TeacherStore::find(teacher.id);
        const Teacher saved = TeacherStore::update(teacher);
        if (!hash.isEmpty())
            TeacherStore::setPasswordHash(teacher.id, hash);
        if (before && before->active && !saved.active)
            SignOutService::endSessionsOf(saved.id, SignOutService::Reason::Deactivated);
        else if (!hash.isEmpty())
            SignOutService::endSessionsOf(saved.id, SignOutService::Reason::PasswordChanged);
        else if (before && before->role != saved.role)
            SignOutService::endSessionsOf(saved.id, SignOutService::Reason::RoleChanged);
        AdminAudit::teacherSaved(before, saved, !hash.isEmpty());
        return saved;
    });
}

void AdminService::setTeacherActive(qint64 teacherId, bool active) {
    Database::transaction([&] {
        const std::optional<Teacher> before = TeacherStore::find(teacherId);
        if (!before || !TeacherStore::setActive(teacherId, active))
            throw ProtocolError(404, QString(ErrorCodes::NotFound),
                                QStringLiteral("Teacher %1 does not exist.").arg(teacherId));
        if (!active)
            SignOutService::endSessionsOf(teacherId, SignOutService::Reason::Deactivated);
        Teacher after = *before;
        after.active = active;
        AdminAudit::teacherSaved(before, after, false);
    });
}

void AdminService::setPassword(qint64 teacherId, const QString &password) {
    validatePassword(password);
    const QString hash = PasswordHasher::hash(password);
    Database::transaction([&] {
        const std::optional<Teacher> teacher = TeacherStore::find(teacherId);
        if (!teacher || !TeacherStore::setPasswordHash(teacherId, hash))
            throw ProtocolError(404, QString(ErrorCodes::NotFound),
                                QStringLiteral("Teacher %1 does not exist.").arg(teacherId));
        SignOutService::endSessionsOf(teacherId, SignOutService::Reason::PasswordChanged);
        AdminAudit::teacherSaved(teacher, *teacher, true);
    });
}

void AdminService::saveBellSchedule(const QList<Period> &periods) {
    SchoolCalendar::replacePeriods(periods);
}

void AdminService::saveCalendar(const QList<Term> &terms, const QList<ClosedRange> &closedRanges) {
    SchoolCalendar::replaceCalendar(terms, closedRanges);
}

QList<Booking> AdminService::bookingsOnClosedDays() {
    return SchoolCalendar::bookingsOnClosedDays();
}

BookingRuleSet AdminService::bookingRules() {
    return BookingRules::current();
}

void AdminService::saveBookingRules(const BookingRuleSet &rules) {
    BookingRules::save(rules);
}

bool AdminService::forceReleaseLock(qint64 lockId) {
    return Database::transaction([&] {
        const std::optional<LockInfo> lock = LockService::release(lockId);
        if (!lock)
            return false;
        AuditLog::record({AuditLog::LockForceReleased,
                          lock->roomName,
                          {{QStringLiteral("lock"), lock->id},
                           {QStringLiteral("holder"), lock->holderName},
                           {QStringLiteral("start"), Rfc3339::formatLocal(lock->interval.start())},
                           {QStringLiteral("end"), Rfc3339::formatLocal(lock->interval.end())}}});
        return true;
    });
}

Booking AdminService::cancelBooking(qint64 bookingId, const QString &reason) {
    if (reason.trimmed().isEmpty())
        throw invalid(QStringLiteral("Please give a reason; the teacher will see it."));
    return BookingService::cancel(schoolOffice(), bookingId, reason);
}

QList<Booking> AdminService::cancelSeries(qint64 seriesId, const QDateTime &from,
                                          const QString &reason) {
    if (reason.trimmed().isEmpty())
        throw invalid(QStringLiteral("Please give a reason; the teacher will see it."));
    return SeriesService::cancel(schoolOffice(), seriesId, from, reason);
}

QString AdminService::bookingsCsv(const QList<Booking> &bookings) {
    QString csv = QStringLiteral("id,room,teacher,start,end,purpose\r\n");
    for (const Booking &booking : bookings) {
        csv += QStringList{QString::number(booking.id),
                           csvField(booking.roomName),
                           csvField(booking.teacherName),
                           Rfc3339::formatLocal(booking.interval.start()),
                           Rfc3339::formatLocal(booking.interval.end()),
                           csvField(booking.purpose)}
                   .join(QLatin1Char(','));
        csv += QStringLiteral("\r\n");
    }
    return csv;
}
