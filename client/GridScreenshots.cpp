// SPDX-License-Identifier: GPL-3.0-or-later

#include "GridScreenshots.h"

#include "BookingGrid.h"
#include "BookingGridModel.h"
#include "Connection.h"
#include "Database.h"
#include "DatabaseUrl.h"
#include "DayView.h"
#include "FavouriteRooms.h"
#include "LockService.h"
#include "MainWindow.h"
#include "PeriodSlot.h"
#include "Rfc3339.h"
#include "SearchPanel.h"
#include "Toast.h"
#include "ToastArea.h"
#include "ViewTabs.h"
#include "WeekView.h"

#include <QApplication>
#include <QDateEdit>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>
#include <cstdio>
#include <functional>

namespace {
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 10000) {
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

ServerReply ask(Connection &connection, const QString &type, const QJsonObject &params) {
    ServerReply result;
    bool done = false;
    connection.request(type, params, [&](const ServerReply &reply) {
        result = reply;
        done = true;
    });
    waitUntil([&] { return done; });
    return result;
}

QJsonObject slotParams(qint64 roomId, const QDate &date, const PeriodSlot &period) {
    return {{QStringLiteral("roomId"), roomId},
            {QStringLiteral("start"), Rfc3339::formatLocal(QDateTime(date, period.start))},
            {QStringLiteral("end"), Rfc3339::formatLocal(QDateTime(date, period.end))}};
}

// The first coming weekday with lessons and no bookings yet, so that the picture shows only
// what is booked below.
QDate quietSchoolDay(Connection &connection) {
    for (QDate date = QDate::currentDate().addDays(2); date < QDate::currentDate().addDays(30);
         date = date.addDays(1)) {
        if (date.dayOfWeek() > 5)
            continue;
        const ServerReply periods = ask(connection, QStringLiteral("listPeriods"),
                                        {{QStringLiteral("date"), date.toString(Qt::ISODate)}});
        if (!periods.body.value(QStringLiteral("closed")).toString().isEmpty() ||
            periods.body.value(QStringLiteral("periods")).toArray().size() < 5)
            continue;
        const ServerReply bookings =
            ask(connection, QStringLiteral("listBookings"),
                {{QStringLiteral("from"), Rfc3339::formatLocal(date.startOfDay())},
                 {QStringLiteral("to"), Rfc3339::formatLocal(date.addDays(1).startOfDay())}});
        if (bookings.ok && bookings.body.value(QStringLiteral("bookings")).toArray().isEmpty())
            return date;
    }
    return {};
}

void save(QWidget *widget, const QString &path) {
    QApplication::processEvents();
    widget->grab().save(path);
    std::printf("wrote %s\n", qPrintable(path));
}
} // namespace

