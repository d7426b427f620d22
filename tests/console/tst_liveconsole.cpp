// SPDX-License-Identifier: GPL-3.0-or-later

#include "BookingsPage.h"
#include "CancelBookingDialog.h"
#include "ConsoleWindow.h"
#include "Database.h"
#include "DatabaseUrl.h"
#include "DemoSchool.h"
#include "LockService.h"
#include "LogBuffer.h"
#include "LogPane.h"
#include "Migrator.h"
#include "OverviewPage.h"
#include "Rfc3339.h"
#include "RoomClaimServer.h"
#include "ServerSettings.h"
#include "TeacherStore.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <memory>

// The console's live side, as the admin sees it and as the teachers feel it: the client list,
// locks with their countdown and force-release, cancel with a reason, the log pane and the
// CSV export. A real PostgreSQL, the server in process, real teacher WebSocket connections.
class tst_LiveConsole : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void clientListFollowsConnections();
    void lockCountsDownAndForceReleaseLetsConfirmProceed();
    void keepingTheLockChangesNothing();
    void cancelWithReasonReachesTheOwner();
    void exportWritesTheListedBookings();

private:
    // Generous: the suites share the machine with other builds.
    static constexpr int Patience = 15000;

    QString serverUrl() const { return QStringLiteral("ws://127.0.0.1:%1/").arg(m_server->port()); }
    std::unique_ptr<TestClient> loggedIn(const QString &username, const QString &password);
    qint64 roomId(TestClient &client, const QString &name);
    static QStringList column(const QTableWidget *table, int column);
    static Interval lesson(int day, int hour, int minutes = 60);
    static QJsonObject confirmParams(qint64 roomId, const Interval &interval,
                                     const QString &purpose);
    // Answers the next message box with objectName `dialog` by clicking its button `button`.
    static void answerMessageBox(const QString &dialog, const QString &button);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<RoomClaimServer> m_server;
    std::unique_ptr<ConsoleWindow> m_window;
};

std::unique_ptr<TestClient> tst_LiveConsole::loggedIn(const QString &username,
                                                      const QString &password) {
    auto client = std::make_unique<TestClient>();
    if (!client->open(serverUrl()) ||
        !client->login(username, password).value(QStringLiteral("ok")).toBool())
        return {};
    return client;
}

qint64 tst_LiveConsole::roomId(TestClient &client, const QString &name) {
    const QJsonArray rooms =
        client.request(QStringLiteral("listRooms")).value(QStringLiteral("rooms")).toArray();
    for (const QJsonValue &room : rooms) {
        if (room.toObject().value(QStringLiteral("name")).toString() == name)
            return room.toObject().value(QStringLiteral("id")).toInteger();
    }
    return 0;
}

QStringList tst_LiveConsole::column(const QTableWidget *table, int column) {
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts << (table->item(row, column) ? table->item(row, column)->text() : QString());
    return texts;
}

Interval tst_LiveConsole::lesson(int day, int hour, int minutes) {
    // Far ahead, so the server never calls it "already over"; each test takes its own day.
    const QDateTime start(QDate(2031, 3, 3).addDays(day), QTime(hour, 0));
    return Interval(start, start.addSecs(qint64(minutes) * 60));
}

QJsonObject tst_LiveConsole::confirmParams(qint64 roomId, const Interval &interval,
                                           const QString &purpose) {
    return {{QStringLiteral("roomId"), roomId},
            {QStringLiteral("start"), Rfc3339::formatLocal(interval.start())},
            {QStringLiteral("end"), Rfc3339::formatLocal(interval.end())},
            {QStringLiteral("purpose"), purpose}};
}

void tst_LiveConsole::answerMessageBox(const QString &dialog, const QString &button) {
    auto *timer = new QTimer(qApp);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, dialog, button] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (!box || box->objectName() != dialog || !box->isVisible())
                continue;
            if (auto *target = box->findChild<QPushButton *>(button)) {
                timer->stop();
                timer->deleteLater();
                target->click();
            }
            return;
        }
    });
    timer->start();
}

