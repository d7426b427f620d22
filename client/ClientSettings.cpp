// SPDX-License-Identifier: GPL-3.0-or-later

#include "ClientSettings.h"

#include <QSettings>

namespace {
QString value(const QString &key) {
    // User scope with the system scope as fallback (Qt's default), i.e. XDG_CONFIG_HOME first,
    // then each of XDG_CONFIG_DIRS (/etc/xdg). NativeFormat, not IniFormat: on Windows that is
    // the registry, HKEY_CURRENT_USER then HKEY_LOCAL_MACHINE, where the MSI writes.
    const QSettings settings(QSettings::NativeFormat, QSettings::UserScope,
                             QStringLiteral("RoomClaim"), QStringLiteral("roomclaim"));
    return settings.value(key).toString().trimmed();
}
} // namespace

QString ClientSettings::schoolCaFile() {
    return value(CaKey);
}

QString ClientSettings::server() {
    return value(ServerKey);
}
