// SPDX-License-Identifier: GPL-3.0-or-later

// The day grid and the week view, driven through their widgets against the real server and
// PostgreSQL: bookings of two teachers in the right cells, colleagues' bookings, cancellations
// and locks arriving live, claiming a free cell by mouse and by keyboard, closed days,
// favourites first.
#include "BookingGrid.h"
#include "BookingGridModel.h"
#include "ClientTestKit.h"
#include "Database.h"
#include "DatabaseUrl.h"
#include "DayGridKit.h"
#include "DayView.h"
#include "EventHub.h"
#include "FavouriteRooms.h"
#include "LockService.h"
#include "RepeatChoice.h"
#include "Rfc3339.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"
#include "ViewTabs.h"
#include "WeekView.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QStandardPaths>
#include <QToolButton>
#include <memory>

using namespace ClientTestKit;
using namespace DayGridKit;
using State = BookingGridModel::State;

class tst_DayGrid : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void gridShowsBookingsOfTwoTeachers();
    void colleaguesBookingAndCancellationArriveLive();
    void lockShowsTheHolder();
    void clickingAFreeCellOpensTheClaimDialog();
    void closedDayShowsItsReason();
    void keyboardReachesAndClaimsACell();
    void favouritesComeFirst();
    void weekViewShowsOneRoomsWeek();
    void busyDayShowsEveryBooking();

private:
    qint64 roomId(const QString &name) const {
        return m_db->scalar(QStringLiteral("SELECT id FROM rooms WHERE name = '%1'").arg(name))
            .toLongLong();
    }
    bool openSeat(Seat &seat) {
        return seat.open(m_server.url(), QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    }
    QJsonObject book(TestClient &client, const QString &room, const QDate &date, int period,
                     const QString &purpose) {
        return DayGridKit::book(client, roomId(room), date, period, purpose);
    }
    bool booked(TestClient &client, const QString &room, const QDate &date, int period,
                const QString &purpose) {
        return isOk(book(client, room, date, period, purpose));
    }
    Interval periodInterval(const QDate &date, int period) {
        return DayGridKit::periodInterval(m_teacherA, date, period);
    }

    std::unique_ptr<TestDatabase> m_db;
    ServerProcess m_server;
    TestClient m_teacherA;
    TestClient m_teacherB;
};