void tst_LiveConsole::initTestCase() {
    // The offscreen platform warns about every window it cannot size-hint; that is noise.
    static QtMessageHandler previous = nullptr;
    LogBuffer::install();
    previous = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (!message.contains(QLatin1String("propagateSizeHints")) && previous)
                previous(type, context, message);
        });
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
    QCOMPARE(m_window->windowTitle(), QStringLiteral("RoomClaim Server Console"));
}

void tst_LiveConsole::cleanupTestCase() {
    m_window.reset();
    if (m_server)
        m_server->stop();
    m_server.reset();
    Database::connection().close();
    m_db.reset();
}

void tst_LiveConsole::clientListFollowsConnections() {
    m_window->tabs()->setCurrentWidget(m_window->overviewPage());
    QTableWidget *clients = m_window->overviewPage()->clientsTable();
    QTRY_COMPARE_WITH_TIMEOUT(clients->rowCount(), 0, Patience);

    std::unique_ptr<TestClient> teacher =
        loggedIn(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    QVERIFY(teacher);
    QTRY_VERIFY_WITH_TIMEOUT(column(clients, 0).contains(QStringLiteral("Teacher A")), Patience);
    QCOMPARE(clients->rowCount(), 1);
    QCOMPARE(column(clients, 1), QStringList{QStringLiteral("teacher.a")});
    QVERIFY2(column(clients, 2).value(0).startsWith(QStringLiteral("127.0.0.1:")),
             qPrintable(column(clients, 2).value(0)));
    QVERIFY(!column(clients, 3).value(0).isEmpty());
    auto *teachersOnline = m_window->findChild<QLabel *>(QStringLiteral("teachersLabel"));
    QVERIFY(teachersOnline);
    QCOMPARE(teachersOnline->text(), QStringLiteral("1 teacher"));
    // The log pane is fed by the server's own logging categories.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->overviewPage()->logPane()->visibleText().contains(
                                 QStringLiteral("Teacher A logged in from")),
                             Patience);

    teacher->close();
    QVERIFY(teacher->waitForDisconnected());
    QTRY_COMPARE_WITH_TIMEOUT(clients->rowCount(), 0, Patience);
    QCOMPARE(teachersOnline->text(), QStringLiteral("0 teachers"));
}

