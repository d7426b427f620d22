// SPDX-License-Identifier: GPL-3.0-or-later

// The teacher client's claim flow, driven through its widgets against the real server and
// PostgreSQL: log in, search, claim, see colleagues' bookings live, lose a race, cancel.
#include "AdminService.h"
#include "ClientTestKit.h"
#include "Database.h"
#include "DatabaseUrl.h"
#include "EventHub.h"
#include "LockService.h"
#include "PeriodStore.h"
#include "Rfc3339.h"
#include "ServerProcess.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QMessageBox>
#include <QStandardPaths>
#include <memory>

using namespace ClientTestKit;

class tst_ClaimFlow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void claimRoomThroughTheDialog();
    void colleagueSeesTheBookingAtOnce();
    void losingTheRaceOffersAnotherRoom();
    void cancelFromMyBookingsFreesTheRoomForColleagues();
    void colleagueBookingInFlightShowsOnTheCard();
    void adminCancelNamesTheReasonInAToast();
    void newBellScheduleReachesOpenWindows();

private:
    // Claims a room through its card and the dialog; returns "" once the dialog closed.
    static QString claimThroughUi(const MainWindow &window, const QString &roomName,
                                  const QString &purpose);

    std::unique_ptr<TestDatabase> m_db;
    ServerProcess m_server;
};

void tst_ClaimFlow::initTestCase() {
    // Keeps the login dialog's remembered server and username out of the real settings.
    quietOffscreenNoise();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RoomClaimTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_claimflow"));
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY2(m_server.start(m_db->url(), {QStringLiteral("--demo")}), qPrintable(m_server.error()));
    // In process only to hold a lock the way a colleague's in-flight confirmation does.
    QString error;
    const DatabaseUrl url = DatabaseUrl::parse(m_db->url(), &error);
    QVERIFY2(url.isValid(), qPrintable(error));
    Database::configure(url);
}

void tst_ClaimFlow::cleanupTestCase() {
    m_server.stop();
}

QString tst_ClaimFlow::claimThroughUi(const MainWindow &window, const QString &roomName,
                                      const QString &purpose) {
    QString why;
    ClaimDialog *dialog = openClaim(window, roomName, &why);
    if (!dialog)
        return why;
    const QPointer<ClaimDialog> watch(dialog);
    typePurpose(dialog, purpose);
    if (!clickConfirm(dialog, &why))
        return QStringLiteral("cannot click Confirm Booking: ") + why;
    if (!QTest::qWaitFor(
            [&] { return !watch || !watch->isVisible() || !watch->errorText().isEmpty(); },
            Patience))
        return QStringLiteral("no answer to the confirmation");
    if (watch && watch->isVisible())
        return QStringLiteral("the claim failed: ") + watch->errorText();
    return {};
}

void tst_ClaimFlow::claimRoomThroughTheDialog() {
    Seat a;
    QVERIFY2(a.open(m_server.url(), QStringLiteral("teacher.a"), QStringLiteral("demo-a")),
             qPrintable(a.loginError));
    QCOMPARE(visibleText(a.window.get(), QStringLiteral("userLabel")),
             QStringLiteral("Logged in as Teacher A"));
    QVERIFY(a.showSearch(lessonDay(0), 0));
    QVERIFY(!a.window->resultsView()->cards().isEmpty());
    QVERIFY(a.window->myBookings()->bookings().isEmpty());
    const QString room = cardTitles(*a.window).first();

    QString why;
    ClaimDialog *dialog = openClaim(*a.window, room, &why);
    QVERIFY2(dialog, qPrintable(why));
    const QPointer<ClaimDialog> watch(dialog);
    QVERIFY(visibleText(dialog, QStringLiteral("claimRoom")).contains(room));
    typePurpose(dialog, QStringLiteral("7B Maths"));
    QVERIFY2(clickConfirm(dialog, &why), qPrintable(why));

    QVERIFY(QTest::qWaitFor(
        [&] { return !watch || !watch->isVisible() || !watch->errorText().isEmpty(); }, Patience));
    QVERIFY2(!watch || !watch->isVisible(), qPrintable(watch ? watch->errorText() : QString()));
    QVERIFY2(QTest::qWaitFor(
                 [&] { return hasToast(*a.window, QStringLiteral("Room booked successfully")); },
                 Patience),
             qPrintable(toastTexts(*a.window).join(QLatin1Char('|'))));
    QVERIFY(hasToast(*a.window, QStringLiteral("Room booked successfully: %1").arg(room)));

    // My Bookings shows the room with the class typed in the dialog.
    const QStringList rows = bookingRowTexts(*a.window);
    QCOMPARE(rows.size(), 1);
    QVERIFY2(rows.first().contains(room) && rows.first().contains(QStringLiteral("7B Maths")),
             qPrintable(rows.first()));
    QVERIFY(!cardFor(*a.window, room));
    QVERIFY(!cardTitles(*a.window).isEmpty());
    // And the server holds exactly that booking.
    QCOMPARE(m_db->scalar(QStringLiteral(
                              "SELECT count(*) FROM bookings b JOIN rooms r ON r.id = b.room_id "
                              "WHERE r.name = '%1' AND b.purpose = '7B Maths'")
                              .arg(room))
                 .toInt(),
             1);
}

