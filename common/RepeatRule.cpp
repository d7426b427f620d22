// SPDX-License-Identifier: GPL-3.0-or-later

#include "RepeatRule.h"

#include "ProtocolError.h"

#include <QRegularExpression>

RepeatRule RepeatRule::fromJson(const QJsonValue &json) {
    if (!json.isObject())
        throw ProtocolError::badRequest(
            QStringLiteral("Field 'repeat' must be an object like {\"every\": \"week\", "
                           "\"until\": \"termEnd\"}"));
    const QJsonObject object = json.toObject();
    RepeatRule rule;
    const QJsonValue every = object.value(QStringLiteral("every"));
    if (every == QJsonValue(QStringLiteral("week")))
        rule.every = Every::Week;
    else if (every == QJsonValue(QStringLiteral("cycle")))
        rule.every = Every::Cycle;
    else
        throw ProtocolError::badRequest(
            QStringLiteral("Field 'repeat.every' must be \"week\" or \"cycle\""));
    const QJsonValue until = object.value(QStringLiteral("until"));
    if (until == QJsonValue(QStringLiteral("termEnd"))) {
        rule.untilTermEnd = true;
        return rule;
    }
    // \z, not $: $ also matches before a final newline, which Qt's date parser then ignores.
    static const QRegularExpression dateShape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}\\z"));
    const QString text = until.toString();
    rule.until = QDate::fromString(text, Qt::ISODate);
    if (!until.isString() || !dateShape.match(text).hasMatch() || !rule.until.isValid())
        throw ProtocolError::badRequest(
            QStringLiteral("Field 'repeat.until' must be a date like 2027-03-26 or \"termEnd\""));
    return rule;
}

QJsonObject RepeatRule::toJson() const {
    return {{QStringLiteral("every"),
             every == Every::Week ? QStringLiteral("week") : QStringLiteral("cycle")},
            {QStringLiteral("until"),
             untilTermEnd ? QStringLiteral("termEnd") : until.toString(Qt::ISODate)}};
}
