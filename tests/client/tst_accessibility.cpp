// SPDX-License-Identifier: GPL-3.0-or-later

// The teacher window for keyboard and screen-reader users, against the real server: Tab
// reaches every control of the dashboard, the claim dialog and the day grid in reading order,
// each with a name a screen reader can announce; the shortcuts find, step the date, claim,
// confirm and cancel; toasts are announced, stay while the pointer rests on them, and can be
// read again in the list of recent notifications.
#include "BookingGrid.h"
#include "ClientTestKit.h"
#include "DayGridKit.h"
#include "DayView.h"
#include "FocusWalk.h"
#include "NotificationsDialog.h"
#include "RepeatChoice.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"
#include "ViewTabs.h"

#include <QAccessible>
#include <QCheckBox>
#include <QListWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QToolButton>
#include <QtGui/private/qguiapplication_p.h>
#include <memory>
#include <qpa/qplatformaccessibility.h>
#include <qpa/qplatformintegration.h>

using namespace ClientTestKit;

namespace {
// What assistive technology was told, as a screen reader would hear it.
struct Announcement {
    QAccessible::Event type;
    QPointer<QObject> object;
    QString name;
};
QList<Announcement> announcements;

void recordAnnouncement(QAccessibleEvent *event) {
    // Only alerts: asking for the interface of every event would create interfaces for
    // widgets still under construction.
    if (event->type() != QAccessible::Alert)
        return;
    QAccessibleInterface *face = event->accessibleInterface();
    announcements << Announcement{event->type(), event->object(),
                                  face ? face->text(QAccessible::Name) : QString()};
}

QWidget *named(QWidget *parent, const QString &objectName) {
    return parent->findChild<QWidget *>(objectName);
}

// The centre of a widget in window coordinates.
QPoint centreIn(QWidget *widget, QWidget *window) {
    return widget->mapTo(window, widget->rect().center());
}
} // namespace

class tst_Accessibility : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void keyboardFindsStepsClaimsAndConfirms();
    void tabReachesEveryControlOfTheDashboardInReadingOrder();
    void tabReachesEveryControlOfTheClaimDialogInReadingOrder();
    void tabReachesAndLeavesTheDayGrid();
    void toastsAreAnnouncedAndStayWhileHovered();
    void recentNotificationsCanBeReadAgain();

private:
    bool openSeat(Seat &seat, const QString &user, const QString &password, const QDate &day);

    std::unique_ptr<TestDatabase> m_db;
    ServerProcess m_server;
    QAccessible::UpdateHandler m_previousHandler = nullptr;
};

void tst_Accessibility::initTestCase() {
    quietOffscreenNoise();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RoomClaimTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY2(m_server.start(m_db->url(), {QStringLiteral("--demo")}), qPrintable(m_server.error()));
    m_previousHandler = QAccessible::installUpdateHandler(recordAnnouncement);
    // No screen reader runs here, so Qt sends no accessibility events: switch accessibility on
    // as a screen reader's bridge would (Qt's own accessibility tests do the same).
    QPlatformIntegration *platform = QGuiApplicationPrivate::platformIntegration();
    QVERIFY(platform && platform->accessibility());
    platform->accessibility()->setActive(true);
    QVERIFY(QAccessible::isActive());
}

void tst_Accessibility::cleanupTestCase() {
    QAccessible::installUpdateHandler(m_previousHandler);
    m_server.stop();
}

bool tst_Accessibility::openSeat(Seat &seat, const QString &user, const QString &password,
                                 const QDate &day) {
    if (!seat.open(m_server.url(), user, password))
        return false;
    seat.window->activateWindow();
    return QTest::qWaitForWindowActive(seat.window.get()) && seat.showSearch(day, 0);
}