void tst_ClaimFlow::colleagueSeesTheBookingAtOnce() {
    Seat a, b;
    QVERIFY2(a.open(m_server.url(), QStringLiteral("teacher.a"), QStringLiteral("demo-a")),
             qPrintable(a.loginError));
    QVERIFY2(b.open(m_server.url(), QStringLiteral("teacher.b"), QStringLiteral("demo-b")),
             qPrintable(b.loginError));
    QVERIFY(a.showSearch(lessonDay(1), 1));
    QVERIFY(b.showSearch(lessonDay(1), 1));
    QCOMPARE(cardTitles(*b.window), cardTitles(*a.window));
    const QString room = cardTitles(*a.window).first();

    QString why;
    ClaimDialog *dialog = openClaim(*a.window, room, &why);
    QVERIFY2(dialog, qPrintable(why));
    typePurpose(dialog, QStringLiteral("9A Chemistry"));

    // The clock starts when A's reply arrives: the window closes the dialog from the reply.
    QElapsedTimer clock;
    qint64 replyAtNs = -1;
    qint64 goneAtNs = -1;
    bool toastWithRemoval = false;
    connect(dialog, &QDialog::finished, this, [&] { replyAtNs = clock.nsecsElapsed(); });
    clock.start();
    QVERIFY2(clickConfirm(dialog, &why), qPrintable(why));
    const QDeadlineTimer deadline(Patience);
    while ((replyAtNs < 0 || goneAtNs < 0) && !deadline.hasExpired()) {
        QTest::qWait(1);
        if (goneAtNs < 0 && !cardFor(*b.window, room)) {
            goneAtNs = clock.nsecsElapsed();
            toastWithRemoval =
                hasToast(*b.window, QStringLiteral("Teacher A just booked %1").arg(room));
        }
    }
    QVERIFY2(replyAtNs >= 0, "A's claim dialog never closed");
    QVERIFY2(goneAtNs >= 0, "B's card for the room never disappeared");
    QVERIFY2(toastWithRemoval, qPrintable(toastTexts(*b.window).join(QLatin1Char('|'))));
    QVERIFY(hasToast(*a.window, QStringLiteral("Room booked successfully")));

    const double latencyMs = qMax<qint64>(0, goneAtNs - replyAtNs) / 1e6;
    qInfo("B's card vanished %.1f ms after A's reply arrived (raw difference %.1f ms)", latencyMs,
          (goneAtNs - replyAtNs) / 1e6);
    QVERIFY2(latencyMs <= 100.0, qPrintable(QStringLiteral("latency %1 ms").arg(latencyMs)));
    // B's other cards are untouched.
    QCOMPARE(cardTitles(*b.window), cardTitles(*a.window));
}

