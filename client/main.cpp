// SPDX-License-Identifier: GPL-3.0-or-later

#include "Connection.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
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

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("roomclaim"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

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
    parser.addOptions({server, ca, username, password});
    parser.process(app);

    Theme::apply(static_cast<QApplication &>(app));
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