int GridScreenshots::render(MainWindow &window, Connection &teacher, Connection &colleague,
                            const QString &dir, const QString &databaseUrl, const QString &suffix) {
    const QDate date = quietSchoolDay(teacher);
    if (!date.isValid()) {
        std::fprintf(stderr, "no school day without bookings in the coming month\n");
        return 1;
    }
    const QList<PeriodSlot> periods =
        PeriodSlot::listFromJson(ask(teacher, QStringLiteral("listPeriods"),
                                     {{QStringLiteral("date"), date.toString(Qt::ISODate)}})
                                     .body.value(QStringLiteral("periods"))
                                     .toArray());
    QList<qint64> rooms;
    for (const QJsonValue &room : ask(teacher, QStringLiteral("listRooms"), {})
                                      .body.value(QStringLiteral("rooms"))
                                      .toArray())
        rooms << room.toObject().value(QStringLiteral("id")).toInteger();
    if (rooms.size() < 8)
        return 1;
    auto book = [&](Connection &who, int room, int period, const QString &purpose) {
        QJsonObject params = slotParams(rooms.at(room), date, periods.at(period));
        params.insert(QStringLiteral("purpose"), purpose);
        ask(who, QStringLiteral("confirmBooking"), params);
    };
    auto bookSeries = [&](Connection &who, int room, int period, const QString &purpose) {
        QJsonObject params = slotParams(rooms.at(room), date, periods.at(period));
        params.insert(QStringLiteral("purpose"), purpose);
        params.insert(QStringLiteral("policy"), QStringLiteral("freeOnly"));
        params.insert(
            QStringLiteral("repeat"),
            QJsonObject{{QStringLiteral("every"), QStringLiteral("week")},
                        {QStringLiteral("until"), date.addDays(21).toString(Qt::ISODate)}});
        ask(who, QStringLiteral("confirmSeries"), params);
    };
    book(colleague, 0, 0, QStringLiteral("8A Physics"));
    book(colleague, 2, 2, QStringLiteral("7C English"));
    book(colleague, 4, 1, QStringLiteral("9B Biology"));
    book(colleague, 6, 3, QStringLiteral("10A Drama"));
    book(teacher, 1, 1, QStringLiteral("7B Maths"));
    book(teacher, 3, 3, QStringLiteral("9C Geography"));
    bookSeries(teacher, 5, 4, QStringLiteral("9C Chemistry"));
    bookSeries(colleague, 7, 0, QStringLiteral("Choir"));
    book(teacher, 5, 1, QStringLiteral("11B Chemistry"));

    // A colleague's confirmation in flight, held in the database as the booking flow holds it.
    std::optional<qint64> lockId;
    if (!databaseUrl.isEmpty()) {
        QString error;
        const DatabaseUrl url = DatabaseUrl::parse(databaseUrl, &error);
        if (!url.isValid()) {
            std::fprintf(stderr, "bad --db: %s\n", qPrintable(error));
            return 1;
        }
        Database::configure(url);
        LockService::setTimeToLive(600);
        const Interval interval(QDateTime(date, periods.at(2).start),
                                QDateTime(date, periods.at(2).end));
        const LockService::Acquired lock =
            LockService::acquire(rooms.at(4), interval, colleague.teacher().id);
        if (lock.granted)
            lockId = lock.lockId;
        else
            std::fprintf(stderr, "no lock for the picture\n");
    }
    if (!window.favourites()->isFavourite(rooms.at(6)))
        window.favourites()->setFavourite(rooms.at(6), true);

    // Every room, no toast on top, no selected text in the date field.
    window.searchPanel()->setMinCapacity(0);
    for (Toast *toast : window.toasts()->toasts())
        toast->hide();
    if (auto *dateEdit = window.searchPanel()->findChild<QDateEdit *>())
        dateEdit->setSelectedSection(QDateTimeEdit::NoSection);
    DayView *day = window.viewTabs()->dayView();
    window.viewTabs()->showDay();
    const int before = day->loadsCompleted();
    window.searchPanel()->setDate(date);
    waitUntil([&] { return day->date() == date && day->loadsCompleted() > before; });
    waitUntil([&] { return window.favourites()->isFavourite(rooms.at(6)); });
    BookingGridModel *model = day->model();
    const int seriesRow = model->rowOfRoom(rooms.at(5));
    day->grid()->setFocus();
    day->grid()->setCurrentIndex(model->index(model->rowOfRoom(rooms.at(1)), 2));
    save(&window, QStringLiteral("%1/day-grid%2.png").arg(dir, suffix));

    // The week of the room with the series, chosen in the grid.
    day->grid()->setCurrentIndex(model->index(seriesRow, 4));
    WeekView *week = window.viewTabs()->weekView();
    const int weekLoads = week->loadsCompleted();
    window.viewTabs()->showWeek();
    waitUntil([&] { return week->loadsCompleted() > weekLoads && week->roomId() == rooms.at(5); });
    waitUntil([&] { return week->model()->rowCount() > 0; });
    week->grid()->setFocus();
    week->grid()->setCurrentIndex(week->model()->index(0, 0));
    save(&window, QStringLiteral("%1/week-view%2.png").arg(dir, suffix));
    window.viewTabs()->showFreeRooms();
    if (lockId)
        LockService::release(*lockId);
    return 0;
}
