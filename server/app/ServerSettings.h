#pragma once

#include "DatabaseUrl.h"
#include "InstanceSettings.h"

#include <QString>

// Everything the server is told by its command line, environment and INI file (contract section 2).
struct ServerSettings : InstanceSettings {
    DatabaseUrl database;
    bool headless = false;
    bool migrateOnly = false;
    bool demo = false;
    QString importRoomsFile;
    QString importTeachersFile;
};
