// SPDX-License-Identifier: GPL-3.0-or-later

#include "SearchCriteria.h"

#include "Rfc3339.h"

#include <QJsonArray>

QJsonObject SearchCriteria::toParams() const {
    QJsonObject params{{QStringLiteral("start"), Rfc3339::formatLocal(interval.start())},
                       {QStringLiteral("end"), Rfc3339::formatLocal(interval.end())}};
    if (minCapacity > 0)
        params.insert(QStringLiteral("minCapacity"), minCapacity);
    if (!features.isEmpty())
        params.insert(QStringLiteral("features"), QJsonArray::fromStringList(features));
    return params;
}
