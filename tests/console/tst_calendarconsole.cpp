// SPDX-License-Identifier: GPL-3.0-or-later

#include "BellSchedulePage.h"
#include "BookingRulesPage.h"
#include "BookingsPage.h"
#include "CalendarPage.h"
#include "CalendarYearView.h"
#include "CancelBookingDialog.h"
#include "ConsoleWindow.h"
#include "Database.h"
#include "DatabaseUrl.h"
#include "DemoSchool.h"
#include "ImportPage.h"
#include "LogBuffer.h"
#include "Migrator.h"
#include "Rfc3339.h"
#include "RoomClaimServer.h"
#include "RoomsPage.h"
#include "ServerSettings.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QtTest>

#include <memory>

// The console's school calendar as the admin works with it and as teachers feel it: the bell
// schedule per weekday, terms with A/B weeks and closed days (imported from CSV), the booking
// rules, and canceling the rest of a series. A real PostgreSQL, the server in process, real
// teacher WebSocket connections.
class tst_CalendarConsole : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void copiedWeekdayIsWhatTeachersGetOnThatDay();
    void overlapOnOneWeekdayIsRefused();
    void importedCalendarShowsWeekLabelsAndClosedDays();
    void closedDayAddedOnThePageIsRefusedToTeachers();
    void editedRulesChangeWhatTheServerRefuses();
    void restOfASeriesIsCanceledFromTheBookingsPage();
    void importedBellScheduleReplacesEveryWeekday();

private:
    static constexpr int Patience = 15000;

    QString serverUrl() const { return QStringLiteral("ws://127.0.0.1:%1/").arg(m_server->port()); }
    std::unique_ptr<TestClient> loggedIn(const QString &username, const QString &password);
    static qint64 roomId(TestClient &client, const QString &name);
    // The date's periods as a teacher's client gets them.
    static QJsonArray periodsOn(TestClient &client, const QDate &date);
    static QJsonObject bookingParams(qint64 roomId, const QJsonObject &period,
                                     const QString &purpose);
    QString writeFile(const QByteArray &bytes);
    // The next date from tomorrow on with the given weekday.
    static QDate next(int weekday);
    // Saves a page once its loads are done and waits for the answer: "saved", "refused", or
    // what went wrong before the page answered.
    template <typename Page> static QString saveAndWait(Page *page);
    // Checks the import page's file and waits for the answer: whether it can be imported.
    static bool previewAndWait(ImportPage *page);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<RoomClaimServer> m_server;
    std::unique_ptr<ConsoleWindow> m_window;
    QTemporaryDir m_dir;
    // The imported calendar: a term from termStart (a Monday) with weeks A;B, an inset day.
    QDate m_termStart;
    QDate m_termEnd;
    QDate m_insetDay;
};

std::unique_ptr<TestClient> tst_CalendarConsole::loggedIn(const QString &username,
                                                          const QString &password) {
    auto client = std::make_unique<TestClient>();
    if (!client->open(serverUrl()) ||
        !client->login(username, password).value(QStringLiteral("ok")).toBool())
        return {};
    return client;
}

qint64 tst_CalendarConsole::roomId(TestClient &client, const QString &name) {
    const QJsonArray rooms =
        client.request(QStringLiteral("listRooms")).value(QStringLiteral("rooms")).toArray();
    for (const QJsonValue &room : rooms)
        if (room.toObject().value(QStringLiteral("name")).toString() == name)
            return room.toObject().value(QStringLiteral("id")).toInteger();
    return 0;
}

QJsonArray tst_CalendarConsole::periodsOn(TestClient &client, const QDate &date) {
    return client
        .request(QStringLiteral("listPeriods"),
                 {{QStringLiteral("date"), date.toString(Qt::ISODate)}})
        .value(QStringLiteral("periods"))
        .toArray();
}

QJsonObject tst_CalendarConsole::bookingParams(qint64 roomId, const QJsonObject &period,
                                               const QString &purpose) {
    return {{QStringLiteral("roomId"), roomId},
            {QStringLiteral("start"), period.value(QStringLiteral("start"))},
            {QStringLiteral("end"), period.value(QStringLiteral("end"))},
            {QStringLiteral("purpose"), purpose}};
}

