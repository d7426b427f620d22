// SPDX-License-Identifier: GPL-3.0-or-later

#include "Connection.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "Theme.h"
#include "UiLanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <cstdio>
#include <memory>

namespace {
// --help and --version must work on a machine without a display (e.g. over ssh).
bool onlyWantsInformation(int argc, char *argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" ||
            argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[]) {
    const std::unique_ptr<QCoreApplication> application =
        onlyWantsInformation(argc, argv) ? std::make_unique<QCoreApplication>(argc, argv)
                                         : std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *application;
    QApplication::setOrganizationName(QStringLiteral("RoomClaim"));
    QApplication::setApplicationName(QStringLiteral("roomclaim"));
    QApplication::setApplicationDisplayName(QStringLiteral("RoomClaim"));
    QApplication::setApplicationVersion(QStringLiteral(ROOMCLAIM_VERSION));

    // --lang for this run, else the teacher's setting, else the system's language; before the
    // command line is parsed, so that --help speaks it too.
    bool languageGiven = false;
    const QString language = UiLanguage::fromArguments(argc, argv, &languageGiven);
    UiLanguage::apply(languageGiven && UiLanguage::isOffered(language) ? language
                                                                       : UiLanguage::saved());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "RoomClaim teacher client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(
        QStringLiteral("server"),
        QApplication::translate("main", "Server address (wss://host:port; host:port alone means "
                                        "wss://)."),
        QStringLiteral("URL"));
    const QCommandLineOption ca(
        QStringLiteral("ca"),
        QApplication::translate("main", "The school's certificate authority to trust besides the "
                                        "system's (school-ca.crt); default: the setting tls/ca."),
        QStringLiteral("FILE"));
    const QCommandLineOption username(QStringLiteral("username"),
                                      QApplication::translate("main", "Username to log in with."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption password(
        QStringLiteral("password"),
        QApplication::translate(
            "main", "Password; with --server and --username logs in at once (for demos)."),
        QStringLiteral("PASSWORD"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        QApplication::translate("main", "The language for this run: system, en, de, fr or es "
                                        "(default: the language chosen in RoomClaim)."),
        QStringLiteral("CODE"));
    parser.addOptions({server, ca, username, password, languageOption});
    parser.process(app);
    if (languageGiven && !UiLanguage::isOffered(language)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate(
                                    "main", "roomclaim: unknown language '%1' for --lang; use "
                                            "system, en, de, fr or es.")
                                    .arg(language)));
        return 2;
    }

    Theme::apply(static_cast<QApplication &>(app));
    // The icon theme's roomclaim (installed by the package) where there is one, else the same
    // pictures built in; the desktop file name lets Wayland docks match the window to its entry.
    QIcon builtInIcon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        builtInIcon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/roomclaim.png").arg(size),
                            QSize(size, size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("roomclaim"), builtInIcon));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.roomclaim.RoomClaim"));
    Connection connection;
    LoginDialog login(&connection);
    if (parser.isSet(server))
        login.setServer(parser.value(server));
    if (parser.isSet(ca))
        login.setCaFile(parser.value(ca));
    if (parser.isSet(username))
        login.setUsername(parser.value(username));
    if (parser.isSet(password)) {
        login.setPassword(parser.value(password));
        login.logIn();
    }
    if (login.exec() != QDialog::Accepted)
        return 0;

    MainWindow window(&connection);
    window.refreshAll();
    window.show();
    return app.exec();
}
