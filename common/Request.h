// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// A decoded request frame with typed, validating accessors. Each accessor throws a
// ProtocolError (400 BAD_REQUEST naming the field) when the field is missing or mistyped.
class Request {
public:
    Request() = default;
    Request(qint64 id, QString type, QJsonObject params);

    qint64 id() const { return m_id; }
    const QString &type() const { return m_type; }
    const QJsonObject &params() const { return m_params; }

    QString requiredString(const QString &field) const;
    std::optional<QString> optionalString(const QString &field) const;
    qint64 requiredId(const QString &field) const;
    std::optional<qint64> optionalInt(const QString &field) const;
    QDateTime requiredTime(const QString &field) const;
    std::optional<QDateTime> optionalTime(const QString &field) const;
    std::optional<QStringList> optionalStringList(const QString &field) const;

private:
    qint64 m_id = 0;
    QString m_type;
    QJsonObject m_params;
};
