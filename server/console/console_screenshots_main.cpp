// SPDX-License-Identifier: GPL-3.0-or-later

// roomclaim-console-screenshots: renders the admin console (overview with connected teachers,
// a lock counting down and the log; bookings with a series; the cancel dialog; the admin pages;
// the school calendar) to PNG files with the demo school. Runs its own server in process on the
// given database.
#include "Actor.h"
#include "AdminService.h"
#include "AuditPage.h"
#include "BellSchedulePage.h"
#include "BookingRulesPage.h"
#include "BookingService.h"
#include "BookingsPage.h"
#include "CalendarPage.h"
#include "CalendarYearView.h"
#include "CancelBookingDialog.h"
#include "ClientSession.h"
#include "ConsoleWindow.h"
#include "Database.h"
#include "DatabaseError.h"
#include "DemoSchool.h"
#include "ImportPage.h"
#include "LockService.h"
#include "LogBuffer.h"
#include "Migrator.h"
#include "OverviewPage.h"
#include "ProtocolError.h"
#include "RoomClaimServer.h"
#include "RoomStore.h"
#include "RoomsPage.h"
#include "SchoolCalendar.h"
#include "SchoolDirectory.h"
#include "SeriesService.h"
#include "ServerSettings.h"
#include "TeacherStore.h"
#include "TeachersPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QWebSocket>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {
bool waitFor(const std::function<bool()> &condition, int timeoutMs = 10000) {
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

void pause(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// The pages read on the server's workers: wait until every answer has arrived and is shown.
void settle(QThreadPool *workers) {
    waitFor([workers] { return workers->activeThreadCount() == 0; });
    pause(100);
}

void save(QWidget *widget, const QString &path) {
    QApplication::processEvents();
    widget->grab().save(path);
    std::printf("wrote %s\n", qPrintable(path));
}

// A teacher client as the console sees it: a real WebSocket connection that logs in.
std::unique_ptr<QWebSocket> connectTeacher(quint16 port, const QString &user,
                                           const QString &password) {
    auto socket = std::make_unique<QWebSocket>();
    QWebSocket *raw = socket.get();
    QObject::connect(raw, &QWebSocket::connected, raw, [raw, user, password] {
        raw->sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("id"), 1},
                                      {QStringLiteral("type"), QStringLiteral("login")},
                                      {QStringLiteral("username"), user},
                                      {QStringLiteral("password"), password}})
                .toJson(QJsonDocument::Compact)));
    });
    socket->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port)));
    return socket;
}

Teacher teacherNamed(const QString &username) {
    return TeacherStore::findCredentials(username).value_or(TeacherCredentials{}).teacher;
}