void tst_LiveConsole::lockCountsDownAndForceReleaseLetsConfirmProceed() {
    std::unique_ptr<TestClient> teacherB =
        loggedIn(QStringLiteral("teacher.b"), QStringLiteral("demo-b"));
    QVERIFY(teacherB);
    const qint64 room = roomId(*teacherB, QStringLiteral("Room 101"));
    QVERIFY(room > 0);
    const Interval interval = lesson(1, 9);
    const std::optional<TeacherCredentials> teacherA =
        TeacherStore::findCredentials(QStringLiteral("teacher.a"));
    QVERIFY(teacherA);
    // Teacher A's confirmation in flight (on this or another server instance).
    QVERIFY(LockService::acquire(room, interval, teacherA->teacher.id).granted);

    OverviewPage *overview = m_window->overviewPage();
    QTableWidget *locks = overview->locksTable();
    QTRY_COMPARE_WITH_TIMEOUT(locks->rowCount(), 1, Patience);
    QCOMPARE(locks->item(0, 0)->text(), QStringLiteral("Room 101"));
    QCOMPARE(locks->item(0, 2)->text(), QStringLiteral("Teacher A"));
    QVERIFY2(locks->item(0, 1)->text().contains(QStringLiteral("09:00–10:00")),
             qPrintable(locks->item(0, 1)->text()));
    auto secondsLeft = [&] {
        return locks->rowCount() == 1
                   ? locks->item(0, 3)->text().section(QLatin1Char(' '), 0, 0).toInt()
                   : -1;
    };
    const int first = secondsLeft();
    QVERIFY2(first > 0 && first <= LockService::timeToLive(),
             qPrintable(locks->item(0, 3)->text()));
    // The countdown moves on its own, without any event.
    QTRY_VERIFY_WITH_TIMEOUT(secondsLeft() > 0 && secondsLeft() < first, Patience);

    // While the lock stands, Teacher B's confirm fails cleanly, naming the holder.
    const QJsonObject denied = teacherB->request(
        QStringLiteral("confirmBooking"), confirmParams(room, interval, QStringLiteral("8A Art")));
    QCOMPARE(denied.value(QStringLiteral("code")).toString(), QStringLiteral("LOCK_HELD"));
    QCOMPARE(denied.value(QStringLiteral("holder")).toString(), QStringLiteral("Teacher A"));

    auto *release = overview->findChild<QPushButton *>(QStringLiteral("forceReleaseButton"));
    QVERIFY(release);
    QVERIFY(!release->isEnabled()); // nothing selected yet
    locks->selectRow(0);
    QVERIFY(release->isEnabled());
    teacherB->clearEvents();
    answerMessageBox(QStringLiteral("forceReleaseConfirmation"),
                     QStringLiteral("confirmForceReleaseButton"));
    QTest::mouseClick(release, Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(locks->rowCount(), 0, Patience);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM locks")).toInt(), 0);
    const QJsonObject unlocked = teacherB->waitForEvent(QStringLiteral("roomUnlocked"), Patience);
    QCOMPARE(unlocked.value(QStringLiteral("roomId")).toInteger(), room);
    auto *status = overview->findChild<QLabel *>(QStringLiteral("locksStatusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(
        status->text().contains(QStringLiteral("Released Teacher A's lock on Room 101")), Patience);

    // Now Teacher B's confirm proceeds.
    const QJsonObject booked = teacherB->request(
        QStringLiteral("confirmBooking"), confirmParams(room, interval, QStringLiteral("8A Art")));
    QVERIFY2(booked.value(QStringLiteral("ok")).toBool(),
             qPrintable(QJsonDocument(booked).toJson(QJsonDocument::Compact)));
    teacherB->close();
}

void tst_LiveConsole::keepingTheLockChangesNothing() {
    const std::optional<TeacherCredentials> teacherA =
        TeacherStore::findCredentials(QStringLiteral("teacher.a"));
    QVERIFY(teacherA);
    std::unique_ptr<TestClient> teacherB =
        loggedIn(QStringLiteral("teacher.b"), QStringLiteral("demo-b"));
    QVERIFY(teacherB);
    const qint64 room = roomId(*teacherB, QStringLiteral("Room 102"));
    QVERIFY(LockService::acquire(room, lesson(2, 9), teacherA->teacher.id).granted);
    QTableWidget *locks = m_window->overviewPage()->locksTable();
    QTRY_COMPARE_WITH_TIMEOUT(locks->rowCount(), 1, Patience);
    locks->selectRow(0);
    answerMessageBox(QStringLiteral("forceReleaseConfirmation"), QStringLiteral("keepLockButton"));
    QVERIFY(!m_window->overviewPage()->forceReleaseSelected());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM locks")).toInt(), 1);
    QCOMPARE(locks->rowCount(), 1);
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM locks")));
    QTRY_COMPARE_WITH_TIMEOUT(locks->rowCount(), 0, Patience);
}

void tst_LiveConsole::cancelWithReasonReachesTheOwner() {
    std::unique_ptr<TestClient> owner =
        loggedIn(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    std::unique_ptr<TestClient> colleague =
        loggedIn(QStringLiteral("teacher.b"), QStringLiteral("demo-b"));
    QVERIFY(owner && colleague);
    const qint64 room = roomId(*owner, QStringLiteral("Room 103"));
    const Interval interval = lesson(3, 10);
    const QJsonObject booked =
        owner->request(QStringLiteral("confirmBooking"),
                       confirmParams(room, interval, QStringLiteral("7B Maths")));
    QVERIFY(booked.value(QStringLiteral("ok")).toBool());
    const qint64 bookingId =
        booked.value(QStringLiteral("booking")).toObject().value(QStringLiteral("id")).toInteger();

    m_window->tabs()->setCurrentWidget(m_window->bookingsPage());
    BookingsPage *page = m_window->bookingsPage();
    page->setDateRange(interval.start().date(), interval.start().date());
    QTableWidget *table = page->table();
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 1, Patience);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Room 103"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Teacher A"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("7B Maths"));

    auto *cancel = page->findChild<QPushButton *>(QStringLiteral("cancelBookingButton"));
    QVERIFY(!cancel->isEnabled());
    QVERIFY(page->selectBooking(bookingId));
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    CancelBookingDialog *dialog = page->cancelDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), Patience);
    auto *reasonEdit = dialog->findChild<QLineEdit *>(QStringLiteral("cancelReasonEdit"));
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmCancelButton"));
    QVERIFY(reasonEdit && confirm);
    // No reason, no cancellation: the teacher must learn why.
    QVERIFY(!confirm->isEnabled());
    QTest::keyClicks(reasonEdit, QStringLiteral("   "));
    QVERIFY(!confirm->isEnabled());
    reasonEdit->clear();
    const QString reason = QStringLiteral("Room needed for the mock exams");
    QTest::keyClicks(reasonEdit, reason);
    QVERIFY(confirm->isEnabled());
    owner->clearEvents();
    colleague->clearEvents();
    QTest::mouseClick(confirm, Qt::LeftButton);

    const QJsonObject event = owner->waitForEvent(QStringLiteral("bookingCanceled"), Patience);
    QCOMPARE(
        event.value(QStringLiteral("booking")).toObject().value(QStringLiteral("id")).toInteger(),
        bookingId);
    QCOMPARE(event.value(QStringLiteral("reason")).toString(), reason);
    QCOMPARE(event.value(QStringLiteral("canceledBy")).toString(), QStringLiteral("School office"));
    QCOMPARE(colleague->waitForEvent(QStringLiteral("bookingCanceled"), Patience)
                 .value(QStringLiteral("reason"))
                 .toString(),
             reason);
    QCOMPARE(
        m_db->scalar(
                QStringLiteral("SELECT cancel_reason FROM bookings WHERE id = %1").arg(bookingId))
            .toString(),
        reason);
    QTRY_VERIFY_WITH_TIMEOUT(!page->cancelDialog(), Patience);
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 0, Patience);
    auto *empty = page->findChild<QLabel *>(QStringLiteral("bookingsEmptyLabel"));
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().startsWith(QStringLiteral("No bookings on")));
    // Its booking gone, the owner's confirm for the same slot is free again.
    QVERIFY(owner
                ->request(QStringLiteral("confirmBooking"),
                          confirmParams(room, interval, QStringLiteral("7B Maths, again")))
                .value(QStringLiteral("ok"))
                .toBool());
}