void tst_ClaimFlow::losingTheRaceOffersAnotherRoom() {
    Seat a, b;
    QVERIFY2(a.open(m_server.url(), QStringLiteral("teacher.a"), QStringLiteral("demo-a")),
             qPrintable(a.loginError));
    QVERIFY2(b.open(m_server.url(), QStringLiteral("teacher.b"), QStringLiteral("demo-b")),
             qPrintable(b.loginError));
    QVERIFY(a.showSearch(lessonDay(2), 2));
    QVERIFY(b.showSearch(lessonDay(2), 2));
    const QString room = cardTitles(*a.window).first();

    QString why;
    ClaimDialog *dialogA = openClaim(*a.window, room, &why);
    QVERIFY2(dialogA, qPrintable(why));
    ClaimDialog *dialogB = openClaim(*b.window, room, &why);
    QVERIFY2(dialogB, qPrintable(why));
    const QPointer<ClaimDialog> watchA(dialogA);
    const QPointer<ClaimDialog> watchB(dialogB);
    typePurpose(dialogA, QStringLiteral("7B Maths"));
    typePurpose(dialogB, QStringLiteral("8C Physics"));

    QVERIFY2(clickConfirm(dialogA, &why), qPrintable(why));
    QVERIFY(QTest::qWaitFor([&] { return !watchA || !watchA->isVisible(); }, Patience));
    QVERIFY(hasToast(*a.window, QStringLiteral("Room booked successfully: %1").arg(room)));

    QVERIFY(watchB && watchB->isVisible());
    QVERIFY2(clickConfirm(dialogB, &why), qPrintable(why));
    QVERIFY(QTest::qWaitFor([&] { return !watchB || !watchB->errorText().isEmpty(); }, Patience));
    QVERIFY2(watchB && watchB->isVisible(), "B's dialog closed although A had the room");
    QCOMPARE(dialogB->errorText(), QStringLiteral("Room already booked by Teacher A"));
    const QList<QPushButton *> offers =
        dialogB->findChildren<QPushButton *>(QStringLiteral("alternativeButton"));
    QVERIFY(!offers.isEmpty() && offers.first()->isVisible());
    QVERIFY(!dialogB->alternatives().isEmpty());
    const QString alternative = dialogB->alternatives().first().room.name;
    QVERIFY(alternative != room);
    QVERIFY2(offers.first()->text().contains(alternative), qPrintable(offers.first()->text()));
    QVERIFY(!cardFor(*b.window, room));

    // One click on the offer books the other room.
    QVERIFY2(click(offers.first(), &why), qPrintable(why));
    QVERIFY(QTest::qWaitFor(
        [&] { return !watchB || !watchB->isVisible() || !watchB->errorText().isEmpty(); },
        Patience));
    QVERIFY2(!watchB || !watchB->isVisible(), qPrintable(watchB ? watchB->errorText() : QString()));
    QVERIFY(hasToast(*b.window, QStringLiteral("Room booked successfully: %1").arg(alternative)));
    QVERIFY(bookingRow(*b.window, alternative, lessonDay(2)));
    QVERIFY(!bookingRow(*b.window, room, lessonDay(2)));
    QCOMPARE(bookingRowTexts(*a.window, lessonDay(2)).size(), 1);
    QVERIFY(QTest::qWaitFor([&] { return !cardFor(*a.window, alternative); }, Patience));
}

