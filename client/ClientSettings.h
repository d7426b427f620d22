// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// The settings IT deploys once for every staff-room PC, in the system-wide
// /etc/xdg/RoomClaim/roomclaim.conf (or a teacher in ~/.config/RoomClaim/roomclaim.conf, which
// wins):
//   [tls]        ca=/path/to/school-ca.crt
//   [connection] server=roomclaim.school.local:7400
// On Windows the same keys live in the registry: HKEY_CURRENT_USER\Software\RoomClaim\roomclaim
// first, then HKEY_LOCAL_MACHINE\SOFTWARE\RoomClaim\roomclaim, where the MSI's SERVER and CAFILE
// properties write connection\server and tls\ca (cmake/wix/roomclaim-settings.wxs).
// Always read under the product's own names, so a renamed executable finds the same file.
class ClientSettings {
public:
    static inline const QString CaKey = QStringLiteral("tls/ca");
    static inline const QString ServerKey = QStringLiteral("connection/server");

    // The school CA file, or empty when none is configured.
    static QString schoolCaFile();
    // The server address to offer in the login dialog, or empty.
    static QString server();
};
