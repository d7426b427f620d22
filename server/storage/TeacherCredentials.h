#pragma once

#include "Teacher.h"
#include <QString>

struct TeacherCredentials {
    Teacher teacher;
    QString passwordHash;
};
