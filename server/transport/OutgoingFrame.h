// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

// One JSON message ready for the wire: the WebSocket text frame around it (RFC 6455 section 5.2,
// unmasked as every server frame is) is built once, so an event sent to a thousand connections
// is encoded once and the same bytes are written to every socket.
class OutgoingFrame {
public:
    OutgoingFrame() = default;
    explicit OutgoingFrame(const QByteArray &json);

    bool isNull() const { return m_wire.isEmpty(); }
    const QByteArray &json() const { return m_json; }
    // Header and payload, exactly as they go on the wire.
    const QByteArray &wire() const { return m_wire; }

private:
    QByteArray m_json;
    QByteArray m_wire;
};
