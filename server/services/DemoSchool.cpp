// SPDX-License-Identifier: GPL-3.0-or-later

#include "DemoSchool.h"

#include "CalendarStore.h"
#include "Database.h"
#include "PasswordHasher.h"
#include "PeriodStore.h"
#include "RoomStore.h"
#include "TeacherStore.h"

namespace {
Room room(const char *name, const char *building, int capacity, const QStringList &features) {
    Room result;
    result.name = QString::fromUtf8(name);
    result.building = QString::fromUtf8(building);
    result.capacity = capacity;
    result.features = features;
    return result;
}

Period period(const char *name, int startHour, int startMinute, int endHour, int endMinute) {
    Period result;
    result.name = QString::fromUtf8(name);
    result.start = QTime(startHour, startMinute);
    result.end = QTime(endHour, endMinute);
    return result;
}

// Monday to Thursday six periods, Friday six shorter ones; Saturday and Sunday like Monday, so
// that a demo on a weekend still has something to book.
QList<Period> weekSchedule() {
    const QList<Period> longDay = {
        period("Period 1", 8, 30, 9, 20),   period("Period 2", 9, 25, 10, 15),
        period("Period 3", 10, 35, 11, 25), period("Period 4", 11, 30, 12, 20),
        period("Period 5", 13, 10, 14, 0),  period("Period 6", 14, 5, 14, 55),
    };
    const QList<Period> friday = {
        period("Period 1", 8, 30, 9, 10),   period("Period 2", 9, 15, 9, 55),
        period("Period 3", 10, 15, 10, 55), period("Period 4", 11, 0, 11, 40),
        period("Period 5", 12, 30, 13, 10), period("Period 6", 13, 15, 13, 55),
    };
    QList<Period> schedule;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        for (Period entry : weekday == 5 ? friday : longDay) {
            entry.weekday = weekday;
            schedule << entry;
        }
    }
    return schedule;
}

// A term around today with A/B weeks, an inset day and a half term three to seven weeks
// ahead (never in the next fortnight, which demos and tests book freely), then one long term
// that keeps every later date open.
void createCalendar() {
    const QDate today = QDate::currentDate();
    const QDate termStart = today.addDays(-42 - (today.dayOfWeek() - 1));
    Term current;
    current.name = QStringLiteral("This term");
    current.first = termStart;
    current.last = termStart.addDays(7 * 18 - 1);
    current.weeks = QStringList{QStringLiteral("A"), QStringLiteral("B")};
    Term later;
    later.name = QStringLiteral("Later terms");
    later.first = current.last.addDays(1);
    later.last = QDate(2099, 12, 31);
    later.weeks = current.weeks;
    const QDate insetDay = today.addDays(21 - (today.dayOfWeek() - 1) + 4); // a Friday
    const QDate halfTermMonday = today.addDays(42 - (today.dayOfWeek() - 1));
    const QList<ClosedRange> closed = {
        ClosedRange{0, QStringLiteral("Inset day"), insetDay, insetDay},
        ClosedRange{0, QStringLiteral("Half term"), halfTermMonday, halfTermMonday.addDays(4)},
    };
    CalendarStore::replaceAll({current, later}, closed);
}

Teacher teacher(const char *username, const char *name, const char *role) {
    Teacher result;
    result.username = QString::fromUtf8(username);
    result.name = QString::fromUtf8(name);
    result.email = result.username + QStringLiteral("@school.example");
    result.role = QString::fromUtf8(role);
    return result;
}
} // namespace

bool DemoSchool::createIfEmpty() {
    if (TeacherStore::count() > 0)
        return false;
    const QString projector = QStringLiteral("projector"),
                  whiteboard = QStringLiteral("whiteboard"),
                  computers = QStringLiteral("computers"), lab = QStringLiteral("science lab"),
                  smartboard = QStringLiteral("smartboard"), piano = QStringLiteral("piano");
    const QList<Room> rooms = {
        room("Room 101", "Main", 30, {projector, whiteboard}),
        room("Room 102", "Main", 28, {whiteboard}),
        room("Room 103", "Main", 32, {projector, whiteboard, smartboard}),
        room("Room 201", "Main", 24, {whiteboard}),
        room("Room 202", "Main", 16, {projector}),
        room("Computer Lab 1", "Main", 26, {computers, projector}),
        room("Computer Lab 2", "Main", 20, {computers}),
        room("Science Lab A", "Science", 24, {lab, projector}),
        room("Science Lab B", "Science", 24, {lab, whiteboard}),
        room("Music Room", "Arts", 30, {piano, projector}),
        room("Art Studio", "Arts", 22, {whiteboard}),
        room("Library Seminar", "Library", 12, {projector, smartboard}),
    };
    struct Person {
        Teacher teacher;
        QString password;
    };
    const QList<Person> people = {
        {teacher("teacher.a", "Teacher A", "teacher"), QStringLiteral("demo-a")},
        {teacher("teacher.b", "Teacher B", "teacher"), QStringLiteral("demo-b")},
        {teacher("admin", "School Admin", "admin"), QStringLiteral("demo-admin")},
    };
    QStringList hashes;
    for (const Person &person : people)
        hashes << PasswordHasher::hash(person.password);
    Database::transaction([&] {
        for (const Room &entry : rooms)
            RoomStore::upsert(entry);
        for (int i = 0; i < people.size(); ++i)
            TeacherStore::upsert(people.at(i).teacher, hashes.at(i));
    });
    PeriodStore::replaceAll(weekSchedule());
    createCalendar();
    return true;
}
