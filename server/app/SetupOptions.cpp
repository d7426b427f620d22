// SPDX-License-Identifier: GPL-3.0-or-later

#include "SetupOptions.h"

#include <QRegularExpression>

bool SetupOptions::isValidSqlName(const QString &name) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch();
}
