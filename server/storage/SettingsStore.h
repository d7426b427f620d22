// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// School-wide settings shared by every server instance (the settings table), e.g.
// booking/maxDaysAhead.
class SettingsStore {
public:
    static QString value(const QString &key, const QString &defaultValue = {});
    static void setValue(const QString &key, const QString &value);
};
