// SPDX-License-Identifier: GPL-3.0-or-later

#include "Request.h"

#include "ProtocolError.h"
#include "Rfc3339.h"

#include <QJsonArray>

#include <cmath>
#include <utility>

namespace {
ProtocolError fieldError(const QString &field, const QString &expected) {
    return ProtocolError::badRequest(QStringLiteral("Field '%1' must be %2").arg(field, expected));
}

// PostgreSQL cannot store U+0000 in text (and libpq ends a statement at it), so such a string
// is bad input here rather than a database failure later.
QString withoutNul(const QString &field, const QString &text) {
    if (text.contains(QChar(0)))
        throw fieldError(field, QStringLiteral("text without NUL characters"));
    return text;
}
} // namespace

Request::Request(qint64 id, QString type, QJsonObject params)
    : m_id(id), m_type(std::move(type)), m_params(std::move(params)) {}

QString Request::requiredString(const QString &field) const {
    const QJsonValue value = m_params.value(field);
    if (value.isUndefined())
        throw ProtocolError::badRequest(QStringLiteral("Missing field '%1'").arg(field));
    if (!value.isString())
        throw fieldError(field, QStringLiteral("a string"));
    return withoutNul(field, value.toString());
}

std::optional<QString> Request::optionalString(const QString &field) const {
    const QJsonValue value = m_params.value(field);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString())
        throw fieldError(field, QStringLiteral("a string"));
    return withoutNul(field, value.toString());
}

qint64 Request::requiredId(const QString &field) const {
    const QJsonValue value = m_params.value(field);
    if (value.isUndefined())
        throw ProtocolError::badRequest(QStringLiteral("Missing field '%1'").arg(field));
    const std::optional<qint64> number = optionalInt(field);
    if (!number || *number <= 0)
        throw fieldError(field, QStringLiteral("a positive integer"));
    return *number;
}

std::optional<qint64> Request::optionalInt(const QString &field) const {
    const QJsonValue value = m_params.value(field);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::isnan(number) || std::floor(number) != number ||
        std::fabs(number) > 9007199254740991.0)
        throw fieldError(field, QStringLiteral("an integer"));
    return static_cast<qint64>(number);
}

QDateTime Request::requiredTime(const QString &field) const {
    const QString text = requiredString(field);
    const QDateTime time = Rfc3339::parse(text);
    // Times are stored as UTC ISO text, which exists for the years 1 to 9999 only.
    const int utcYear = time.isValid() ? time.toUTC().date().year() : 0;
    if (!time.isValid() || utcYear < 1 || utcYear > 9999)
        throw fieldError(field, QStringLiteral("an RFC 3339 time with an offset, e.g. "
                                               "2027-03-01T09:00:00+01:00"));
    return time;
}

std::optional<QDateTime> Request::optionalTime(const QString &field) const {
    if (!optionalString(field))
        return std::nullopt;
    return requiredTime(field);
}

std::optional<QStringList> Request::optionalStringList(const QString &field) const {
    const QJsonValue value = m_params.value(field);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isArray())
        throw fieldError(field, QStringLiteral("an array of strings"));
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            throw fieldError(field, QStringLiteral("an array of strings"));
        list << withoutNul(field, item.toString());
    }
    return list;
}
