// SPDX-License-Identifier: GPL-3.0-or-later

// roomclaim-screenshots: renders the teacher window, the claim dialog (once, after a lost race,
// and repeating weekly), a toast, My Bookings with a series and the calendar feed dialog to PNG
// files, against a running server with the demo school (scripts/screenshots starts one).
#include "CalendarActions.h"
#include "CalendarFeedDialog.h"
#include "ClaimDialog.h"
#include "Connection.h"
#include "GridScreenshots.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "MyBookingsPanel.h"
#include "PeriodSlot.h"
#include "RecommendationCard.h"
#include "RepeatChoice.h"
#include "RepeatPreview.h"
#include "Rfc3339.h"
#include "SchoolDay.h"
#include "SearchPanel.h"
#include "SeriesGroup.h"
#include "Theme.h"
#include "TlsTrust.h"
#include "ToastArea.h"
#include "UiLanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QTimer>
#include <cstdio>
#include <functional>
#include <optional>

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

bool logIn(Connection &connection, const QUrl &url, const QString &user, const QString &password) {
    bool done = false, ok = false;
    connection.logIn(url, user, password, [&](const ServerReply &reply) {
        done = true;
        ok = reply.ok;
        if (!reply.ok)
            std::fprintf(stderr, "login of %s failed: %s\n", qPrintable(user),
                         qPrintable(reply.message));
    });
    waitFor([&] { return done; });
    return ok;
}

ServerReply call(Connection &connection, const QString &type, const QJsonObject &params) {
    ServerReply result;
    bool done = false;
    connection.request(type, params, [&](const ServerReply &reply) {
        result = reply;
        done = true;
    });
    waitFor([&] { return done; });
    return result;
}

void save(QWidget *widget, const QString &path) {
    QApplication::processEvents();
    widget->grab().save(path);
    std::printf("wrote %s\n", qPrintable(path));
}

// The first closed day of the coming months that lies inside a term (a half term or an inset
// day rather than the holidays), so that a weekly series can run across it.
std::optional<SchoolDay> nextClosedDayInTerm(Connection &connection, const QDate &from) {
    const ServerReply reply = call(
        connection, QStringLiteral("listCalendar"),
        {{QStringLiteral("from"), from.toString(Qt::ISODate)},
         {QStringLiteral("to"), from.addDays(RepeatRule::MaxSpanDays - 1).toString(Qt::ISODate)}});
    const QJsonArray days = reply.body.value(QStringLiteral("days")).toArray();
    for (const QJsonValue &value : days) {
        const SchoolDay day = SchoolDay::fromJson(value.toObject());
        if (!day.open && !day.term.isEmpty() && day.date.dayOfWeek() <= 5)
            return day;
    }
    return std::nullopt;
}

// A weekly series for the screenshots: the same weekday as the closed day, starting in the
// coming week, with a colleague's booking on one date and the closed day on another.
struct SeriesPlan {
    QDate first;
    QDate taken;
    QDate until;
};

SeriesPlan planSeries(const QDate &closed, const QDate &tomorrow) {
    SeriesPlan plan;
    plan.first = closed;
    while (plan.first.addDays(-7) >= tomorrow)
        plan.first = plan.first.addDays(-7);
    plan.taken = plan.first.addDays(7) == closed ? closed.addDays(7) : plan.first.addDays(7);
    plan.until = qMax(closed, plan.taken).addDays(7);
    return plan;
}

// Shows a date and a period in the window and waits for the cards of exactly that search.
bool showSearch(MainWindow &window, const QDate &date, int period) {
    window.searchPanel()->setDate(date);
    waitFor([&] { return window.searchPanel()->day().date == date; });
    window.searchPanel()->selectPeriod(period);
    const int before = window.searchesCompleted();
    window.search(); // answers to earlier searches are dropped from here on
    return waitFor([&] {
        return window.searchesCompleted() > before && !window.resultsView()->cards().isEmpty();
    });
}