void tst_ClaimFlow::cancelFromMyBookingsFreesTheRoomForColleagues() {
    Seat a, b;
    QVERIFY2(a.open(m_server.url(), QStringLiteral("teacher.a"), QStringLiteral("demo-a")),
             qPrintable(a.loginError));
    QVERIFY2(b.open(m_server.url(), QStringLiteral("teacher.b"), QStringLiteral("demo-b")),
             qPrintable(b.loginError));
    QVERIFY(a.showSearch(lessonDay(3), 3));
    QVERIFY(b.showSearch(lessonDay(3), 3));
    const QString room = cardTitles(*a.window).first();
    const QString claimed = claimThroughUi(*a.window, room, QStringLiteral("Parents' evening"));
    QVERIFY2(claimed.isEmpty(), qPrintable(claimed));
    QVERIFY(QTest::qWaitFor([&] { return !cardFor(*b.window, room); }, Patience));

    QWidget *row = bookingRow(*a.window, room, lessonDay(3));
    QVERIFY(row);
    QString why;
    QVERIFY2(click(row->findChild<QPushButton *>(QStringLiteral("cancelBookingButton")), &why),
             qPrintable(why));
    QVERIFY(QTest::qWaitFor(
        [&] { return a.window->cancelPrompt() && a.window->cancelPrompt()->isVisible(); },
        Patience));
    QMessageBox *prompt = a.window->cancelPrompt();
    QVERIFY2(prompt->text().contains(room), qPrintable(prompt->text()));
    QAbstractButton *yes = nullptr;
    for (QAbstractButton *button : prompt->buttons()) {
        if (button->text() == QLatin1String("Cancel Booking"))
            yes = button;
    }
    QVERIFY(yes);
    QVERIFY2(click(yes, &why), qPrintable(why));

    QVERIFY(QTest::qWaitFor([&] { return !bookingRow(*a.window, room, lessonDay(3)); }, Patience));
    QVERIFY(bookingRowTexts(*a.window, lessonDay(3)).isEmpty());
    QVERIFY(QTest::qWaitFor(
        [&] { return hasToast(*a.window, QStringLiteral("Booking of %1 canceled.").arg(room)); },
        Patience));
    QVERIFY2(QTest::qWaitFor([&] { return cardFor(*b.window, room) != nullptr; }, Patience),
             qPrintable(cardTitles(*b.window).join(QLatin1Char('|'))));
    QVERIFY2(QTest::qWaitFor(
                 [&] { return hasToast(*b.window, QStringLiteral("%1 is free again").arg(room)); },
                 Patience),
             qPrintable(toastTexts(*b.window).join(QLatin1Char('|'))));
    QVERIFY(QTest::qWaitFor([&] { return cardFor(*a.window, room) != nullptr; }, Patience));
    QCOMPARE(m_db->scalar(QStringLiteral(
                              "SELECT count(*) FROM bookings b JOIN rooms r ON r.id = b.room_id "
                              "WHERE r.name = '%1' AND b.purpose = 'Parents'' evening' AND "
                              "b.canceled_at IS NULL")
                              .arg(room))
                 .toInt(),
             0);
}

void tst_ClaimFlow::colleagueBookingInFlightShowsOnTheCard() {
    Seat b;
    QVERIFY2(b.open(m_server.url(), QStringLiteral("teacher.b"), QStringLiteral("demo-b")),
             qPrintable(b.loginError));
    QVERIFY(b.showSearch(lessonDay(4), 4));
    const QString room = cardTitles(*b.window).first();
    const qint64 roomId = cardFor(*b.window, room)->room().id;
    const Interval interval = b.window->searchPanel()->criteria().interval;
    QVERIFY(visibleText(cardFor(*b.window, room), QStringLiteral("cardLock")).isEmpty());

    // Teacher A's confirmation in flight, as the server's booking flow holds and announces it.
    const qint64 teacherA =
        m_db->scalar(QStringLiteral("SELECT id FROM teachers WHERE username = 'teacher.a'"))
            .toLongLong();
    QVERIFY(teacherA > 0);
    LockService::setTimeToLive(600);
    const LockService::Acquired lock = LockService::acquire(roomId, interval, teacherA);
    QVERIFY(lock.granted);
    const QJsonObject lockPayload{{QStringLiteral("roomId"), roomId},
                                  {QStringLiteral("start"), Rfc3339::formatLocal(interval.start())},
                                  {QStringLiteral("end"), Rfc3339::formatLocal(interval.end())}};
    QJsonObject locked = lockPayload;
    locked.insert(QStringLiteral("holder"), QStringLiteral("Teacher A"));
    EventHub::publish(QStringLiteral("roomLocked"), locked);
    const QString beingBooked = QStringLiteral("Being booked by Teacher A…");
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return visibleText(cardFor(*b.window, room), QStringLiteral("cardLock")) ==
                            beingBooked;
                 },
                 Patience),
             qPrintable(visibleText(cardFor(*b.window, room), QStringLiteral("cardLock"))));

    // A fresh search shows the lock too: the server reports who holds it.
    QVERIFY(b.showSearch(lessonDay(4), 3));
    QVERIFY(b.showSearch(lessonDay(4), 4));
    QVERIFY(cardFor(*b.window, room));
    QCOMPARE(visibleText(cardFor(*b.window, room), QStringLiteral("cardLock")), beingBooked);

    // Claiming it meanwhile is refused with a clear word, and works once the lock is gone.
    QString why;
    ClaimDialog *dialog = openClaim(*b.window, room, &why);
    QVERIFY2(dialog, qPrintable(why));
    const QPointer<ClaimDialog> watch(dialog);
    QVERIFY2(clickConfirm(dialog, &why), qPrintable(why));
    QVERIFY(QTest::qWaitFor([&] { return !watch || !watch->errorText().isEmpty(); }, Patience));
    QVERIFY(watch);
    QCOMPARE(
        dialog->errorText(),
        QStringLiteral("Teacher A is booking this room right now — please wait and try again."));

    QVERIFY(LockService::release(lock.lockId));
    EventHub::publish(QStringLiteral("roomUnlocked"), lockPayload);
    QVERIFY(QTest::qWaitFor(
        [&] { return visibleText(cardFor(*b.window, room), QStringLiteral("cardLock")).isEmpty(); },
        Patience));
    QVERIFY(cardFor(*b.window, room)->lockedBy().isEmpty());
    QVERIFY2(clickConfirm(dialog, &why), qPrintable(why));
    QVERIFY(QTest::qWaitFor(
        [&] { return !watch || !watch->isVisible() || !watch->errorText().isEmpty(); }, Patience));
    QVERIFY2(!watch || !watch->isVisible(), qPrintable(watch ? watch->errorText() : QString()));
    QVERIFY(bookingRow(*b.window, room, lessonDay(4)));
}

