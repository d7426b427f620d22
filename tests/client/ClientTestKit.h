// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Helpers shared by the teacher-client GUI suites: they drive the real widgets the way a
// teacher would (typing into fields, clicking buttons) and read back what the teacher sees.

#include "ClaimDialog.h"
#include "Connection.h"
#include "DisplayText.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "MyBookingsPanel.h"
#include "RecommendationCard.h"
#include "ResultsView.h"
#include "SearchPanel.h"
#include "Toast.h"
#include "ToastArea.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTextDocument>
#include <QtTest>
#include <memory>

namespace ClientTestKit {

// Generous: the suites run on a shared machine next to other builds.
constexpr int Patience = 15000;

// A day of the coming weeks (lessonDay(0) is next Monday): far enough ahead that the server
// never calls it "already over", near enough to lie inside the demo school's term, whose
// closed days never fall in the next 14 days. Each test takes its own day so that bookings
// of one test never show up in another.
inline QDate lessonDay(int n) {
    const QDate today = QDate::currentDate();
    return today.addDays(8 - today.dayOfWeek() + n);
}

// The offscreen platform warns about every top-level window it cannot size-hint; that noise
// would bury the warnings that matter.
inline void quietOffscreenNoise() {
    static QtMessageHandler previous = nullptr;
    previous = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (message.contains(QLatin1String("does not support propagateSizeHints")))
                return;
            if (previous)
                previous(type, context, message);
        });
}

// Clicks a widget in its middle, as a teacher would: scrolled into view first, and only if
// nothing (a toast, say) lies on top of it.
inline bool click(QWidget *widget, QString *why = nullptr) {
    // Widgets added to a shown layout appear on the next turn of the event loop.
    if (widget)
        static_cast<void>(QTest::qWaitFor([&] { return widget->isVisible(); }, Patience));
    if (!widget || !widget->isVisible() || !widget->isEnabled()) {
        if (why)
            *why = QStringLiteral("the widget is missing, hidden or disabled");
        return false;
    }
    for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(parent))
            area->ensureWidgetVisible(widget);
    }
    QApplication::processEvents();
    const QPoint centre = widget->rect().center();
    QWidget *hit = widget->window()->childAt(widget->mapTo(widget->window(), centre));
    if (hit != widget && !widget->isAncestorOf(hit)) {
        if (why)
            *why = QStringLiteral("something else lies on top of the widget: %1")
                       .arg(hit ? hit->objectName() : QStringLiteral("(nothing)"));
        return false;
    }
    QTest::mouseClick(widget, Qt::LeftButton, {}, centre);
    return true;
}

inline QStringList toastTexts(const MainWindow &window) {
    QStringList texts;
    for (const Toast *toast : window.toasts()->toasts())
        texts << toast->text();
    return texts;
}

inline bool hasToast(const MainWindow &window, const QString &part) {
    for (const QString &text : toastTexts(window)) {
        if (text.contains(part))
            return true;
    }
    return false;
}