QString tst_CalendarConsole::writeFile(const QByteArray &bytes) {
    static int counter = 0;
    const QString path = m_dir.filePath(QStringLiteral("calendar-%1.csv").arg(++counter));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QDate tst_CalendarConsole::next(int weekday) {
    QDate date = QDate::currentDate().addDays(1);
    while (date.dayOfWeek() != weekday)
        date = date.addDays(1);
    return date;
}

template <typename Page> QString tst_CalendarConsole::saveAndWait(Page *page) {
    if (!QTest::qWaitFor([page] { return !page->isBusy(); }, Patience))
        return QStringLiteral("still loading");
    QSignalSpy finished(page, &Page::saveFinished);
    if (!page->save())
        return QStringLiteral("not started");
    if (!finished.wait(Patience))
        return QStringLiteral("no answer");
    return finished.first().at(0).toBool() ? QStringLiteral("saved") : QStringLiteral("refused");
}

bool tst_CalendarConsole::previewAndWait(ImportPage *page) {
    QSignalSpy finished(page, &ImportPage::previewFinished);
    return page->preview() && finished.wait(Patience) && finished.first().at(0).toBool();
}

void tst_CalendarConsole::initTestCase() {
    static QtMessageHandler previous = nullptr;
    LogBuffer::install();
    previous = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (!message.contains(QLatin1String("propagateSizeHints")) && previous)
                previous(type, context, message);
        });
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QString error;
    const DatabaseUrl url = DatabaseUrl::parse(m_db->url(), &error);
    QVERIFY2(url.isValid(), qPrintable(error));
    Database::configure(url);
    Migrator::migrate();
    QVERIFY(DemoSchool::createIfEmpty());

    ServerSettings settings;
    settings.database = url;
    settings.listenAddress = QHostAddress::LocalHost;
    settings.listenPort = 0;
    m_server = std::make_unique<RoomClaimServer>(settings);
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_window = std::make_unique<ConsoleWindow>(m_server.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    // Three weeks back to sixteen weeks on: today and the next weeks are in the term.
    const QDate today = QDate::currentDate();
    m_termStart = today.addDays(-21 - (today.dayOfWeek() - 1));
    m_termEnd = m_termStart.addDays(7 * 16 + 4);
    m_insetDay = today.addDays(3);
}

void tst_CalendarConsole::cleanupTestCase() {
    m_window.reset();
    if (m_server)
        m_server->stop();
    m_server.reset();
    Database::connection().close();
    m_db.reset();
}

void tst_CalendarConsole::copiedWeekdayIsWhatTeachersGetOnThatDay() {
    m_window->tabs()->setCurrentWidget(m_window->bellSchedulePage());
    BellSchedulePage *page = m_window->bellSchedulePage();
    auto *table = page->findChild<QTableWidget *>(QStringLiteral("periodsTable"));
    auto *tabs = page->findChild<QTabBar *>(QStringLiteral("weekdayTabs"));
    QVERIFY(table && tabs);
    QCOMPARE(page->weekday(), 1);
    // Showing the tab reloads the schedule on a worker.
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), Patience);
    const int mondayPeriods = table->rowCount();
    QVERIFY(mondayPeriods > 0);

    // Monday gets a late club; Friday then takes Monday's day as it is.
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addPeriodButton")),
                      Qt::LeftButton);
    table->item(mondayPeriods, 0)->setText(QStringLiteral("Chess club"));
    const QTime clubStart = qobject_cast<QTimeEdit *>(table->cellWidget(mondayPeriods, 1))->time();
    tabs->setCurrentIndex(4);
    QCOMPARE(page->weekday(), 5);
    QVERIFY(table->rowCount() != mondayPeriods + 1);
    tabs->setCurrentIndex(0);
    QCOMPARE(table->rowCount(), mondayPeriods + 1);
    page->copyDayTo({5});
    QVERIFY(tabs->tabText(4).contains(QString::number(mondayPeriods + 1)));

    const auto teacher = loggedIn(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    QVERIFY(teacher);
    const int fridayBefore = int(periodsOn(*teacher, next(5)).size());
    QVERIFY(fridayBefore != mondayPeriods + 1);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("saveScheduleButton")),
                      Qt::LeftButton);
    auto *status = page->findChild<QLabel *>(QStringLiteral("scheduleStatusLabel"));
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Saved ")),
                              qPrintable(status->text()), Patience);
    QVERIFY(!teacher->waitForEvent(QStringLiteral("periodsChanged"), Patience).isEmpty());

    for (const QDate &date : {next(1), next(5)}) {
        const QJsonArray periods = periodsOn(*teacher, date);
        QCOMPARE(periods.size(), mondayPeriods + 1);
        const QJsonObject club = periods.last().toObject();
        QCOMPARE(club.value(QStringLiteral("name")).toString(), QStringLiteral("Chess club"));
        QCOMPARE(
            Rfc3339::parse(club.value(QStringLiteral("start")).toString()).toLocalTime().time(),
            clubStart);
    }
    // Tuesday kept its own schedule.
    QCOMPARE(periodsOn(*teacher, next(2)).size(), mondayPeriods);
}