// Some life in the pictures: a few bookings over the next days, a weekly series, and one
// lesson on a day the calendar closes; ones already there are kept.
void bookSomeLessons() {
    const QList<Room> rooms = RoomStore::list();
    if (rooms.size() < 6)
        return;
    const Teacher a = teacherNamed(QStringLiteral("teacher.a"));
    const Teacher b = teacherNamed(QStringLiteral("teacher.b"));
    struct Lesson {
        int day, period, room;
        const Teacher *teacher;
        const char *purpose;
    };
    const Lesson lessons[] = {{1, 0, 0, &a, "7B Maths"},
                              {1, 1, 3, &b, "9C Geography"},
                              {1, 2, 5, &a, "10A Chemistry practical"},
                              {1, 3, 2, &b, "Staff meeting"},
                              {2, 0, 4, &b, "8A Physics"},
                              {2, 2, 1, &a, "Year 11 revision"},
                              {3, 1, 0, &a, "7B Maths"},
                              {4, 3, 5, &b, "Parents' evening preparation"}};
    const QDate today = QDate::currentDate();
    const auto lessonOn = [](const QDate &day, int index) -> std::optional<Interval> {
        const QList<Period> periods = SchoolCalendar::periodsOn(day);
        if (index >= periods.size())
            return std::nullopt;
        return Interval(QDateTime(day, periods.at(index).start),
                        QDateTime(day, periods.at(index).end));
    };
    for (const Lesson &lesson : lessons) {
        const std::optional<Interval> interval = lessonOn(today.addDays(lesson.day), lesson.period);
        if (!interval)
            continue;
        try {
            // As if from the teachers' staff-room PCs, for the audit log's picture.
            const Actor::Scope acting(Actor::teacher(
                *lesson.teacher, lesson.teacher == &a ? QStringLiteral("10.20.1.31")
                                                      : QStringLiteral("10.20.1.47")));
            BookingService::confirm(*lesson.teacher, rooms.at(lesson.room).id, *interval,
                                    QString::fromUtf8(lesson.purpose));
        } catch (const ProtocolError &) {
            // Already booked by an earlier run: the picture needs it, not a second copy.
        }
    }
    // Teacher B's weekly lesson in the lab for the next five weeks: a series on the bookings page.
    if (const std::optional<Interval> first = lessonOn(today.addDays(2), 4)) {
        RepeatRule weekly;
        weekly.until = today.addDays(2 + 4 * 7);
        try {
            const Actor::Scope acting(Actor::teacher(b, QStringLiteral("10.20.1.47")));
            SeriesService::confirm(b, rooms.at(5).id, *first, weekly,
                                   QStringLiteral("9C Chemistry"), SeriesService::Policy::FreeOnly);
        } catch (const ProtocolError &) {
        }
    }
    // A lesson booked before the calendar closed its day: the calendar page lists it.
    const QList<Term> terms = SchoolCalendar::terms();
    const QList<ClosedRange> closed = SchoolCalendar::closedRanges();
    QDate closedDay;
    for (const ClosedRange &range : closed)
        if (range.first > today && (!closedDay.isValid() || range.first < closedDay))
            closedDay = range.first;
    if (!closedDay.isValid() || !AdminService::bookingsOnClosedDays().isEmpty())
        return;
    try {
        AdminService::saveCalendar(terms, {});
        const Actor::Scope acting(Actor::teacher(a, QStringLiteral("10.20.1.31")));
        if (const std::optional<Interval> interval = lessonOn(closedDay, 1))
            BookingService::confirm(a, rooms.at(2).id, *interval, QStringLiteral("8C History"));
    } catch (const ProtocolError &) {
    }
    AdminService::saveCalendar(terms, closed);
}
} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("roomclaim-console-screenshots"));
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("PostgreSQL URL."),
                                QStringLiteral("URL"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Output folder."),
                                 QStringLiteral("DIR"), QStringLiteral("docs/screenshots"));
    parser.addOptions({db, out});
    parser.addHelpOption();
    parser.process(app);
    ConsoleWindow::applyStyle(app);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false"));
    LogBuffer::install();
    // The offscreen platform's complaint about size hints is noise in a picture of the log.
    static QtMessageHandler next = nullptr;
    next = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (!message.contains(QLatin1String("propagateSizeHints")) && next)
                next(type, context, message);
        });
    const QString dir = parser.value(out);
    QDir().mkpath(dir);

    QString error;
    const DatabaseUrl url = DatabaseUrl::parse(parser.value(db), &error);
    if (!url.isValid()) {
        std::fprintf(stderr, "roomclaim-console-screenshots: %s\n", qPrintable(error));
        return 1;
    }
    ServerSettings settings;
    settings.database = url;
    settings.listenAddress = QHostAddress::LocalHost;
    settings.listenPort = 0;
    Database::configure(url);
    try {
        Migrator::migrate();
        DemoSchool::createIfEmpty();
        bookSomeLessons();
    } catch (const DatabaseError &failure) {
        std::fprintf(stderr, "roomclaim-console-screenshots: %s\n", qPrintable(failure.message()));
        return 1;
    }
    RoomClaimServer server(settings);
    if (!server.start(&error)) {
        std::fprintf(stderr, "roomclaim-console-screenshots: %s\n", qPrintable(error));
        return 1;
    }

    ConsoleWindow window(&server);
    window.resize(1280, 820);
    window.show();
    std::vector<std::unique_ptr<QWebSocket>> teachers;
    teachers.push_back(
        connectTeacher(server.port(), QStringLiteral("teacher.a"), QStringLiteral("demo-a")));
    teachers.push_back(
        connectTeacher(server.port(), QStringLiteral("teacher.b"), QStringLiteral("demo-b")));
    teachers.push_back(
        connectTeacher(server.port(), QStringLiteral("admin"), QStringLiteral("demo-admin")));
    waitFor([&] {
        int loggedIn = 0;
        for (const ClientSession *session : server.sessions())
            loggedIn += session->isLoggedIn() ? 1 : 0;
        return loggedIn == 3;
    });

    // Teacher B is in the middle of confirming a room for tomorrow's first period.
    const QList<Room> rooms = RoomStore::list();
    const QDate tomorrow = QDate::currentDate().addDays(1);
    const QList<Period> periods = SchoolCalendar::periodsOn(tomorrow);
    if (!rooms.isEmpty() && !periods.isEmpty()) {
        LockService::acquire(rooms.last().id,
                             Interval(QDateTime(tomorrow, periods.first().start),
                                      QDateTime(tomorrow, periods.first().end)),
                             teacherNamed(QStringLiteral("teacher.b")).id);
    }
    window.overviewPage()->refresh();
    pause(2200); // the countdown has visibly moved
    settle(server.workers());
    save(&window, dir + QStringLiteral("/console-overview.png"));

    window.tabs()->setCurrentWidget(window.bookingsPage());
    BookingsPage *bookings = window.bookingsPage();
    waitFor([&] { return !bookings->bookings().isEmpty(); });
    // A date of the series: the cancel dialog offers this date, later dates or the whole series.
    qint64 seriesDate = bookings->bookings().value(1).id;
    for (const Booking &booking : bookings->bookings())
        if (booking.seriesId != 0) {
            seriesDate = booking.id;
            break;
        }
    bookings->selectBooking(seriesDate);
    save(&window, dir + QStringLiteral("/console-bookings.png"));
    if (CancelBookingDialog *dialog = bookings->cancelSelected()) {
        dialog->setScope(CancelBookingDialog::Scope::ThisAndLater);
        dialog->setReason(QStringLiteral("Lab closed for refurbishment from this week"));
        waitFor([&] { return dialog->isVisible(); });
        save(dialog, dir + QStringLiteral("/console-cancel-booking.png"));
        dialog->reject();
    }

    const QList<QPair<QWidget *, QString>> adminPages = {
        {static_cast<QWidget *>(window.roomsPage()), QStringLiteral("console-rooms.png")},
        {static_cast<QWidget *>(window.teachersPage()), QStringLiteral("console-teachers.png")},
        {static_cast<QWidget *>(window.bellSchedulePage()),
         QStringLiteral("console-bell-schedule.png")},
        {static_cast<QWidget *>(window.bookingRulesPage()), QStringLiteral("console-rules.png")},
        {static_cast<QWidget *>(window.importPage()), QStringLiteral("console-import.png")}};
    for (const auto &[page, name] : adminPages) {
        window.tabs()->setCurrentWidget(page);
        pause(300);
        settle(server.workers());
        save(&window, dir + QLatin1Char('/') + name);
    }

    // The calendar: terms with A/B weeks, closed days shaded in the year view, and the lesson
    // that now falls on a closed day. The year view starts at this week.
    window.tabs()->setCurrentWidget(window.calendarPage());
    settle(server.workers());
    CalendarYearView *year = window.calendarPage()->yearView();
    const int thisWeek = year->rowOf(QDate::currentDate());
    if (thisWeek >= 0)
        year->scrollToItem(year->item(thisWeek, 0), QAbstractItemView::PositionAtTop);
    pause(300);
    save(&window, dir + QStringLiteral("/console-calendar.png"));

    // The import preview as an admin meets it: a spreadsheet export with one bad row.
    QTemporaryDir scratch;
    const QString csvPath = scratch.filePath(QStringLiteral("new-rooms.csv"));
    QFile csv(csvPath);
    if (csv.open(QIODevice::WriteOnly)) {
        csv.write("name,building,capacity,features\n"
                  "Room 104,Main,30,projector;whiteboard\n"
                  "Drama Studio,Arts,lots,\n"
                  "Room 101,Main,32,projector;whiteboard;smartboard\n");
        csv.close();
    }
    window.tabs()->setCurrentWidget(window.importPage());
    window.importPage()->setFilePath(csvPath);
    window.importPage()->preview();
    pause(300);
    settle(server.workers());
    save(&window, dir + QStringLiteral("/console-import-problem.png"));

    // The audit log after a few minutes of school life: a mistyped password, the console
    // releasing a stuck lock, cancelling a lesson with a reason and tightening the rules.
    teachers.push_back(
        connectTeacher(server.port(), QStringLiteral("teacher.b"), QStringLiteral("demo-c")));
    pause(1500);
    try {
        for (const LockInfo &lock : LockService::list())
            AdminService::forceReleaseLock(lock.id);
        const QList<Booking> upcoming = SchoolDirectory::bookings(
            QDateTime::currentDateTime(), QDateTime::currentDateTime().addDays(7));
        if (!upcoming.isEmpty())
            AdminService::cancelBooking(upcoming.first().id,
                                        QStringLiteral("Room needed for the mock exams"));
        BookingRuleSet rules = AdminService::bookingRules();
        rules.maxDaysAhead = 28;
        AdminService::saveBookingRules(rules);
    } catch (const ProtocolError &) {
    } catch (const DatabaseError &) {
    }
    window.tabs()->setCurrentWidget(window.auditPage());
    waitFor([&] { return !window.auditPage()->records().isEmpty(); });
    settle(server.workers());
    save(&window, dir + QStringLiteral("/console-audit.png"));
    for (auto &socket : teachers)
        socket->close();
    server.stop();
    return 0;
}
