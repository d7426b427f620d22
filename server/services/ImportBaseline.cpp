// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportBaseline.h"

#include "RoomStore.h"
#include "SchoolCalendar.h"
#include "SchoolDirectory.h"
#include "TeacherStore.h"

ImportBaseline ImportBaseline::fromDatabase() {
    ImportBaseline baseline;
    baseline.roomExists = [](const QString &name) {
        return RoomStore::findByName(name).has_value();
    };
    baseline.teacherExists = [](const QString &username) {
        return TeacherStore::findCredentials(username).has_value();
    };
    baseline.bellSchedule = [] { return SchoolCalendar::bellSchedule(); };
    baseline.terms = [] { return SchoolCalendar::terms(); };
    baseline.closedRanges = [] { return SchoolCalendar::closedRanges(); };
    baseline.upcomingBookingStarts = [] {
        QList<QDateTime> starts;
        for (const Booking &booking : SchoolDirectory::bookings(
                 QDateTime::currentDateTime(), QDateTime(QDate(9999, 12, 31), QTime(0, 0))))
            starts << booking.interval.start();
        return starts;
    };
    return baseline;
}