void tst_Accessibility::keyboardFindsStepsClaimsAndConfirms() {
    Seat seat;
    const QDate day = lessonDay(1);
    QVERIFY2(openSeat(seat, QStringLiteral("teacher.a"), QStringLiteral("demo-a"), day),
             qPrintable(seat.loginError));
    MainWindow &window = *seat.window;
    QWidget *dateEdit = named(&window, QStringLiteral("dateEdit"));
    QVERIFY(dateEdit);

    // Ctrl+F: the keyboard lands in the search's first field, whatever had it before.
    window.viewTabs()->tabBar()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(FocusWalk::control(QApplication::focusWidget()), dateEdit);

    // Alt+Right and Alt+Left: the next and the previous day.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(window.searchPanel()->date(), day.addDays(1), Patience);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(window.searchPanel()->date(), day, Patience);
    QVERIFY2(dateEdit->toolTip().contains(
                 QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)),
             qPrintable(dateEdit->toolTip()));

    // Return in the search: the results, with the keyboard on the best match's Claim button.
    const int before = window.searchesCompleted();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return window.searchesCompleted() > before; }, Patience));
    QVERIFY(seat.cardsShown());
    const QList<RecommendationCard *> cards = window.resultsView()->cards();
    QVERIFY2(cards.size() >= 2, "the demo school has several free rooms");
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(),
                              static_cast<QWidget *>(cards.first()->claimButton()), Patience);
    QVERIFY2(cards.first()->claimButton()->toolTip().contains(
                 RecommendationCard::claimShortcut().toString(QKeySequence::NativeText)),
             qPrintable(cards.first()->claimButton()->toolTip()));

    // Tab to the second card (its star), Ctrl+Return claims that card's room, Esc cancels.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(cards.at(1)->favouriteButton()));
    const Room second = cards.at(1)->room();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(QTest::qWaitFor(
        [&] { return window.claimDialog() && window.claimDialog()->isVisible(); }, Patience));
    QCOMPARE(window.claimDialog()->room().id, second.id);
    QPointer<ClaimDialog> dialog = window.claimDialog();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_VERIFY2_WITH_TIMEOUT(dialog->isAncestorOf(QApplication::focusWidget()),
                              qPrintable(FocusWalk::describe(QApplication::focusWidget())),
                              Patience);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), Patience);
    QVERIFY2(bookingRowTexts(window, day).isEmpty(), "Esc booked nothing");

    // Ctrl+Return again, type the class, Return: booked, as the toast says.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    cards.at(1)->favouriteButton()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(QTest::qWaitFor(
        [&] { return window.claimDialog() && window.claimDialog()->isVisible(); }, Patience));
    dialog = window.claimDialog();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(),
                              named(dialog, QStringLiteral("purposeEdit")), Patience);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("7B Maths"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), Patience);
    QTRY_VERIFY_WITH_TIMEOUT(
        hasToast(window, QStringLiteral("Room booked successfully: %1").arg(second.name)),
        Patience);
    QTRY_VERIFY_WITH_TIMEOUT(bookingRow(window, second.name, day), Patience);
}

void tst_Accessibility::tabReachesEveryControlOfTheDashboardInReadingOrder() {
    Seat seat;
    const QDate day = lessonDay(1);
    QVERIFY2(openSeat(seat, QStringLiteral("teacher.a"), QStringLiteral("demo-a"), day),
             qPrintable(seat.loginError));
    MainWindow &window = *seat.window;
    // The booking of the test before: its Cancel button is a control too.
    QTRY_VERIFY_WITH_TIMEOUT(
        window.myBookings()->findChild<QWidget *>(QStringLiteral("cancelBookingButton")), Patience);
    QTRY_VERIFY_WITH_TIMEOUT(!window.searchPanel()->findChildren<QCheckBox *>().isEmpty(),
                             Patience);
    QApplication::processEvents();

    const QList<QWidget *> expected = FocusWalk::tabStops(&window);
    const QList<QWidget *> reached = FocusWalk::pressTab(window.notificationsButton());
    const QString problems = FocusWalk::problems(expected, reached);
    QVERIFY2(problems.isEmpty(),
             qPrintable(problems + QStringLiteral("\nTab order: ") + FocusWalk::describe(reached)));

    // Reading order: the header, the search from top to bottom, My Bookings, the views' tabs,
    // then the cards.
    QList<QWidget *> landmarks{
        window.notificationsButton(),
        named(&window, QStringLiteral("dateEdit")),
        named(&window, QStringLiteral("periodCombo")),
        named(&window, QStringLiteral("capacitySpin")),
        window.searchPanel()->findChildren<QCheckBox *>().value(0),
        named(&window, QStringLiteral("calendarMenuButton")),
        window.myBookings()->findChild<QWidget *>(QStringLiteral("cancelBookingButton")),
        window.viewTabs()->tabBar(),
        window.resultsView()->cards().value(0)->favouriteButton(),
        window.resultsView()->cards().value(0)->claimButton(),
        window.resultsView()->cards().value(1)->favouriteButton()};
    int previous = -1;
    for (QWidget *landmark : landmarks) {
        const int index = int(reached.indexOf(FocusWalk::control(landmark)));
        QVERIFY2(index > previous,
                 qPrintable(QStringLiteral("%1 comes too early in: %2")
                                .arg(FocusWalk::describe(landmark), FocusWalk::describe(reached))));
        previous = index;
    }
}

