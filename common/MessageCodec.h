// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProtocolError.h"
#include "Request.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Protocol v1 framing: one JSON object per text frame (contract section 1).
class MessageCodec {
public:
    static constexpr int ProtocolVersion = 1;
    static constexpr qint64 MaxFrameBytes = 64 * 1024;

    // Decodes a client request. Throws ProtocolError; *usableId is set to the request id as
    // soon as one could be read (0 otherwise, which replies carry as "re": null).
    static Request decodeRequest(const QString &frame, qint64 *usableId);

    static QByteArray encodeRequest(qint64 id, const QString &type, const QJsonObject &params = {});
    static QByteArray encodeReply(qint64 id, const QJsonObject &result = {});
    static QByteArray encodeFailure(qint64 id, const ProtocolError &error);
    static QByteArray encodeEvent(const QString &event, const QJsonObject &payload = {});

    // Parses any frame into a JSON object; returns false when it is not one.
    static bool parseObject(const QByteArray &frame, QJsonObject *object);
};