// The claim dialog repeating weekly across a colleague's booking and a closed day, then My
// Bookings with the series booked from it.
int seriesScreenshots(MainWindow &window, Connection &teacher, Connection &colleague,
                      const QString &dir) {
    const QDate tomorrow = QDate::currentDate().addDays(1);
    const std::optional<SchoolDay> closed = nextClosedDayInTerm(teacher, tomorrow);
    if (!closed) {
        std::fprintf(stderr, "the demo calendar has no closed day inside a term\n");
        return 1;
    }
    const SeriesPlan plan = planSeries(closed->date, tomorrow);
    // The toasts of the earlier pictures would cover this one's: click them away.
    for (Toast *toast : window.toasts()->toasts()) {
        QMouseEvent press(QEvent::MouseButtonPress, QPointF(4, 4),
                          toast->mapToGlobal(QPointF(4, 4)), Qt::LeftButton, Qt::LeftButton,
                          Qt::NoModifier);
        QApplication::sendEvent(toast, &press);
    }
    // Period 2: the other screenshots booked the first period that had not ended yet.
    if (!showSearch(window, plan.first, 1)) {
        std::fprintf(stderr, "no free room on %s\n", qPrintable(plan.first.toString(Qt::ISODate)));
        return 1;
    }
    const PeriodSlot period = window.searchPanel()->periods().at(1);
    RecommendationCard *card = window.resultsView()->cards().value(0);
    const ServerReply taken =
        call(colleague, QStringLiteral("confirmBooking"),
             {{QStringLiteral("roomId"), card->room().id},
              {QStringLiteral("start"), Rfc3339::formatLocal(QDateTime(plan.taken, period.start))},
              {QStringLiteral("end"), Rfc3339::formatLocal(QDateTime(plan.taken, period.end))},
              {QStringLiteral("purpose"), QStringLiteral("8A Physics")}});
    if (!taken.ok)
        std::fprintf(stderr, "the colleague's booking failed: %s\n", qPrintable(taken.message));
    card->claimButton()->click();
    waitFor([&] { return window.claimDialog() && window.claimDialog()->isVisible(); });
    ClaimDialog *dialog = window.claimDialog();
    dialog->setPurpose(QStringLiteral("9C Chemistry"));
    const int before = dialog->previewsCompleted();
    dialog->repeatChoice()->choose(RepeatRule::Every::Week, plan.until);
    waitFor([&] { return dialog->previewsCompleted() > before; });
    dialog->adjustSize();
    save(dialog, dir + QStringLiteral("/claim-repeat.png"));

    dialog->confirm();
    waitFor([&] { return !dialog->resultText().isEmpty() || !dialog->errorText().isEmpty(); });
    dialog->reject();
    waitFor([&] { return !window.myBookings()->seriesGroups().isEmpty(); });
    // The group names its period once the weekday's bell schedule has arrived.
    waitFor([&] {
        const QList<SeriesGroup *> groups = window.myBookings()->seriesGroups();
        return !groups.isEmpty() && groups.first()->accessibleName().contains(period.name);
    });
    if (SeriesGroup *group = window.myBookings()->seriesGroups().value(0))
        group->toggleButton()->click();
    window.resultsView()->setFocus(); // no selected text in the date field
    save(&window, dir + QStringLiteral("/my-bookings-series.png"));
    return 0;
}
// "Subscribe in my calendar…" from My Bookings: the feed dialog with the teacher's private URL.
int feedScreenshot(MainWindow &window, const QString &dir) {
    window.myBookings()->subscribeAction()->trigger();
    CalendarActions *actions = window.calendarActions();
    if (!waitFor(
            [&] { return actions->feedDialog() && !actions->feedDialog()->url().isEmpty(); })) {
        std::fprintf(stderr, "the feed dialog showed no URL\n");
        return 1;
    }
    CalendarFeedDialog *dialog = actions->feedDialog();
    dialog->copyButton()->click();
    dialog->adjustSize();
    dialog->urlField()->deselect();
    dialog->copyButton()->setFocus();
    save(dialog, dir + QStringLiteral("/feed-dialog.png"));
    dialog->close();
    return 0;
}
} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RoomClaim"));
    QApplication::setApplicationName(QStringLiteral("roomclaim-screenshots"));
    QCommandLineParser parser;
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server URL."),
                                    QStringLiteral("URL"), QStringLiteral("ws://127.0.0.1:7400"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Output folder."),
                                 QStringLiteral("DIR"), QStringLiteral("docs/screenshots"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("The server's database, to hold a colleague's lock "
                                               "in the day grid."),
                                QStringLiteral("URL"));
    const QCommandLineOption ca(QStringLiteral("ca"),
                                QStringLiteral("The school CA that signed the server's "
                                               "certificate (for a wss:// server)."),
                                QStringLiteral("FILE"));
    const QCommandLineOption gridOnly(QStringLiteral("grid-only"),
                                      QStringLiteral("Only the day grid and the week view."));
    const QCommandLineOption suffix(
        QStringLiteral("suffix"),
        QStringLiteral("Appended to the names of the grid pictures (and of the teacher window's "
                       "and claim dialog's with --teacher-only)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QStringLiteral("The teacher window's language (de, fr, es; "
                                                     "English when not given)."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption teacherOnly(
        QStringLiteral("teacher-only"),
        QStringLiteral("Only the teacher window and the claim dialog (main-windowSUFFIX.png, "
                       "claim-dialogSUFFIX.png), to look at other languages and scales."));
    parser.addOptions({server, out, db, ca, gridOnly, suffix, language, teacherOnly});
    parser.addHelpOption();
    parser.process(app);
    if (parser.isSet(language)) {
        UiLanguage::apply(parser.value(language));
        if (!UiLanguage::translationLoaded()) {
            std::fprintf(stderr, "no translation for %s\n", qPrintable(parser.value(language)));
            return 1;
        }
    }
    Theme::apply(app);
    QDir().mkpath(parser.value(out));
    const QString dir = parser.value(out);
    const QUrl url(parser.value(server));
    const TlsTrust trust = TlsTrust::load(parser.value(ca), QStringLiteral("--ca"));
    if (!trust.isValid()) {
        std::fprintf(stderr, "%s\n", qPrintable(trust.error()));
        return 1;
    }

    // The login dialog as a teacher sees it after mistyping the password: the connection's
    // security above the error (encrypted when the server speaks wss://).
    if (!parser.isSet(teacherOnly)) {
        Connection probe;
        LoginDialog login(&probe);
        login.setCaFile(parser.value(ca));
        login.setServer(url.scheme() == QLatin1String("wss") ? url.authority() : url.toString());
        login.setUsername(QStringLiteral("teacher.a"));
        login.setPassword(QStringLiteral("not-my-password"));
        login.show();
        login.logIn();
        waitFor([&] { return !login.errorText().isEmpty(); });
        login.adjustSize();
        save(&login, dir + QStringLiteral("/login-dialog.png"));
    }

    Connection colleague;
    Connection teacher;
    colleague.setTrust(trust);
    teacher.setTrust(trust);
    if (!logIn(colleague, url, QStringLiteral("teacher.b"), QStringLiteral("demo-b")) ||
        !logIn(teacher, url, QStringLiteral("teacher.a"), QStringLiteral("demo-a")))
        return 1;

    MainWindow window(&teacher);
    window.resize(1180, 760);
    window.refreshAll();
    window.show();
    waitFor(
        [&] { return window.searchesCompleted() > 0 && !window.resultsView()->cards().isEmpty(); });
    if (parser.isSet(gridOnly))
        return GridScreenshots::render(window, teacher, colleague, dir, parser.value(db),
                                       parser.value(suffix));
    const Interval lesson = window.searchPanel()->criteria().interval;

    // Some life in the picture: Teacher A has a booking later that day, Teacher B took a room.
    const QList<Room> rooms = window.resultsView()->rooms();
    const Interval later(lesson.start().addSecs(2 * 3600), lesson.end().addSecs(2 * 3600));
    call(teacher, QStringLiteral("confirmBooking"),
         {{QStringLiteral("roomId"), rooms.value(2).id},
          {QStringLiteral("start"), Rfc3339::formatLocal(later.start())},
          {QStringLiteral("end"), Rfc3339::formatLocal(later.end())},
          {QStringLiteral("purpose"), QStringLiteral("9C Geography")}});
    window.searchPanel()->setMinCapacity(24);
    waitFor([&] { return window.myBookings()->bookings().size() > 0; });
    const int before = window.searchesCompleted();
    waitFor([&] { return window.searchesCompleted() > before; });
    window.toasts()->setLifetime(60000);
    const QString names = parser.isSet(teacherOnly) ? parser.value(suffix) : QString();
    if (parser.isSet(teacherOnly) && !window.resultsView()->cards().isEmpty()) {
        // The keyboard on the best match's Claim button: its focus ring shows in the picture.
        window.activateWindow();
        waitFor([&] { return window.isActiveWindow(); });
        window.resultsView()->cards().first()->claimButton()->setFocus(Qt::TabFocusReason);
    }
    save(&window, dir + QStringLiteral("/main-window%1.png").arg(names));

    // The claim dialog, then the same dialog after a colleague won the race.
    RecommendationCard *card = window.resultsView()->cards().value(0);
    if (!card) {
        std::fprintf(stderr, "no free room left to claim; use a fresh demo database\n");
        return 1;
    }
    card->claimButton()->click();
    waitFor([&] { return window.claimDialog() && window.claimDialog()->isVisible(); });
    ClaimDialog *dialog = window.claimDialog();
    dialog->setPurpose(QStringLiteral("7B Maths"));
    save(dialog, dir + QStringLiteral("/claim-dialog%1.png").arg(names));
    if (parser.isSet(teacherOnly)) {
        // The same dialog repeating weekly: its longest lines and the preview of the dates.
        const int previews = dialog->previewsCompleted();
        dialog->repeatChoice()->choose(RepeatRule::Every::Week,
                                       lesson.start().date().addDays(7 * 4));
        waitFor([&] { return dialog->previewsCompleted() > previews; });
        dialog->adjustSize();
        save(dialog, dir + QStringLiteral("/claim-repeat%1.png").arg(names));
        dialog->reject();
        return 0;
    }
    call(colleague, QStringLiteral("confirmBooking"),
         {{QStringLiteral("roomId"), dialog->room().id},
          {QStringLiteral("start"), Rfc3339::formatLocal(lesson.start())},
          {QStringLiteral("end"), Rfc3339::formatLocal(lesson.end())},
          {QStringLiteral("purpose"), QStringLiteral("8A Physics")}});
    dialog->confirm();
    waitFor([&] { return !dialog->errorText().isEmpty(); });
    save(dialog, dir + QStringLiteral("/claim-conflict.png"));
    dialog->reject();

    // A toast: the teacher books the room the dialog offered.
    card = window.resultsView()->cards().value(0);
    if (!card) {
        std::fprintf(stderr, "no free room left to claim; use a fresh demo database\n");
        return 1;
    }
    card->claimButton()->click();
    waitFor([&] { return window.claimDialog() && window.claimDialog() != dialog; });
    window.claimDialog()->setPurpose(QStringLiteral("7B Maths"));
    window.claimDialog()->confirm();
    waitFor([&] { return !window.toasts()->toasts().isEmpty() && !window.claimDialog(); });
    save(&window, dir + QStringLiteral("/toast.png"));
    if (const int failed = seriesScreenshots(window, teacher, colleague, dir))
        return failed;
    if (const int failed = feedScreenshot(window, dir))
        return failed;
    return GridScreenshots::render(window, teacher, colleague, dir, parser.value(db),
                                   parser.value(suffix));
}