void tst_Accessibility::tabReachesEveryControlOfTheClaimDialogInReadingOrder() {
    Seat seat;
    const QDate day = lessonDay(2);
    QVERIFY2(openSeat(seat, QStringLiteral("teacher.b"), QStringLiteral("demo-b"), day),
             qPrintable(seat.loginError));
    MainWindow &window = *seat.window;
    QString why;
    ClaimDialog *dialog =
        openClaim(window, window.resultsView()->cards().value(0)->room().name, &why);
    QVERIFY2(dialog, qPrintable(why));
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    // Every control shown: a weekly series until a date, with its preview.
    const int before = dialog->previewsCompleted();
    dialog->repeatChoice()->choose(RepeatRule::Every::Week, day.addDays(21));
    QVERIFY(QTest::qWaitFor([&] { return dialog->previewsCompleted() > before; }, Patience));
    QApplication::processEvents();

    const QList<QWidget *> expected = FocusWalk::tabStops(dialog);
    for (const QString &name :
         {QStringLiteral("purposeEdit"), QStringLiteral("repeatEvery"),
          QStringLiteral("repeatUntil"), QStringLiteral("repeatUntilDate"),
          QStringLiteral("previewList"), QStringLiteral("confirmButton"),
          QStringLiteral("allOrNothingButton"), QStringLiteral("cancelButton")})
        QVERIFY2(expected.contains(named(dialog, name)), qPrintable(name));
    const QList<QWidget *> reached =
        FocusWalk::pressTab(named(dialog, QStringLiteral("purposeEdit")));
    const QString problems = FocusWalk::problems(expected, reached);
    QVERIFY2(problems.isEmpty(),
             qPrintable(problems + QStringLiteral("\nTab order: ") + FocusWalk::describe(reached)));

    // Reading order: each control below the one before, or beside it on the same line.
    for (int i = 1; i < reached.size(); ++i) {
        const QRect before(reached.at(i - 1)->mapTo(dialog, QPoint(0, 0)),
                           reached.at(i - 1)->size());
        const QRect after(reached.at(i)->mapTo(dialog, QPoint(0, 0)), reached.at(i)->size());
        const bool sameLine = qAbs(before.center().y() - after.center().y()) <
                              qMin(before.height(), after.height()) / 2 + 2;
        const bool readOn =
            sameLine ? after.left() > before.left() : after.center().y() > before.center().y();
        QVERIFY2(readOn, qPrintable(QStringLiteral("%1 comes after %2 but is not read after it")
                                        .arg(FocusWalk::describe(reached.at(i)),
                                             FocusWalk::describe(reached.at(i - 1)))));
    }
    dialog->reject();
}

