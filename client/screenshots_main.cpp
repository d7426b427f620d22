// roomclaim-screenshots: renders the teacher window, the claim dialog and a toast to PNG files,
// against a running server with the demo school (scripts/screenshots starts one).
#include "ClaimDialog.h"
#include "Connection.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "MyBookingsPanel.h"
#include "RecommendationCard.h"
#include "Rfc3339.h"
#include "SearchPanel.h"
#include "Theme.h"
#include "ToastArea.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QPushButton>
#include <QTimer>
#include <cstdio>
#include <functional>

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
    parser.addOptions({server, out});
    parser.addHelpOption();
    parser.process(app);
    Theme::apply(app);
    QDir().mkpath(parser.value(out));
    const QString dir = parser.value(out);
    const QUrl url(parser.value(server));

    // The login dialog as a teacher sees it after mistyping the password.
    {
        Connection probe;
        LoginDialog login(&probe);
        login.setServer(url.authority());
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
    if (!logIn(colleague, url, QStringLiteral("teacher.b"), QStringLiteral("demo-b")) ||
        !logIn(teacher, url, QStringLiteral("teacher.a"), QStringLiteral("demo-a")))
        return 1;

    MainWindow window(&teacher);
    window.resize(1180, 760);
    window.refreshAll();
    window.show();
    waitFor(
        [&] { return window.searchesCompleted() > 0 && !window.resultsView()->cards().isEmpty(); });
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
    save(&window, dir + QStringLiteral("/main-window.png"));

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
    save(dialog, dir + QStringLiteral("/claim-dialog.png"));
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
    return 0;
}
