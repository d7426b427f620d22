#pragma once

#include <QHostAddress>

// What one RoomClaimServer instance needs to run: where to listen, lock timings, worker threads.
// ServerSettings (app/) adds what start-up alone needs, such as the database.
struct InstanceSettings {
    QHostAddress listenAddress = QHostAddress::Any;
    quint16 listenPort = 7400;
    int lockTtlSeconds = 30;
    int lockCleanupSeconds = 60;
    int workerThreads = 8;
};