void tst_CalendarConsole::overlapOnOneWeekdayIsRefused() {
    BellSchedulePage *page = m_window->bellSchedulePage();
    auto *table = page->findChild<QTableWidget *>(QStringLiteral("periodsTable"));
    auto *tabs = page->findChild<QTabBar *>(QStringLiteral("weekdayTabs"));
    const QString before =
        m_db->scalar(QStringLiteral("SELECT string_agg(p::text, '|' ORDER BY p.id) FROM periods p"))
            .toString();
    tabs->setCurrentIndex(2); // Wednesday
    QVERIFY(table->rowCount() >= 2);
    const QTime secondStart = qobject_cast<QTimeEdit *>(table->cellWidget(1, 1))->time();
    qobject_cast<QTimeEdit *>(table->cellWidget(1, 1))
        ->setTime(qobject_cast<QTimeEdit *>(table->cellWidget(0, 1))->time().addSecs(600));
    QVERIFY(table->item(1, 3)->text().startsWith(QStringLiteral("overlaps ")));
    // The day's tab turns red: the problem is visible from any other day too.
    QCOMPARE(tabs->tabTextColor(2), QColor(0xb0, 0x00, 0x20));
    tabs->setCurrentIndex(0);
    QCOMPARE(saveAndWait(page), QStringLiteral("refused"));
    auto *status = page->findChild<QLabel *>(QStringLiteral("scheduleStatusLabel"));
    QVERIFY2(status->text().startsWith(QStringLiteral("Not saved: ")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("overlaps")), qPrintable(status->text()));
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT string_agg(p::text, '|' ORDER BY p.id) FROM periods p"))
            .toString(),
        before);
    page->revert();
    tabs->setCurrentIndex(2);
    QTRY_COMPARE_WITH_TIMEOUT(qobject_cast<QTimeEdit *>(table->cellWidget(1, 1))->time(),
                              secondStart, Patience);
}

