// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// Turns what an admin service threw into a sentence for the admin. The console catches
// everything at the widget boundary: a refused edit or a lost database must never crash it.
class AdminErrors {
public:
    // Call only inside a catch block: describes the exception being handled.
    static QString describeCurrent();
};
