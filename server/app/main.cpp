// SPDX-License-Identifier: GPL-3.0-or-later

#include "CommandLine.h"
#include "ConsoleWindow.h"
#include "ServerRunner.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <cstdio>

namespace {
// A console window needs a display; without one, say so instead of letting Qt abort.
bool displayAvailable() {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}
} // namespace

int main(int argc, char *argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    ServerSettings settings;
    QString message;
    switch (CommandLine::parse(arguments, &settings, &message)) {
    case CommandLine::Outcome::ExitOk:
        std::fprintf(stdout, "%s\n", qPrintable(message));
        return 0;
    case CommandLine::Outcome::ExitError:
        std::fprintf(stderr, "roomclaim-server: %s\n", qPrintable(message));
        return 1;
    case CommandLine::Outcome::ExitUsage:
        std::fprintf(stderr, "roomclaim-server: %s\n", qPrintable(message));
        return 2;
    case CommandLine::Outcome::Run:
        break;
    }
    ServerRunner::Console console;
    console.createApplication = [](int &count, char **values) -> std::unique_ptr<QCoreApplication> {
        if (!displayAvailable())
            return nullptr;
        auto app = std::make_unique<QApplication>(count, values);
        // Parented to the app so the translators live exactly as long as the console uses them.
        auto *qtTranslator = new QTranslator(app.get());
        if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(qtTranslator);
        auto *translator = new QTranslator(app.get());
        if (translator->load(QLocale(), QStringLiteral("roomclaim-server"), QStringLiteral("_"),
                             QStringLiteral(":/i18n")))
            QApplication::installTranslator(translator);
        ConsoleWindow::applyStyle(*app);
        return app;
    };
    console.openWindow = [](RoomClaimServer &server) -> std::unique_ptr<QObject> {
        auto window = std::make_unique<ConsoleWindow>(&server);
        window->show();
        return window;
    };
    return ServerRunner::run(argc, argv, settings, console);
}
