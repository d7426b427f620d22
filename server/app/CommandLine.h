#pragma once

#include "ServerSettings.h"

#include <QStringList>

// Parses roomclaim-server's options. Precedence: command line, then ROOMCLAIM_DB, then --config.
class CommandLine {
public:
    enum class Outcome { Run, ExitOk, ExitError };

    // On ExitOk (help/version) *message is what to print on stdout; on ExitError one line for
    // stderr.
    static Outcome parse(const QStringList &arguments, ServerSettings *settings, QString *message);
};
