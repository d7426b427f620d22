// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ServerSettings.h"

#include <QStringList>

class QCommandLineParser;

// Parses roomclaim-server's options. Precedence: command line, then ROOMCLAIM_DB, then --config.
class CommandLine {
public:
    // ExitUsage: a misused --init-tls or --host (exit status 2, as --init-tls documents).
    enum class Outcome { Run, ExitOk, ExitError, ExitUsage };

    // On ExitOk (help/version) *message is what to print on stdout; on ExitError and ExitUsage
    // one line for stderr.
    static Outcome parse(const QStringList &arguments, ServerSettings *settings, QString *message);

private:
    // --init-tls DIR --host NAMES needs no database: nothing else is read.
    static Outcome parseInitTls(const QString &directory, const QString &hosts, bool initTlsGiven,
                                ServerSettings *settings, QString *message);
    // --setup and the options only it reads; no database URL or config file is needed yet.
    static Outcome parseSetup(const QCommandLineParser &parser, ServerSettings *settings,
                              QString *message);
};
