// SPDX-License-Identifier: GPL-3.0-or-later

#include "SchoolDirectory.h"

#include "BookingStore.h"
#include "Database.h"
#include "PeriodStore.h"
#include "RoomStore.h"
#include "TeacherStore.h"

QList<Room> SchoolDirectory::rooms(bool includeInactive) {
    return RoomStore::list(includeInactive);
}

QList<FreeRoom> SchoolDirectory::searchFreeRooms(const Interval &interval, int minCapacity,
                                                 const QStringList &features) {
    return RoomStore::searchFree(interval, minCapacity, features);
}

QList<Teacher> SchoolDirectory::teachers(bool includeInactive) {
    return TeacherStore::list(includeInactive);
}

QList<Period> SchoolDirectory::periods() {
    return PeriodStore::list();
}

QList<Booking> SchoolDirectory::bookings(const QDateTime &from, const QDateTime &to,
                                         std::optional<qint64> teacherId,
                                         std::optional<qint64> roomId,
                                         std::optional<qint64> afterId, int limit) {
    return BookingStore::list(from, to, teacherId, roomId, afterId, limit);
}

QStringList SchoolDirectory::normaliseFeatures(const QStringList &features) {
    return RoomStore::normaliseFeatures(features);
}

QString SchoolDirectory::databaseLocation() {
    return Database::url().toDisplayString();
}
