// SPDX-License-Identifier: GPL-3.0-or-later

#include "Alternative.h"

#include "Rfc3339.h"

QJsonObject Alternative::toJson() const {
    return {{QStringLiteral("room"), room.toJson()},
            {QStringLiteral("start"), Rfc3339::formatLocal(interval.start())},
            {QStringLiteral("end"), Rfc3339::formatLocal(interval.end())}};
}
