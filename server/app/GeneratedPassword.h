// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// Passwords nobody has to type often (the database role's, a first admin password): letters and
// digits only, so they survive URLs, INI files and terminals unquoted.
class GeneratedPassword {
public:
    // 24 characters of 62 give about 143 bits from the operating system's random source.
    static QString make(int length = 24);
};