void tst_DayGrid::initTestCase() {
    quietOffscreenNoise();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RoomClaimTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_daygrid"));
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY2(m_server.start(m_db->url(), {QStringLiteral("--demo")}), qPrintable(m_server.error()));
    // In process only to hold a lock the way a colleague's confirmation in flight does.
    QString error;
    const DatabaseUrl url = DatabaseUrl::parse(m_db->url(), &error);
    QVERIFY2(url.isValid(), qPrintable(error));
    Database::configure(url);
    QVERIFY(m_teacherA.open(m_server.url()));
    QVERIFY(isOk(m_teacherA.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a"))));
    QVERIFY(m_teacherB.open(m_server.url()));
    QVERIFY(isOk(m_teacherB.login(QStringLiteral("teacher.b"), QStringLiteral("demo-b"))));
}

void tst_DayGrid::cleanupTestCase() {
    m_teacherA.close();
    m_teacherB.close();
    m_server.stop();
}

void tst_DayGrid::gridShowsBookingsOfTwoTeachers() {
    const QDate day = lessonDay(0);
    QVERIFY(
        book(m_teacherB, QStringLiteral("Science Lab A"), day, 2, QStringLiteral("9C Chemistry"))
            .value(QStringLiteral("ok"))
            .toBool());
    QVERIFY(booked(m_teacherA, QStringLiteral("Room 101"), day, 1, QStringLiteral("7B Maths")));
    Seat a;
    QVERIFY2(openSeat(a), qPrintable(a.loginError));
    QVERIFY(showDay(a, day));
    DayView *view = a.window->viewTabs()->dayView();
    BookingGridModel *model = view->model();
    QVERIFY2(view->titleText().contains(QLocale().toString(day, QStringLiteral("d MMMM yyyy"))),
             qPrintable(view->titleText()));
    QVERIFY2(view->titleText().contains(QStringLiteral("Week ")), qPrintable(view->titleText()));
    const int lab = model->rowOfRoom(roomId(QStringLiteral("Science Lab A")));
    const int room101 = model->rowOfRoom(roomId(QStringLiteral("Room 101")));
    QVERIFY(lab >= 0 && room101 >= 0);
    const QString period3 = model->gridRow(lab).periods.at(2).name;
    QCOMPARE(model->cell(lab, 2).state, State::Booked);
    QCOMPARE(model->index(lab, 2).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Science Lab A, %1, booked by Teacher B, 9C Chemistry").arg(period3));
    QCOMPARE(model->cell(room101, 1).state, State::Own);
    QVERIFY(model->index(room101, 1).data(Qt::DisplayRole).toString().contains("7B Maths"));
    // Every other cell of those rows is free, and says so.
    QCOMPARE(model->cell(lab, 1).state, State::Free);
    QCOMPARE(model->cell(room101, 2).state, State::Free);
    QCOMPARE(model->index(room101, 2).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Room 101, %1, free").arg(model->gridRow(room101).periods.at(2).name));
    // Rooms are the rows (the names in the header column), periods the columns.
    QCOMPARE(model->rowCount(),
             int(m_db->scalar("SELECT count(*) FROM rooms WHERE active").toInt()));
    QVERIFY(model->headerData(room101, Qt::Vertical, Qt::DisplayRole)
                .toString()
                .endsWith(QStringLiteral("Room 101")));
    QVERIFY(model->headerData(0, Qt::Horizontal, Qt::DisplayRole)
                .toString()
                .startsWith(model->gridRow(0).periods.at(0).name));
}

void tst_DayGrid::colleaguesBookingAndCancellationArriveLive() {
    const QDate day = lessonDay(1);
    Seat a;
    QVERIFY2(openSeat(a), qPrintable(a.loginError));
    QVERIFY(showDay(a, day));
    BookingGridModel *model = a.window->viewTabs()->dayView()->model();
    const int loads = a.window->viewTabs()->dayView()->loadsCompleted();
    const int row = model->rowOfRoom(roomId(QStringLiteral("Room 103")));
    QCOMPARE(model->cell(row, 3).state, State::Free);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);

    const QJsonObject booked =
        book(m_teacherB, QStringLiteral("Room 103"), day, 3, QStringLiteral("8A Physics"));
    QVERIFY(booked.value(QStringLiteral("ok")).toBool());
    QVERIFY(QTest::qWaitFor([&] { return model->cell(row, 3).state == State::Booked; }, Patience));
    QCOMPARE(model->cell(row, 3).booking.teacherName, QStringLiteral("Teacher B"));
    // Only that cell changed, and the grid was not fetched again.
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        QCOMPARE(signal.at(0).toModelIndex(), model->index(row, 3));
        QCOMPARE(signal.at(1).toModelIndex(), model->index(row, 3));
    }
    QCOMPARE(a.window->viewTabs()->dayView()->loadsCompleted(), loads);

    const qint64 bookingId =
        booked.value(QStringLiteral("booking")).toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(
        m_teacherB
            .request(QStringLiteral("cancelBooking"), {{QStringLiteral("bookingId"), bookingId}})
            .value(QStringLiteral("ok"))
            .toBool());
    QVERIFY(QTest::qWaitFor([&] { return model->cell(row, 3).state == State::Free; }, Patience));
    QCOMPARE(a.window->viewTabs()->dayView()->loadsCompleted(), loads);
}

void tst_DayGrid::lockShowsTheHolder() {
    const QDate day = lessonDay(2);
    Seat a;
    QVERIFY2(openSeat(a), qPrintable(a.loginError));
    QVERIFY(showDay(a, day));
    DayView *view = a.window->viewTabs()->dayView();
    BookingGridModel *model = view->model();
    const qint64 room = roomId(QStringLiteral("Computer Lab 1"));
    const int row = model->rowOfRoom(room);
    const Interval interval = periodInterval(day, 4);

    // Teacher B's confirmation in flight, as the server's booking flow holds and announces it.
    const qint64 teacherB =
        m_db->scalar(QStringLiteral("SELECT id FROM teachers WHERE username = 'teacher.b'"))
            .toLongLong();
    LockService::setTimeToLive(600);
    const LockService::Acquired lock = LockService::acquire(room, interval, teacherB);
    QVERIFY(lock.granted);
    QJsonObject payload{{QStringLiteral("roomId"), room},
                        {QStringLiteral("start"), Rfc3339::formatLocal(interval.start())},
                        {QStringLiteral("end"), Rfc3339::formatLocal(interval.end())}};
    QJsonObject locked = payload;
    locked.insert(QStringLiteral("holder"), QStringLiteral("Teacher B"));
    EventHub::publish(QStringLiteral("roomLocked"), locked);
    QVERIFY(QTest::qWaitFor([&] { return model->cell(row, 4).state == State::Locked; }, Patience));
    const QString period = model->gridRow(row).periods.at(4).name;
    QCOMPARE(model->index(row, 4).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Computer Lab 1, %1, being booked by Teacher B").arg(period));
    QVERIFY(model->index(row, 4).data().toString().contains(QStringLiteral("Teacher B")));

    // A grid fetched while the lock is held shows it too: listLocks names the holder.
    view->reload();
    const int loads = view->loadsCompleted();
    QVERIFY(QTest::qWaitFor([&] { return view->loadsCompleted() > loads; }, Patience));
    QCOMPARE(model->cell(model->rowOfRoom(room), 4).state, State::Locked);
    QCOMPARE(model->cell(model->rowOfRoom(room), 4).holder, QStringLiteral("Teacher B"));

    QVERIFY(LockService::release(lock.lockId));
    EventHub::publish(QStringLiteral("roomUnlocked"), payload);
    QVERIFY(QTest::qWaitFor(
        [&] { return model->cell(model->rowOfRoom(room), 4).state == State::Free; }, Patience));
    LockService::setTimeToLive(30);
}

void tst_DayGrid::clickingAFreeCellOpensTheClaimDialog() {
    const QDate day = lessonDay(3);
    Seat a;
    QVERIFY2(openSeat(a), qPrintable(a.loginError));
    QVERIFY(showDay(a, day));
    BookingGrid *grid = a.window->viewTabs()->dayView()->grid();
    BookingGridModel *model = grid->gridModel();
    const int row = model->rowOfRoom(roomId(QStringLiteral("Room 202")));
    const QModelIndex cell = model->index(row, 2);
    QCOMPARE(model->cell(row, 2).state, State::Free);
    grid->scrollTo(cell);
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(cell).center());
    QVERIFY(QTest::qWaitFor(
        [&] { return a.window->claimDialog() && a.window->claimDialog()->isVisible(); }, Patience));
    ClaimDialog *dialog = a.window->claimDialog();
    QCOMPARE(dialog->room().name, QStringLiteral("Room 202"));
    QVERIFY(dialog->interval() == periodInterval(day, 2));
    // Repeat is offered as for a claim from the search.
    QVERIFY(dialog->repeatChoice()->isVisibleTo(dialog));
    dialog->reject();

    // A booked cell opens nothing.
    QVERIFY(booked(m_teacherB, QStringLiteral("Room 202"), day, 3, QString()));
    QVERIFY(QTest::qWaitFor([&] { return model->cell(row, 3).state == State::Booked; }, Patience));
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {},
                      grid->visualRect(model->index(row, 3)).center());
    QTest::qWait(100);
    QVERIFY(!a.window->claimDialog());
}

void tst_DayGrid::closedDayShowsItsReason() {
    // The demo school's first closed weekday inside a term (an inset day or half term).
    const QJsonObject calendar = m_teacherA.request(
        QStringLiteral("listCalendar"),
        {{QStringLiteral("from"), QDate::currentDate().toString(Qt::ISODate)},
         {QStringLiteral("to"), QDate::currentDate().addDays(90).toString(Qt::ISODate)}});
    QDate closed;
    QString reason;
    for (const QJsonValue &value : calendar.value(QStringLiteral("days")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QDate date = QDate::fromString(entry.value("date").toString(), Qt::ISODate);
        if (!entry.value("open").toBool() && date.dayOfWeek() <= 5 && !closed.isValid()) {
            closed = date;
            reason = entry.value(QStringLiteral("reason")).toString();
        }
    }
    QVERIFY(closed.isValid());
    Seat a;
    QVERIFY2(openSeat(a), qPrintable(a.loginError));
    QVERIFY(showDay(a, closed));
    DayView *view = a.window->viewTabs()->dayView();
    QCOMPARE(view->messageText(), QStringLiteral("School closed: %1").arg(reason));
    QVERIFY(!view->grid()->isVisible());
    // The next day with lessons shows the grid again.
    QVERIFY(showDay(a, lessonDay(0)));
    QVERIFY(view->messageText().isEmpty());
    QVERIFY(view->grid()->isVisible());
}

void tst_DayGrid::keyboardReachesAndClaimsACell() {
    const QDate day = lessonDay(4);
    Seat a;
    QVERIFY2(openSeat(a), qPrintable(a.loginError));
    QVERIFY(showDay(a, day));
    BookingGrid *grid = a.window->viewTabs()->dayView()->grid();
    BookingGridModel *model = grid->gridModel();
    grid->setFocus();
    grid->setCurrentIndex(model->index(0, 0));
    // Two rooms down, three periods right.
    QTest::keyClick(grid, Qt::Key_Down);
    QTest::keyClick(grid, Qt::Key_Down);
    QTest::keyClick(grid, Qt::Key_Right);
    QTest::keyClick(grid, Qt::Key_Right);
    QTest::keyClick(grid, Qt::Key_Right);
    QCOMPARE(grid->currentIndex(), model->index(2, 3));
    const Room room = model->gridRow(2).room;
    QCOMPARE(model->cell(2, 3).state, State::Free);
    QTest::keyClick(grid, Qt::Key_Return);
    QVERIFY(QTest::qWaitFor(
        [&] { return a.window->claimDialog() && a.window->claimDialog()->isVisible(); }, Patience));
    ClaimDialog *dialog = a.window->claimDialog();
    QCOMPARE(dialog->room().id, room.id);
    typePurpose(dialog, QStringLiteral("10A History"));
    QString why;
    QVERIFY2(clickConfirm(dialog, &why), qPrintable(why));
    // The cell is the teacher's own booking now, at the same place in the grid.
    QVERIFY(QTest::qWaitFor([&] { return model->cell(2, 3).state == State::Own; }, Patience));
    QCOMPARE(model->cell(2, 3).booking.purpose, QStringLiteral("10A History"));
    QVERIFY(model->index(2, 3).data(Qt::AccessibleTextRole).toString().startsWith(room.name));
}

void tst_DayGrid::favouritesComeFirst() {
    const QDate day = lessonDay(5);
    Seat a;
    QVERIFY2(openSeat(a), qPrintable(a.loginError));
    QVERIFY(showDay(a, day));
    BookingGrid *grid = a.window->viewTabs()->dayView()->grid();
    BookingGridModel *model = grid->gridModel();
    const int last = model->rowCount() - 1;
    const Room room = model->gridRow(last).room;
    QVERIFY(model->headerData(last, Qt::Vertical, Qt::DisplayRole).toString().startsWith("☆"));
    // The star in the row's header.
    grid->scrollTo(model->index(last, 0));
    QTest::mouseClick(grid->verticalHeader()->viewport(), Qt::LeftButton, {},
                      grid->starRect(last).center());
    QVERIFY(QTest::qWaitFor([&] { return model->gridRow(0).room.id == room.id; }, Patience));
    QVERIFY(model->headerData(0, Qt::Vertical, Qt::DisplayRole).toString().startsWith("★"));
    QCOMPARE(model->headerData(0, Qt::Vertical, Qt::AccessibleTextRole).toString(),
             QStringLiteral("%1, favourite").arg(room.name));
    // Stored on the server: another staff-room PC sees it first too.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return m_teacherA.request(QStringLiteral("listFavourites"))
                .value(QStringLiteral("roomIds"))
                .toArray()
                .contains(room.id);
        },
        Patience));
    Seat again;
    QVERIFY2(openSeat(again), qPrintable(again.loginError));
    QVERIFY(showDay(again, day));
    BookingGridModel *otherModel = again.window->viewTabs()->dayView()->model();
    QVERIFY(QTest::qWaitFor([&] { return otherModel->gridRow(0).room.id == room.id; }, Patience));

    // With the keyboard (*) it is no favourite any more and goes back to its place.
    grid->setFocus();
    grid->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(grid, Qt::Key_Asterisk);
    QVERIFY(QTest::qWaitFor([&] { return model->gridRow(last).room.id == room.id; }, Patience));
}