void tst_CalendarConsole::importedCalendarShowsWeekLabelsAndClosedDays() {
    const auto teacher = loggedIn(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    QVERIFY(teacher);
    // A lesson on a day that the new calendar will close.
    const QJsonArray insetPeriods = periodsOn(*teacher, m_insetDay);
    QVERIFY(!insetPeriods.isEmpty());
    const QJsonObject booked = teacher->request(
        QStringLiteral("confirmBooking"),
        bookingParams(roomId(*teacher, QStringLiteral("Room 101")), insetPeriods.first().toObject(),
                      QStringLiteral("8C History")));
    QVERIFY2(booked.value(QStringLiteral("ok")).toBool(),
             qPrintable(QJsonDocument(booked).toJson()));

    const QDate halfTerm = m_termStart.addDays(7 * 9); // a Monday, week 10: B
    const QString csv =
        QStringLiteral("kind,name,first,last,weeks\n"
                       "term,Winter term,%1,%2,A;B\n"
                       "closed,Half term,%3,%4,\n"
                       "closed,Inset day,%5,%5,\n")
            .arg(m_termStart.toString(Qt::ISODate), m_termEnd.toString(Qt::ISODate),
                 halfTerm.toString(Qt::ISODate), halfTerm.addDays(4).toString(Qt::ISODate),
                 m_insetDay.toString(Qt::ISODate));

    // Calendar page → Import from CSV: the import page opens set to the calendar.
    m_window->tabs()->setCurrentWidget(m_window->calendarPage());
    CalendarPage *calendar = m_window->calendarPage();
    QTest::mouseClick(calendar->findChild<QPushButton *>(QStringLiteral("importCalendarButton")),
                      Qt::LeftButton);
    ImportPage *import = m_window->importPage();
    QCOMPARE(m_window->tabs()->currentWidget(), import);
    QCOMPARE(import->kind(), ImportPlan::Kind::Calendar);
    import->setFilePath(writeFile(csv.toUtf8()));
    QVERIFY(previewAndWait(import));
    auto *preview = import->findChild<QListWidget *>(QStringLiteral("importPreviewList"));
    QStringList lines;
    for (int i = 0; i < preview->count(); ++i)
        lines << preview->item(i)->text();
    QVERIFY2(lines.contains(
                 QStringLiteral("term Winter term: %1 to %2, weeks A;B")
                     .arg(m_termStart.toString(Qt::ISODate), m_termEnd.toString(Qt::ISODate))),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(lines.contains(
        QStringLiteral("closed Inset day: %1 to %1").arg(m_insetDay.toString(Qt::ISODate))));
    // The preview warns that the lesson on the inset day stays booked.
    QVERIFY2(lines.last().startsWith(QStringLiteral("1 upcoming booking")),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(import->findChild<QLabel *>(QStringLiteral("importSummaryLabel"))
                ->text()
                .contains(QStringLiteral("1 term and 2 closed ranges")));
    QSignalSpy finished(import, &ImportPage::importFinished);
    QTest::mouseClick(import->findChild<QPushButton *>(QStringLiteral("importButton")),
                      Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(!teacher->waitForEvent(QStringLiteral("calendarChanged"), Patience).isEmpty());

    // The calendar page shows what was imported.
    m_window->tabs()->setCurrentWidget(calendar);
    QTRY_COMPARE_WITH_TIMEOUT(calendar->editedTerms().size(), 1, Patience);
    QCOMPARE(calendar->editedTerms().first().name, QStringLiteral("Winter term"));
    QCOMPARE(calendar->editedTerms().first().weeks,
             (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    QCOMPARE(calendar->editedClosedRanges().size(), 2);

    // The year view: each week's label, closed days shaded with their reason.
    CalendarYearView *year = calendar->yearView();
    QCOMPARE(year->firstDay(), m_termStart);
    const auto label = [year](const QDate &date) {
        return year->item(year->rowOf(date), CalendarYearView::LabelColumn)->text();
    };
    QCOMPARE(label(m_termStart), QStringLiteral("A"));
    QCOMPARE(label(m_termStart.addDays(7)), QStringLiteral("B"));
    QCOMPARE(label(m_termStart.addDays(14)), QStringLiteral("A"));
    QCOMPARE(label(halfTerm), QStringLiteral("B"));
    QTableWidgetItem *inset = year->dayItem(m_insetDay);
    QVERIFY(inset);
    QVERIFY2(inset->toolTip().contains(QStringLiteral("closed (Inset day)")),
             qPrintable(inset->toolTip()));
    QCOMPARE(inset->background().color(), QColor(0xfd, 0xe2, 0xe1));
    for (int day = 0; day < 5; ++day)
        QVERIFY(year->dayItem(halfTerm.addDays(day))
                    ->toolTip()
                    .contains(QStringLiteral("closed (Half term)")));
    QVERIFY(year->dayItem(halfTerm.addDays(7))->toolTip().contains(QStringLiteral("open")));
    QVERIFY(year->item(year->rowOf(halfTerm), CalendarYearView::NoteColumn)
                ->text()
                .contains(QStringLiteral("Half term")));
    // The term's last week ends on Friday: its weekend is holiday.
    QVERIFY(year->dayItem(m_termEnd.addDays(1))
                ->toolTip()
                .contains(QStringLiteral("closed (School holidays)")));

    // The lesson booked before the import now falls on a closed day and is listed.
    const auto *closedBookings =
        calendar->findChild<QTableWidget *>(QStringLiteral("closedDayBookingsTable"));
    QTRY_COMPARE_WITH_TIMEOUT(closedBookings->rowCount(), 1, Patience);
    QCOMPARE(closedBookings->item(0, 2)->text(), QStringLiteral("Room 101"));
    QCOMPARE(closedBookings->item(0, 4)->text(), QStringLiteral("Inset day"));

    // What the teachers' side hears agrees with the page.
    const QJsonObject days = teacher->request(
        QStringLiteral("listCalendar"), {{QStringLiteral("from"), m_insetDay.toString(Qt::ISODate)},
                                         {QStringLiteral("to"), m_insetDay.toString(Qt::ISODate)}});
    const QJsonObject day = days.value(QStringLiteral("days")).toArray().first().toObject();
    QCOMPARE(day.value(QStringLiteral("open")).toBool(), false);
    QCOMPARE(day.value(QStringLiteral("reason")).toString(), QStringLiteral("Inset day"));
}

void tst_CalendarConsole::closedDayAddedOnThePageIsRefusedToTeachers() {
    const auto teacher = loggedIn(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    QVERIFY(teacher);
    // Six days on: no other test books that day.
    const QDate sportsDay = QDate::currentDate().addDays(6);
    const QJsonArray periods = periodsOn(*teacher, sportsDay);
    QVERIFY(!periods.isEmpty());
    const QString before = m_db->scalar(QStringLiteral("SELECT string_agg(c::text, '|' ORDER BY "
                                                       "c.id) FROM closed_days c"))
                               .toString();

    m_window->tabs()->setCurrentWidget(m_window->calendarPage());
    CalendarPage *page = m_window->calendarPage();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), Patience);
    auto *closed = page->findChild<QTableWidget *>(QStringLiteral("closedDaysTable"));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addClosedDaysButton")),
                      Qt::LeftButton);
    const int row = closed->rowCount() - 1;
    QCOMPARE(row, 2);
    closed->item(row, 0)->setText(QStringLiteral("Sports day"));
    auto *first = qobject_cast<QDateEdit *>(closed->cellWidget(row, 1));
    auto *last = qobject_cast<QDateEdit *>(closed->cellWidget(row, 2));
    QVERIFY(first && last);
    // Outside the term first: the row says so at once, and Save refuses and writes nothing.
    last->setDate(m_termEnd.addDays(10));
    first->setDate(m_termEnd.addDays(10));
    QVERIFY2(closed->item(row, 3)->text().contains(QStringLiteral("not inside a term")),
             qPrintable(closed->item(row, 3)->text()));
    QCOMPARE(saveAndWait(page), QStringLiteral("refused"));
    auto *status = page->findChild<QLabel *>(QStringLiteral("calendarStatusLabel"));
    QVERIFY2(status->text().startsWith(QStringLiteral("Not saved: Closed range 'Sports day'")),
             qPrintable(status->text()));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT string_agg(c::text, '|' ORDER BY c.id) FROM "
                                         "closed_days c"))
                 .toString(),
             before);

    // The year view follows the edit before it is saved.
    first->setDate(sportsDay);
    last->setDate(sportsDay);
    QCOMPARE(closed->item(row, 3)->text(), QStringLiteral("1 day"));
    QVERIFY(page->yearView()->dayItem(sportsDay)->toolTip().contains(
        QStringLiteral("closed (Sports day)")));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("saveCalendarButton")),
                      Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(
        status->text().startsWith(QStringLiteral("Saved 1 term and 3 closed ranges.")),
        qPrintable(status->text()), Patience);
    QVERIFY(!teacher->waitForEvent(QStringLiteral("calendarChanged"), Patience).isEmpty());

    // The teacher's side: no periods that day, and a booking is refused with the reason.
    const QJsonObject listed = teacher->request(
        QStringLiteral("listPeriods"), {{QStringLiteral("date"), sportsDay.toString(Qt::ISODate)}});
    QCOMPARE(listed.value(QStringLiteral("closed")).toString(), QStringLiteral("Sports day"));
    QVERIFY(listed.value(QStringLiteral("periods")).toArray().isEmpty());
    const QJsonObject reply =
        teacher->request(QStringLiteral("confirmBooking"),
                         bookingParams(roomId(*teacher, QStringLiteral("Room 103")),
                                       periods.first().toObject(), QStringLiteral("Football")));
    QCOMPARE(reply.value(QStringLiteral("code")).toString(), QStringLiteral("CLOSED_DAY"));
    QCOMPARE(reply.value(QStringLiteral("message")).toString(),
             QStringLiteral("The school is closed on %1 (Sports day)")
                 .arg(sportsDay.toString(Qt::ISODate)));
}

