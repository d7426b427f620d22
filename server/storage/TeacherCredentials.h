// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Teacher.h"
#include <QString>

struct TeacherCredentials {
    Teacher teacher;
    QString passwordHash;
};