inline QString rowText(const QFrame *row) {
    QString text;
    for (const QLabel *label : row->findChildren<QLabel *>())
        text += label->text();
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

// The text of each single booking's row in My Bookings, as shown (rich text stripped of
// tags); only the rows of one day when day is given (earlier tests book other days).
inline QStringList bookingRowTexts(const MainWindow &window, const QDate &day = {}) {
    QStringList rows;
    for (const QFrame *row :
         window.myBookings()->findChildren<QFrame *>(QStringLiteral("bookingRow"))) {
        const QString text = rowText(row);
        if (!day.isValid() || text.contains(DisplayText::day(day)))
            rows << text;
    }
    return rows;
}

inline QWidget *bookingRow(const MainWindow &window, const QString &roomName,
                           const QDate &day = {}) {
    for (QFrame *row : window.myBookings()->findChildren<QFrame *>(QStringLiteral("bookingRow"))) {
        const QString text = rowText(row);
        if (text.contains(roomName) && (!day.isValid() || text.contains(DisplayText::day(day))))
            return row;
    }
    return nullptr;
}

inline QStringList cardTitles(const MainWindow &window) {
    QStringList titles;
    for (const RecommendationCard *card : window.resultsView()->cards())
        titles << card->findChild<QLabel *>(QStringLiteral("cardTitle"))->text();
    return titles;
}

inline RecommendationCard *cardFor(const MainWindow &window, const QString &roomName) {
    for (RecommendationCard *card : window.resultsView()->cards()) {
        if (card->findChild<QLabel *>(QStringLiteral("cardTitle"))->text() == roomName)
            return card;
    }
    return nullptr;
}

inline QString visibleText(const QWidget *parent, const QString &objectName) {
    const QLabel *label = parent->findChild<QLabel *>(objectName);
    return label && label->isVisible() ? label->text() : QString();
}

// Logs in through the real login dialog: types server, username and password, clicks Log In.
// Returns the dialog's error text ("" on success).
inline QString logInThroughDialog(Connection *connection, const QString &server,
                                  const QString &username, const QString &password) {
    LoginDialog dialog(connection);
    dialog.show();
    auto *serverEdit = dialog.findChild<QLineEdit *>(QStringLiteral("serverEdit"));
    auto *userEdit = dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
    auto *passwordEdit = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    serverEdit->clear();
    QTest::keyClicks(serverEdit, server);
    userEdit->clear();
    QTest::keyClicks(userEdit, username);
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    QString why;
    if (!click(dialog.findChild<QPushButton *>(QStringLiteral("logInButton")), &why))
        return QStringLiteral("cannot click Log In: ") + why;
    if (!QTest::qWaitFor(
            [&] { return dialog.result() == QDialog::Accepted || !dialog.errorText().isEmpty(); },
            Patience))
        return QStringLiteral("the login dialog never finished");
    return dialog.result() == QDialog::Accepted ? QString() : dialog.errorText();
}

// One teacher at a staff-room PC: a connection and the dashboard, logged in through the dialog.
struct Seat {
    std::unique_ptr<Connection> connection = std::make_unique<Connection>();
    std::unique_ptr<MainWindow> window;
    QString loginError;

    bool open(const QString &server, const QString &username, const QString &password) {
        loginError = logInThroughDialog(connection.get(), server, username, password);
        if (!loginError.isEmpty())
            return false;
        window = std::make_unique<MainWindow>(connection.get());
        // Toasts must outlive a slow machine's pauses; what they say is what the tests check.
        window->toasts()->setLifetime(120000);
        window->refreshAll();
        window->show();
        return QTest::qWaitFor([&] { return window->searchesCompleted() > 0; }, Patience);
    }

    // Picks a day and a period in the search panel and waits for that search's results.
    bool showSearch(const QDate &day, int period) {
        SearchPanel *panel = window->searchPanel();
        const int before = window->searchesCompleted();
        panel->setDate(day);
        panel->selectPeriod(period);
        // Replies to superseded searches are not counted, so the next one is this search.
        return QTest::qWaitFor([&] { return window->searchesCompleted() > before; }, Patience) &&
               window->searchPanel()->criteria().interval.start().date() == day && cardsShown();
    }

    // New cards appear on the next turn of the event loop, as a teacher would see them.
    bool cardsShown() const {
        return QTest::qWaitFor(
            [&] {
                for (const RecommendationCard *card : window->resultsView()->cards()) {
                    if (!card->isVisible())
                        return false;
                }
                return true;
            },
            Patience);
    }
};

// Clicks "Claim Room" on a room's card and waits for the claim dialog.
inline ClaimDialog *openClaim(const MainWindow &window, const QString &roomName, QString *why) {
    RecommendationCard *card = cardFor(window, roomName);
    if (!card) {
        *why = QStringLiteral("no card for ") + roomName;
        return nullptr;
    }
    if (!click(card->claimButton(), why))
        return nullptr;
    if (!QTest::qWaitFor([&] { return window.claimDialog() && window.claimDialog()->isVisible(); },
                         Patience)) {
        *why = QStringLiteral("the claim dialog did not open");
        return nullptr;
    }
    return window.claimDialog();
}

inline void typePurpose(ClaimDialog *dialog, const QString &purpose) {
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("purposeEdit"));
    edit->clear();
    QTest::keyClicks(edit, purpose);
}

inline bool clickConfirm(ClaimDialog *dialog, QString *why) {
    return click(dialog->findChild<QPushButton *>(QStringLiteral("confirmButton")), why);
}

} // namespace ClientTestKit
