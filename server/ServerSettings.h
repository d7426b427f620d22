#pragma once

#include "DatabaseUrl.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

// Everything the server is told by its command line, environment and INI file (contract section 2).
struct ServerSettings {
    DatabaseUrl database;
    QHostAddress listenAddress = QHostAddress::Any;
    quint16 listenPort = 7400;
    bool headless = false;
    bool migrateOnly = false;
    bool demo = false;
    QString importRoomsFile;
    QString importTeachersFile;
    int lockTtlSeconds = 30;
    int lockCleanupSeconds = 60;
    int workerThreads = 8;
};
