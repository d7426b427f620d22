// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Toast.h"

#include <QDateTime>
#include <QString>

// A notification the teacher was shown, kept so that it can be read again after its toast is
// gone (the list of recent notifications).
struct RecentNotice {
    QDateTime time;
    QString text;
    Toast::Kind kind = Toast::Kind::Info;
};
