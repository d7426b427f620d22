// SPDX-License-Identifier: GPL-3.0-or-later

#include "Period.h"

#include "Rfc3339.h"

#include <QDateTime>

QJsonObject Period::toJson(const QDate &date) const {
    return {{QStringLiteral("name"), name},
            {QStringLiteral("start"), Rfc3339::format(QDateTime(date, start))},
            {QStringLiteral("end"), Rfc3339::format(QDateTime(date, end))}};
}