void tst_DayGrid::weekViewShowsOneRoomsWeek() {
    const QDate monday = lessonDay(7);
    QVERIFY(
        book(m_teacherB, QStringLiteral("Room 201"), monday.addDays(2), 1, QStringLiteral("6B Art"))
            .value(QStringLiteral("ok"))
            .toBool());
    Seat a;
    QVERIFY2(openSeat(a), qPrintable(a.loginError));
    QVERIFY(showDay(a, monday));
    DayView *day = a.window->viewTabs()->dayView();
    const int row = day->model()->rowOfRoom(roomId(QStringLiteral("Room 201")));
    day->grid()->setCurrentIndex(day->model()->index(row, 0));
    WeekView *week = a.window->viewTabs()->weekView();
    const int loads = week->loadsCompleted();
    a.window->viewTabs()->showWeek();
    QVERIFY(QTest::qWaitFor(
        [&] { return week->loadsCompleted() > loads && week->model()->rowCount() >= 5; },
        Patience));
    QCOMPARE(week->roomId(), roomId(QStringLiteral("Room 201")));
    QCOMPARE(week->firstDay(), DisplayText::weekStart(monday));
    QVERIFY2(week->titleText().contains(QStringLiteral("Room 201")) &&
                 week->titleText().contains(QStringLiteral("Week ")),
             qPrintable(week->titleText()));
    BookingGridModel *model = week->model();
    QCOMPARE(model->gridRow(2).day.date, monday.addDays(2));
    QCOMPARE(model->cell(2, 1).state, State::Booked);
    QVERIFY(model->index(2, 1).data(Qt::AccessibleTextRole).toString().contains("6B Art"));
    QCOMPARE(model->cell(1, 1).state, State::Free);

    // Week by week, to the week of the demo's inset day or half term: its row shows why.
    QDate closed;
    for (int weeks = 0; weeks < 8 && !closed.isValid(); ++weeks) {
        const int before = week->loadsCompleted();
        QVERIFY(click(week->findChild<QToolButton *>(QStringLiteral("nextWeek"))));
        QVERIFY(QTest::qWaitFor([&] { return week->loadsCompleted() > before; }, Patience));
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->cell(r, 0).state == State::Closed) {
                closed = model->gridRow(r).day.date;
                QVERIFY(model->index(r, 0).data().toString().startsWith("School closed: "));
                QVERIFY(week->grid()->columnSpan(r, 0) == model->columnCount() ||
                        model->columnCount() == 1);
            }
        }
    }
    QVERIFY(closed.isValid());
}

