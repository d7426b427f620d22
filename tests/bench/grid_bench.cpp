// SPDX-License-Identifier: GPL-3.0-or-later

// roomclaim-grid-bench: how long the day grid takes to build and to take one live event, for
// 200 rooms × 10 periods with synthetic bookings, offscreen. It prints figures and asserts
// nothing about speed; the test suite builds it but does not run it.
//   roomclaim-grid-bench [--rooms 200] [--periods 10] [--runs 30] [--events 500]

#include "BookingGrid.h"
#include "BookingGridModel.h"
#include "Rfc3339.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>
#include <cstdio>

namespace {
double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double percentile95(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qMin(values.size() - 1, values.size() * 95 / 100));
}

QString peakRss() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    static const QRegularExpression hwm(QStringLiteral("^VmHWM:\\s*(.+)$"),
                                        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = hwm.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).trimmed() : QStringLiteral("unknown");
}

struct School {
    QList<GridRow> rows;
    QStringList titles;
    QList<Booking> bookings;
    QList<GridLock> locks;
};

// Rooms with a bell schedule of `periods` 50-minute lessons; about half the cells booked (a
// fifth of them by series, a tenth by the viewing teacher), one lock in twenty rooms.
School makeSchool(int rooms, int periods, const QDate &date) {
    School school;
    QList<PeriodSlot> schedule;
    for (int p = 0; p < periods; ++p) {
        const QTime start = QTime(8, 0).addSecs(p * 55 * 60);
        schedule << PeriodSlot{QStringLiteral("Period %1").arg(p + 1), start,
                               start.addSecs(50 * 60)};
        school.titles << QStringLiteral("Period %1\n%2").arg(p + 1).arg(start.toString());
    }
    SchoolDay day;
    day.date = date;
    day.week = QStringLiteral("A");
    qint64 bookingId = 1;
    for (int r = 0; r < rooms; ++r) {
        Room room;
        room.id = r + 1;
        room.name = QStringLiteral("Room %1").arg(100 + r);
        room.building = r % 3 == 0 ? QStringLiteral("Science") : QStringLiteral("Main");
        room.capacity = 20 + r % 15;
        school.rows << GridRow{room, day, room.name, schedule};
        for (int p = 0; p < periods; ++p) {
            if ((r * 7 + p * 3) % 2 != 0)
                continue;
            Booking booking;
            booking.id = bookingId++;
            booking.roomId = room.id;
            booking.roomName = room.name;
            booking.teacherId = 1 + (r + p) % 10;
            booking.teacherName = QStringLiteral("Teacher %1").arg(booking.teacherId);
            booking.interval = school.rows.last().interval(p);
            booking.purpose = QStringLiteral("%1%2 Maths").arg(7 + p % 5).arg(QChar('A' + r % 4));
            booking.seriesId = booking.id % 5 == 0 ? booking.id : 0;
            school.bookings << booking;
        }
        if (r % 20 == 0)
            school.locks << GridLock{room.id, school.rows.last().interval(periods - 1),
                                     QStringLiteral("Teacher 3")};
    }
    return school;
}
} // namespace

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption roomsOption(QStringLiteral("rooms"), QStringLiteral("Rooms."),
                                         QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption periodsOption(QStringLiteral("periods"), QStringLiteral("Periods."),
                                           QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Grid builds."),
                                        QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Events."),
                                          QStringLiteral("N"), QStringLiteral("500"));
    parser.addOptions({roomsOption, periodsOption, runsOption, eventsOption});
    parser.addHelpOption();
    parser.process(app);
    const int rooms = parser.value(roomsOption).toInt();
    const int periods = parser.value(periodsOption).toInt();
    const int runs = parser.value(runsOption).toInt();
    const int events = parser.value(eventsOption).toInt();
    const QDate date = QDate::currentDate().addDays(7);
    const School school = makeSchool(rooms, periods, date);

    // Building: model, view, and the first frame painted.
    QList<double> buildMs;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        BookingGridModel model;
        model.setOwnTeacher(1, QStringLiteral("Teacher 1"));
        model.setRows(school.rows, school.titles, true);
        model.setBookings(school.bookings);
        model.setLocks(school.locks);
        BookingGrid grid;
        grid.setGridModel(&model);
        grid.resize(1180, 700);
        grid.show();
        grid.viewport()->repaint();
        QApplication::processEvents();
        buildMs << double(timer.nsecsElapsed()) / 1e6;
    }

    // One live event on a shown grid: a booking of a free cell arrives (and is canceled, so
    // that the next event finds the cell free again); each is applied and painted.
    BookingGridModel model;
    model.setOwnTeacher(1, QStringLiteral("Teacher 1"));
    model.setRows(school.rows, school.titles, true);
    model.setBookings(school.bookings);
    model.setLocks(school.locks);
    BookingGrid grid;
    grid.setGridModel(&model);
    grid.resize(1180, 700);
    grid.show();
    QApplication::processEvents();
    QList<double> eventMs;
    int cellsChanged = 0;
    QObject::connect(&model, &QAbstractItemModel::dataChanged, [&] { ++cellsChanged; });
    for (int i = 0; i < events; ++i) {
        const int row = (i * 13) % qMin(rooms, 12); // rows on screen, so that painting counts
        int column = 0;
        while (column < periods && model.cell(row, column).state != BookingGridModel::State::Free)
            ++column;
        if (column == periods)
            continue;
        Booking booking;
        booking.id = 1000000 + i;
        booking.roomId = school.rows.at(row).room.id;
        booking.roomName = school.rows.at(row).room.name;
        booking.teacherId = 2;
        booking.teacherName = QStringLiteral("Teacher 2");
        booking.interval = school.rows.at(row).interval(column);
        booking.purpose = QStringLiteral("8A Physics");
        const QJsonObject payload{{QStringLiteral("booking"), booking.toJson()}};
        QElapsedTimer timer;
        timer.start();
        model.applyEvent(QStringLiteral("bookingCreated"), payload);
        grid.viewport()->repaint(grid.visualRect(model.index(row, column)));
        eventMs << double(timer.nsecsElapsed()) / 1e6;
        model.applyEvent(QStringLiteral("bookingCanceled"), payload);
        QApplication::processEvents();
    }

    std::printf("roomclaim-grid-bench: %d rooms x %d periods, %lld bookings, %lld locks\n", rooms,
                periods, static_cast<long long>(school.bookings.size()),
                static_cast<long long>(school.locks.size()));
    std::printf("build grid (model + view + first paint): median %.2f ms, p95 %.2f ms over %d "
                "runs\n",
                median(buildMs), percentile95(buildMs), runs);
    std::printf("apply one bookingCreated (model + repaint of the cell): median %.3f ms, p95 "
                "%.3f ms over %lld events (%d dataChanged signals)\n",
                median(eventMs), percentile95(eventMs), static_cast<long long>(eventMs.size()),
                cellsChanged);
    std::printf("peak RSS: %s\n", qPrintable(peakRss()));
    return eventMs.isEmpty() ? 1 : 0;
}
