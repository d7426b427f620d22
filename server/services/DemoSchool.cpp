#include "DemoSchool.h"

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
    const QList<Period> periods = {
        period("Period 1", 8, 30, 9, 20),   period("Period 2", 9, 25, 10, 15),
        period("Period 3", 10, 35, 11, 25), period("Period 4", 11, 30, 12, 20),
        period("Period 5", 13, 10, 14, 0),  period("Period 6", 14, 5, 14, 55),
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
    PeriodStore::replaceAll(periods);
    return true;
}