void tst_LiveConsole::exportWritesTheListedBookings() {
    std::unique_ptr<TestClient> teacher =
        loggedIn(QStringLiteral("teacher.b"), QStringLiteral("demo-b"));
    QVERIFY(teacher);
    const qint64 room = roomId(*teacher, QStringLiteral("Music Room"));
    // Two bookings in the range, nine days apart so the export reads more than one chunk.
    for (const int day : {10, 19}) {
        QVERIFY(teacher
                    ->request(
                        QStringLiteral("confirmBooking"),
                        confirmParams(room, lesson(day, 11), QStringLiteral("Choir, \"Messiah\"")))
                    .value(QStringLiteral("ok"))
                    .toBool());
    }
    BookingsPage *page = m_window->bookingsPage();
    page->setDateRange(lesson(10, 0).start().date(), lesson(19, 0).start().date());
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->rowCount(), 2, Patience);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bookings.csv"));
    QSignalSpy finished(page, &BookingsPage::exportFinished);
    QVERIFY(page->exportTo(path));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Patience);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("id,room,")));
    QVERIFY2(lines.at(1).contains(QStringLiteral("Music Room,Teacher B,")),
             qPrintable(lines.at(1)));
    QVERIFY(lines.at(2).endsWith(QStringLiteral("\"Choir, \"\"Messiah\"\"\"")));
}

QTEST_MAIN(tst_LiveConsole)
#include "tst_liveconsole.moc"
