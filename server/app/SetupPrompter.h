// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SetupOptions.h"

#include <functional>
#include <optional>

// The questions of an interactive roomclaim-server --setup, asked on standard output and
// answered on standard input, each with its default in brackets (Enter takes it). The options
// given on the command line are the defaults. A password is typed without echo on a terminal.
class SetupPrompter {
public:
    // Fills *options (and *adminPassword when one is typed); false when the administrator said
    // no at the end or the input ended, with *error set.
    static bool ask(SetupOptions *options, QString *adminPassword, QString *error);

private:
    // Asks until check accepts the answer (check returns the problem, or an empty string);
    // nothing when the input ended.
    static std::optional<QString> question(const QString &text, const QString &defaultValue,
                                           const std::function<QString(const QString &)> &check,
                                           bool secret = false);
    static std::optional<QString> readLine(bool secret);
    // The database, role and certificate folder an existing config file names become the
    // defaults of the questions that follow.
    static void takeDefaultsFrom(const QString &configFile, SetupOptions *options);
};