void tst_Accessibility::tabReachesAndLeavesTheDayGrid() {
    Seat seat;
    const QDate day = lessonDay(3);
    QVERIFY2(openSeat(seat, QStringLiteral("teacher.b"), QStringLiteral("demo-b"), day),
             qPrintable(seat.loginError));
    MainWindow &window = *seat.window;
    QVERIFY(DayGridKit::showDay(seat, day));
    DayView *dayView = window.viewTabs()->dayView();
    QApplication::processEvents();

    const QList<QWidget *> expected = FocusWalk::tabStops(&window);
    for (const QString &name : {QStringLiteral("previousDay"), QStringLiteral("nextDay"),
                                QStringLiteral("buildingCombo"), QStringLiteral("bookingGrid")})
        QVERIFY2(expected.contains(named(dayView, name)), qPrintable(name));
    const QList<QWidget *> reached = FocusWalk::pressTab(window.viewTabs()->tabBar());
    const QString problems = FocusWalk::problems(expected, reached);
    QVERIFY2(problems.isEmpty(),
             qPrintable(problems + QStringLiteral("\nTab order: ") + FocusWalk::describe(reached)));
    // Tab leaves the grid (it is no trap): the walk went on past it to the rest of the window.
    const int grid = int(reached.indexOf(dayView->grid()));
    QVERIFY2(grid >= 0 && grid + 1 < reached.size(), qPrintable(FocusWalk::describe(reached)));
    QVERIFY(!dayView->isAncestorOf(reached.at(grid + 1)));

    // In the grid, the cell under the keyboard is announced with what it shows.
    dayView->grid()->setFocus();
    dayView->grid()->setCurrentIndex(dayView->grid()->model()->index(0, 0));
    QAccessibleInterface *grid_ = QAccessible::queryAccessibleInterface(dayView->grid());
    QVERIFY(grid_ && !grid_->text(QAccessible::Name).isEmpty());
    QVERIFY(grid_->tableInterface() && grid_->tableInterface()->cellAt(0, 0));
    QVERIFY(!grid_->tableInterface()->cellAt(0, 0)->text(QAccessible::Name).isEmpty());

    // Alt+Right and Alt+Left step the grid's day, as its arrows (whose tooltips say so) do.
    QVERIFY(
        named(dayView, QStringLiteral("nextDay"))
            ->toolTip()
            .contains(QKeySequence(Qt::ALT | Qt::Key_Right).toString(QKeySequence::NativeText)));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(dayView->date(), day.addDays(1), Patience);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(dayView->date(), day, Patience);
}

void tst_Accessibility::toastsAreAnnouncedAndStayWhileHovered() {
    Seat seat;
    const QDate day = lessonDay(4);
    QVERIFY2(openSeat(seat, QStringLiteral("teacher.a"), QStringLiteral("demo-a"), day),
             qPrintable(seat.loginError));
    MainWindow &window = *seat.window;
    window.toasts()->setLifetime(600);
    // The pointer away from the corner where toasts appear (one shown under it would stay).
    QTest::mouseMove(&window, QPoint(5, 5));
    announcements.clear();

    // A colleague books a room of the search: the toast says so, and is announced.
    TestClient colleague;
    QVERIFY(colleague.open(m_server.url()));
    QVERIFY(
        DayGridKit::isOk(colleague.login(QStringLiteral("teacher.b"), QStringLiteral("demo-b"))));
    const Room room = window.resultsView()->cards().value(0)->room();
    QVERIFY(DayGridKit::isOk(
        DayGridKit::book(colleague, room.id, day, 0, QStringLiteral("8A Physics"))));
    Toast *toast = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (Toast *candidate : window.toasts()->toasts()) {
                if (candidate->text().contains(room.name))
                    toast = candidate;
            }
            return toast != nullptr;
        },
        Patience));
    QPointer<Toast> watch(toast);
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(toast);
    QVERIFY(face);
    QCOMPARE(face->role(), QAccessible::AlertMessage);
    bool announced = false;
    QStringList heard;
    for (const Announcement &announcement : std::as_const(announcements)) {
        announced |= announcement.object == toast && announcement.name == toast->text();
        heard << announcement.name;
    }
    QVERIFY2(announced, qPrintable(QStringLiteral("the toast raised no Alert for assistive "
                                                  "technology; heard: ") +
                                   heard.join(QStringLiteral(" | "))));

    // The pointer rests on it: it stays well past its lifetime.
    QTest::mouseMove(toast, toast->rect().center());
    QTRY_VERIFY_WITH_TIMEOUT(watch && watch->isPaused(), Patience);
    QTest::qWait(1500);
    QVERIFY2(watch && window.toasts()->toasts().contains(toast), "the toast left while hovered");
    // The pointer leaves: it goes after a short rest.
    QTest::mouseMove(&window, centreIn(window.viewTabs()->tabBar(), &window));
    QTRY_VERIFY_WITH_TIMEOUT(!watch || !window.toasts()->toasts().contains(watch.data()), Patience);
}

