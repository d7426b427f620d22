// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SessionLimits.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QUrl>
#include <optional>

// What one RoomClaimServer instance needs to run: where to listen, lock timings, worker threads.
// ServerSettings (app/) adds what start-up alone needs, such as the database.
struct InstanceSettings {
    QHostAddress listenAddress = QHostAddress::Any;
    quint16 listenPort = 7400;
    int lockTtlSeconds = 30;
    int lockCleanupSeconds = 60;
    int workerThreads = 8;
    // The calendar feed's HTTP server (--feed-listen, feed/listen): on by default, at the listen
    // address and the listen port + 1 (a free port when the listen port is 0).
    bool feedEnabled = true;
    std::optional<QHostAddress> feedAddress; // nothing: the listen address
    std::optional<quint16> feedPort;         // nothing: the listen port + 1
    // feed/publicUrl: the base of the feed URLs teachers get; empty: the address each teacher's
    // connection reached, with the feed port.
    QUrl feedPublicUrl;
    // Open WebSocket connections (also those still in their handshake), in all and from one
    // address; 0: no limit of its own (the open-file limit still applies, see ServerRunner).
    int maxConnections = 800;
    int maxConnectionsPerAddress = 50;
    SessionLimits session;
    // With a configuration (--tls-cert, --tls-key) the WebSocket port speaks only wss:// and the
    // feed only HTTPS.
    std::optional<QSslConfiguration> tls;

    // Whether the feed address was chosen on purpose (then failing to listen is fatal).
    bool feedExplicit() const { return feedAddress.has_value() || feedPort.has_value(); }
};
