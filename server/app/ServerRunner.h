// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImportPlan.h"
#include "ServerSettings.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

class RoomClaimServer;

// Runs roomclaim-server once its options are parsed: database, migrations, one-shot commands
// (--migrate, imports), the demo school, then the service itself.
class ServerRunner {
public:
    // The console window lives in a library of its own (it needs Qt Widgets, the service does
    // not), so the executable hands in how to make its application object and its window.
    struct Console {
        // Returns nothing when no window can be shown (no display).
        std::function<std::unique_ptr<QCoreApplication>(int &argc, char **argv)> createApplication;
        std::function<std::unique_ptr<QObject>(RoomClaimServer &server)> openWindow;
    };

    // Without --headless (and when console is given) the service runs with the console window.
    static int run(int argc, char *argv[], const ServerSettings &settings,
                   const Console &console = {});

private:
    static int runImports(const ServerSettings &settings);
    static QString summary(const QString &path, const ImportPlan &plan);
    static void writeBookingRules(const ServerSettings &settings);
    static void applyTimeZone(const QString &zone);
};