void tst_Accessibility::recentNotificationsCanBeReadAgain() {
    Seat seat;
    const QDate day = lessonDay(5);
    QVERIFY2(openSeat(seat, QStringLiteral("teacher.a"), QStringLiteral("demo-a"), day),
             qPrintable(seat.loginError));
    MainWindow &window = *seat.window;
    window.toasts()->setLifetime(200);
    QTest::mouseMove(&window, QPoint(5, 5));

    // A colleague's booking: its toast is gone within a moment, its text is not.
    TestClient colleague;
    QVERIFY(colleague.open(m_server.url()));
    QVERIFY(
        DayGridKit::isOk(colleague.login(QStringLiteral("teacher.b"), QStringLiteral("demo-b"))));
    const Room room = window.resultsView()->cards().value(0)->room();
    QVERIFY(DayGridKit::isOk(
        DayGridKit::book(colleague, room.id, day, 0, QStringLiteral("8A Physics"))));
    QTRY_VERIFY_WITH_TIMEOUT(!window.toasts()->recent().isEmpty(), Patience);
    const QString said = window.toasts()->recent().first().text;
    QVERIFY2(said.contains(room.name), qPrintable(said));
    QTRY_VERIFY2_WITH_TIMEOUT(window.toasts()->toasts().isEmpty(),
                              qPrintable(toastTexts(window).join(QStringLiteral(" | ")) +
                                         (window.toasts()->toasts().value(0) &&
                                                  window.toasts()->toasts().value(0)->isPaused()
                                              ? QStringLiteral(" (paused)")
                                              : QString())),
                              Patience);

    QString why;
    QVERIFY2(click(window.notificationsButton(), &why), qPrintable(why));
    QTRY_VERIFY_WITH_TIMEOUT(
        window.notificationsDialog() && window.notificationsDialog()->isVisible(), Patience);
    NotificationsDialog *dialog = window.notificationsDialog();
    const QString time =
        QLocale().toString(window.toasts()->recent().first().time.time(), QLocale::ShortFormat);
    QCOMPARE(dialog->lines().value(0), QStringLiteral("%1  %2").arg(time, said));
    QVERIFY(!FocusWalk::accessibleName(dialog->list()).isEmpty());

    // More than the list keeps: the newest twenty, newest first, shown while it is open.
    for (int i = 1; i <= ToastArea::MaxRecent + 5; ++i)
        window.toasts()->show(QStringLiteral("Notice %1").arg(i));
    QCOMPARE(dialog->lines().size(), ToastArea::MaxRecent);
    QVERIFY2(
        dialog->lines().first().endsWith(QStringLiteral("Notice %1").arg(ToastArea::MaxRecent + 5)),
        qPrintable(dialog->lines().first()));
    QVERIFY2(dialog->lines().last().endsWith(QStringLiteral("Notice 6")),
             qPrintable(dialog->lines().last()));
    QVERIFY(!dialog->lines().join(QLatin1Char('\n')).contains(said));

    // Esc closes it.
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isAncestorOf(QApplication::focusWidget()), Patience);
    QPointer<NotificationsDialog> watch(dialog);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!watch || !watch->isVisible(), Patience);

    // Alt+N (the button's mnemonic) opens it again from the keyboard.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(
        window.notificationsDialog() && window.notificationsDialog()->isVisible(), Patience);
    window.notificationsDialog()->close();
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