void tst_DayGrid::busyDayShowsEveryBooking() {
    // More bookings in a day than one listBookings reply carries (2,000): 2,100 one-minute
    // bookings before dawn spread over every room, then a lesson booked in the afternoon, which
    // comes after all of them in start order and so only on the second page.
    const QDate day = lessonDay(6);
    const qint64 midnight = day.startOfDay().toSecsSinceEpoch();
    QVERIFY(m_db->exec(
        QStringLiteral(
            "WITH r AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS n "
            "FROM rooms WHERE active) "
            "INSERT INTO bookings (room_id, teacher_id, during, purpose) "
            "SELECT r.id, (SELECT id FROM teachers WHERE username = 'admin'), "
            "tstzrange(to_timestamp(%1 + 60 * (i / r.n)), to_timestamp(%1 + 60 * (i / r.n) + 60)), "
            "'Night batch' FROM generate_series(0, 2099) AS i JOIN r ON r.k = i % r.n")
            .arg(midnight)));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM bookings WHERE purpose = 'Night "
                                         "batch'"))
                 .toInt(),
             2100);
    QVERIFY(booked(m_teacherA, QStringLiteral("Room 101"), day, 4, QStringLiteral("10A Physics")));
    Seat a;
    QVERIFY2(openSeat(a), qPrintable(a.loginError));
    QVERIFY(showDay(a, day));
    BookingGridModel *model = a.window->viewTabs()->dayView()->model();
    const int room101 = model->rowOfRoom(roomId(QStringLiteral("Room 101")));
    QVERIFY(room101 >= 0);
    QCOMPARE(model->cell(room101, 4).state, State::Own);
    QVERIFY(model->index(room101, 4).data(Qt::DisplayRole).toString().contains("10A Physics"));
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM bookings WHERE purpose = 'Night batch'")));
}

QTEST_MAIN(tst_DayGrid)
#include "tst_daygrid.moc"
