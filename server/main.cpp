#include "CommandLine.h"
#include "ServerRunner.h"

#include <QCoreApplication>
#include <cstdio>

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
    case CommandLine::Outcome::Run:
        break;
    }
    return ServerRunner::run(argc, argv, settings);
}
