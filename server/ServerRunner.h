#pragma once

#include "ServerSettings.h"

// Runs roomclaim-server once its options are parsed: database, migrations, one-shot commands
// (--migrate, imports), the demo school, then the service itself.
class ServerRunner {
public:
    static int run(int argc, char *argv[], const ServerSettings &settings);

private:
    static int runImports(const QString &roomsPath, const QString &teachersPath);
};