QTEST_MAIN(tst_ClaimFlow)
#include "tst_claimflow.moc"

void tst_ClaimFlow::adminCancelNamesTheReasonInAToast() {
    Seat a;
    QVERIFY2(a.open(m_server.url(), QStringLiteral("teacher.a"), QStringLiteral("demo-a")),
             qPrintable(a.loginError));
    QVERIFY(a.showSearch(lessonDay(5), 1));
    const QString room = cardTitles(*a.window).first();
    const QString failure = claimThroughUi(*a.window, room, QStringLiteral("10A History"));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(bookingRowTexts(*a.window, lessonDay(5)).size(), 1);
    qint64 bookingId = 0;
    for (const Booking &booking : a.window->myBookings()->bookings()) {
        if (booking.interval.start().date() == lessonDay(5))
            bookingId = booking.id;
    }
    QVERIFY(bookingId > 0);

    // The school office cancels it from the console, with a reason.
    AdminService::cancelBooking(bookingId, QStringLiteral("Hall needed for the exam"));
    QVERIFY2(QTest::qWaitFor(
                 [&] { return hasToast(*a.window, QStringLiteral("Hall needed for the exam")); },
                 Patience),
             qPrintable(toastTexts(*a.window).join(QLatin1Char('|'))));
    QVERIFY(
        hasToast(*a.window, QStringLiteral("School office canceled your booking of %1").arg(room)));
    QVERIFY(QTest::qWaitFor([&] { return bookingRowTexts(*a.window, lessonDay(5)).isEmpty(); },
                            Patience));
    QVERIFY(QTest::qWaitFor([&] { return cardFor(*a.window, room) != nullptr; }, Patience));
}

void tst_ClaimFlow::newBellScheduleReachesOpenWindows() {
    Seat a;
    QVERIFY2(a.open(m_server.url(), QStringLiteral("teacher.a"), QStringLiteral("demo-a")),
             qPrintable(a.loginError));
    QVERIFY(a.showSearch(lessonDay(6), 0));
    const int before = a.window->searchPanel()->periodCount();
    QVERIFY(before > 0);
    QList<Period> periods = PeriodStore::list();
    Period clubs;
    clubs.weekday = lessonDay(6).dayOfWeek();
    clubs.name = QStringLiteral("Clubs");
    clubs.start = QTime(19, 30);
    clubs.end = QTime(20, 30);
    periods << clubs;
    AdminService::saveBellSchedule(periods);
    QVERIFY(QTest::qWaitFor([&] { return a.window->searchPanel()->periodCount() == before + 1; },
                            Patience));
    QCOMPARE(a.window->searchPanel()->periods().last().name, QStringLiteral("Clubs"));
    QVERIFY(hasToast(*a.window, QStringLiteral("bell schedule was updated")));
}
