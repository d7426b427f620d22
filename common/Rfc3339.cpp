// SPDX-License-Identifier: GPL-3.0-or-later

#include "Rfc3339.h"

#include <QRegularExpression>
#include <QTimeZone>

QDateTime Rfc3339::parse(const QString &text) {
    static const QRegularExpression shape(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})$"));
    if (!shape.match(text).hasMatch())
        return {};
    // Qt's ISO parser reads hour 24 as midnight of the next day; RFC 3339 allows 00-23 only.
    if (QStringView(text).mid(11, 2).toInt() > 23)
        return {};
    QString normalised = text;
    normalised[10] = QLatin1Char('T');
    if (normalised.endsWith(QLatin1Char('z')))
        normalised.back() = QLatin1Char('Z');
    QDateTime parsed = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    return parsed;
}

QString Rfc3339::format(const QDateTime &time) {
    if (!time.isValid())
        return {};
    const QDateTime fixed = time.toOffsetFromUtc(time.offsetFromUtc());
    QString text = fixed.toString(Qt::ISODate);
    if (text.endsWith(QLatin1Char('Z')))
        text.chop(1), text += QStringLiteral("+00:00");
    return text;
}

QString Rfc3339::formatLocal(const QDateTime &time) {
    return format(time.toLocalTime());
}
