// SPDX-License-Identifier: GPL-3.0-or-later

#include "MessageCodec.h"

#include "ErrorCodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace {
QByteArray toFrame(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

Request MessageCodec::decodeRequest(const QString &frame, qint64 *usableId) {
    *usableId = 0;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(frame.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt only parses objects and arrays at the top level; a bare string, number or null is
        // still valid JSON, just not an object, and deserves that message.
        QJsonParseError scalarError;
        const QJsonDocument wrapped =
            QJsonDocument::fromJson('[' + frame.toUtf8() + ']', &scalarError);
        if (scalarError.error == QJsonParseError::NoError && wrapped.array().size() == 1)
            throw ProtocolError::badRequest(QStringLiteral("Frame must be a JSON object"));
        throw ProtocolError::badRequest(
            QStringLiteral("Frame is not valid JSON: %1").arg(parseError.errorString()));
    }
    if (!document.isObject())
        throw ProtocolError::badRequest(QStringLiteral("Frame must be a JSON object"));
    QJsonObject params = document.object();

    const QJsonValue idValue = params.take(QStringLiteral("id"));
    const double id = idValue.toDouble(-1);
    if (!idValue.isDouble() || id < 1 || std::floor(id) != id || id > 9007199254740991.0)
        throw ProtocolError::badRequest(QStringLiteral("Field 'id' must be a positive integer"));
    *usableId = static_cast<qint64>(id);

    const QJsonValue typeValue = params.take(QStringLiteral("type"));
    if (typeValue.isUndefined())
        throw ProtocolError::badRequest(QStringLiteral("Missing field 'type'"));
    if (!typeValue.isString() || typeValue.toString().isEmpty())
        throw ProtocolError::badRequest(QStringLiteral("Field 'type' must be a non-empty string"));
    return Request(*usableId, typeValue.toString(), params);
}

QByteArray MessageCodec::encodeRequest(qint64 id, const QString &type, const QJsonObject &params) {
    QJsonObject object = params;
    object.insert(QStringLiteral("id"), id);
    object.insert(QStringLiteral("type"), type);
    return toFrame(object);
}

QByteArray MessageCodec::encodeReply(qint64 id, const QJsonObject &result) {
    QJsonObject object = result;
    object.insert(QStringLiteral("re"), id);
    object.insert(QStringLiteral("ok"), true);
    return toFrame(object);
}

QByteArray MessageCodec::encodeFailure(qint64 id, const ProtocolError &error) {
    QJsonObject object = error.details();
    object.insert(QStringLiteral("re"), id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("ok"), false);
    object.insert(QStringLiteral("status"), error.status());
    object.insert(QStringLiteral("code"), error.code());
    object.insert(QStringLiteral("message"), error.message());
    return toFrame(object);
}

QByteArray MessageCodec::encodeEvent(const QString &event, const QJsonObject &payload) {
    QJsonObject object = payload;
    object.insert(QStringLiteral("event"), event);
    return toFrame(object);
}

bool MessageCodec::parseObject(const QByteArray &frame, QJsonObject *object) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(frame, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *object = document.object();
    return true;
}