void tst_CalendarConsole::editedRulesChangeWhatTheServerRefuses() {
    const auto teacher = loggedIn(QStringLiteral("teacher.b"), QStringLiteral("demo-b"));
    const auto admin = loggedIn(QStringLiteral("admin"), QStringLiteral("demo-admin"));
    QVERIFY(teacher && admin);
    const qint64 music = roomId(*teacher, QStringLiteral("Music Room"));
    const qint64 room102 = roomId(*teacher, QStringLiteral("Room 102"));
    QVERIFY(music > 0 && room102 > 0);
    // Five days on (past the inset day), and tomorrow: both in the term.
    const QDate later = QDate::currentDate().addDays(5);
    const QJsonObject laterLesson = periodsOn(*teacher, later).first().toObject();
    const QJsonObject tomorrowLesson =
        periodsOn(*teacher, QDate::currentDate().addDays(1)).at(1).toObject();

    m_window->tabs()->setCurrentWidget(m_window->bookingRulesPage());
    BookingRulesPage *rules = m_window->bookingRulesPage();
    QTRY_VERIFY_WITH_TIMEOUT(!rules->isBusy(), Patience);
    auto *days = rules->findChild<QSpinBox *>(QStringLiteral("maxDaysAheadSpin"));
    QCOMPARE(days->value(), 0);
    QCOMPARE(days->text(), QStringLiteral("No limit"));
    days->setValue(3);
    QVERIFY(rules->setRoomRestricted(music, true));
    QTest::mouseClick(rules->findChild<QPushButton *>(QStringLiteral("saveRulesButton")),
                      Qt::LeftButton);
    auto *status = rules->findChild<QLabel *>(QStringLiteral("rulesStatusLabel"));
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Saved")),
                              qPrintable(status->text()), Patience);

    // Too far ahead for a teacher, not for an admin.
    QJsonObject reply =
        teacher->request(QStringLiteral("confirmBooking"),
                         bookingParams(room102, laterLesson, QStringLiteral("Trip")));
    QCOMPARE(reply.value(QStringLiteral("status")).toInt(), 403);
    QCOMPARE(reply.value(QStringLiteral("code")).toString(), QStringLiteral("TOO_FAR_AHEAD"));
    QCOMPARE(reply.value(QStringLiteral("message")).toString(),
             QStringLiteral("Bookings may be made at most 3 days ahead"));
    // The restricted room: teachers are refused, the admin books it.
    reply = teacher->request(QStringLiteral("confirmBooking"),
                             bookingParams(music, tomorrowLesson, QStringLiteral("Choir")));
    QCOMPARE(reply.value(QStringLiteral("code")).toString(), QStringLiteral("ROOM_RESTRICTED"));
    QVERIFY2(
        reply.value(QStringLiteral("message")).toString().contains(QStringLiteral("Music Room")),
        qPrintable(reply.value(QStringLiteral("message")).toString()));
    reply = admin->request(QStringLiteral("confirmBooking"),
                           bookingParams(music, tomorrowLesson, QStringLiteral("Exam")));
    QVERIFY2(reply.value(QStringLiteral("ok")).toBool(), qPrintable(QJsonDocument(reply).toJson()));
    // The rooms page shows the mark too.
    m_window->roomsPage()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->roomsPage()->isBusy(), Patience);
    QVERIFY(m_window->roomsPage()->selectRoom(music));
    QVERIFY(m_window->roomsPage()
                ->findChild<QCheckBox *>(QStringLiteral("roomRestrictedCheck"))
                ->isChecked());

    // Back to no limit and an open Music Room: the same requests now succeed.
    days->setValue(0);
    QVERIFY(rules->setRoomRestricted(music, false));
    QCOMPARE(saveAndWait(rules), QStringLiteral("saved"));
    reply = teacher->request(QStringLiteral("confirmBooking"),
                             bookingParams(room102, laterLesson, QStringLiteral("Trip")));
    QVERIFY2(reply.value(QStringLiteral("ok")).toBool(), qPrintable(QJsonDocument(reply).toJson()));

    // A limit of upcoming bookings per teacher: teacher.b holds one now.
    auto *active = rules->findChild<QSpinBox *>(QStringLiteral("maxActiveBookingsSpin"));
    active->setValue(1);
    QCOMPARE(saveAndWait(rules), QStringLiteral("saved"));
    reply = teacher->request(QStringLiteral("confirmBooking"),
                             bookingParams(room102, tomorrowLesson, QStringLiteral("Revision")));
    QCOMPARE(reply.value(QStringLiteral("code")).toString(), QStringLiteral("LIMIT_REACHED"));
    active->setValue(0);
    QCOMPARE(saveAndWait(rules), QStringLiteral("saved"));
    reply = teacher->request(QStringLiteral("confirmBooking"),
                             bookingParams(room102, tomorrowLesson, QStringLiteral("Revision")));
    QVERIFY2(reply.value(QStringLiteral("ok")).toBool(), qPrintable(QJsonDocument(reply).toJson()));
}

void tst_CalendarConsole::restOfASeriesIsCanceledFromTheBookingsPage() {
    const auto owner = loggedIn(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    const auto colleague = loggedIn(QStringLiteral("teacher.b"), QStringLiteral("demo-b"));
    QVERIFY(owner && colleague);
    // Four weekly dates from tomorrow (the inset day is three days on, so none is closed).
    const QDate first = QDate::currentDate().addDays(1);
    const QJsonObject period = periodsOn(*owner, first).at(2).toObject();
    QJsonObject params = bookingParams(roomId(*owner, QStringLiteral("Science Lab A")), period,
                                       QStringLiteral("9C Chemistry"));
    params.insert(QStringLiteral("repeat"),
                  QJsonObject{{QStringLiteral("every"), QStringLiteral("week")},
                              {QStringLiteral("until"), first.addDays(21).toString(Qt::ISODate)}});
    params.insert(QStringLiteral("policy"), QStringLiteral("allOrNothing"));
    const QJsonObject series = owner->request(QStringLiteral("confirmSeries"), params);
    QVERIFY2(series.value(QStringLiteral("ok")).toBool(),
             qPrintable(QJsonDocument(series).toJson()));
    const qint64 seriesId = series.value(QStringLiteral("seriesId")).toInteger();
    const QJsonArray created = series.value(QStringLiteral("bookings")).toArray();
    QCOMPARE(created.size(), 4);

    m_window->tabs()->setCurrentWidget(m_window->bookingsPage());
    BookingsPage *page = m_window->bookingsPage();
    page->setDateRange(first, first.addDays(21));
    page->setTeacherFilter(
        created.first().toObject().value(QStringLiteral("teacherId")).toInteger());
    QTableWidget *table = page->table();
    // The list is read on a worker.
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->bookings().size() >= 4, Patience);
    QStringList seriesCells;
    for (int row = 0; row < table->rowCount(); ++row)
        if (page->bookings().at(row).seriesId == seriesId)
            seriesCells << table->item(row, 5)->text();
    QCOMPARE(seriesCells.size(), 4);
    // The series column names the series and its size, the same on every date.
    QVERIFY2(!seriesCells.first().isEmpty(), "no series shown");
    QCOMPARE(seriesCells.count(seriesCells.first()), 4);

    const qint64 second = created.at(1).toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(page->selectBooking(second));
    CancelBookingDialog *dialog = page->cancelSelected();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), Patience);
    auto *later = dialog->findChild<QRadioButton *>(QStringLiteral("cancelThisAndLaterRadio"));
    QVERIFY(later);
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("cancelThisDateRadio"))->isChecked());
    later->click();
    const QString reason = QStringLiteral("Lab refurbished from next week");
    dialog->setReason(reason);
    owner->clearEvents();
    colleague->clearEvents();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmCancelButton")),
                      Qt::LeftButton);

    // Three dates canceled, each announced with its series and the reason.
    QList<qint64> canceled;
    for (int i = 0; i < 3; ++i) {
        const QJsonObject event =
            colleague->waitForEvent(QStringLiteral("bookingCanceled"), Patience);
        QVERIFY2(!event.isEmpty(), "fewer than three bookingCanceled events");
        const QJsonObject booking = event.value(QStringLiteral("booking")).toObject();
        QCOMPARE(booking.value(QStringLiteral("seriesId")).toInteger(), seriesId);
        QCOMPARE(event.value(QStringLiteral("reason")).toString(), reason);
        canceled << booking.value(QStringLiteral("id")).toInteger();
    }
    std::sort(canceled.begin(), canceled.end());
    QCOMPARE(canceled, (QList<qint64>{
                           second, created.at(2).toObject().value(QStringLiteral("id")).toInteger(),
                           created.at(3).toObject().value(QStringLiteral("id")).toInteger()}));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM bookings WHERE series_id = %1 AND "
                                         "canceled_at IS NULL")
                              .arg(seriesId))
                 .toInt(),
             1);
    QTRY_VERIFY_WITH_TIMEOUT(!page->cancelDialog(), Patience);
    int left = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        (left = int(std::count_if(page->bookings().begin(), page->bookings().end(),
                                  [seriesId](const Booking &b) { return b.seriesId == seriesId; })),
         left == 1),
        Patience);
    auto *status = page->findChild<QLabel *>(QStringLiteral("bookingsStatusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("3 dates")), qPrintable(status->text()));
}

void tst_CalendarConsole::importedBellScheduleReplacesEveryWeekday() {
    const auto teacher = loggedIn(QStringLiteral("teacher.b"), QStringLiteral("demo-b"));
    QVERIFY(teacher);
    ImportPage *import = m_window->importPage();
    m_window->tabs()->setCurrentWidget(import);
    import->setKind(ImportPlan::Kind::Periods);
    // A bad time names its line; nothing is offered for import.
    import->setFilePath(writeFile("weekdays,name,start,end\n"
                                  "Mon-Thu,Period 1,08:40,09:30\n"
                                  "Fri,Period 1,8 o'clock,09:20\n"));
    QVERIFY(!previewAndWait(import));
    auto *preview = import->findChild<QListWidget *>(QStringLiteral("importPreviewList"));
    QVERIFY2(preview->item(0)->text().startsWith(QStringLiteral("Line 3: ")),
             qPrintable(preview->item(0)->text()));
    QVERIFY(!import->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());

    import->setFilePath(writeFile("weekdays,name,start,end\n"
                                  "Mon-Thu,Period 1,08:40,09:30\n"
                                  "Mon-Thu,Period 2,09:35,10:25\n"
                                  "Fri,Period 1,08:40,09:20\n"));
    QVERIFY(previewAndWait(import));
    QVERIFY2(import->findChild<QLabel *>(QStringLiteral("importSummaryLabel"))
                 ->text()
                 .contains(QStringLiteral("9 periods on 5 weekdays")),
             qPrintable(import->findChild<QLabel *>(QStringLiteral("importSummaryLabel"))->text()));
    QSignalSpy finished(import, &ImportPage::importFinished);
    QTest::mouseClick(import->findChild<QPushButton *>(QStringLiteral("importButton")),
                      Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(!teacher->waitForEvent(QStringLiteral("periodsChanged"), Patience).isEmpty());

    // The bell schedule page shows each weekday's new periods; the weekend has none.
    BellSchedulePage *schedule = m_window->bellSchedulePage();
    m_window->tabs()->setCurrentWidget(schedule);
    auto *tabs = schedule->findChild<QTabBar *>(QStringLiteral("weekdayTabs"));
    QTRY_COMPARE_WITH_TIMEOUT(schedule->editedPeriods(1).size(), 2, Patience);
    QCOMPARE(schedule->editedPeriods(5).size(), 1);
    QCOMPARE(schedule->editedPeriods(6).size(), 0);
    QVERIFY(tabs->tabText(5).contains(QStringLiteral("none")));
    QCOMPARE(periodsOn(*teacher, next(2).addDays(7)).size(), 2);
    QCOMPARE(periodsOn(*teacher, next(7).addDays(7)).size(), 0);
}

QTEST_MAIN(tst_CalendarConsole)
#include "tst_calendarconsole.moc"
