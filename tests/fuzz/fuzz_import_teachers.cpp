// SPDX-License-Identifier: GPL-3.0-or-later

// The teachers import (username,name,email,role,password; contract section 3) planned against
// a school held in memory: every problem line-numbered, and a plan found valid holds only
// teachers the server can store and log in (a valid username, a role, a new teacher's password).

#include "ImportFuzz.h"

#include "CsvImporter.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    FuzzSupport::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const ImportBaseline school = ImportFuzz::school();
    const QString text = FuzzSupport::text(data, size);
    const ImportPlan plan = CsvImporter::planTeachers(text, school);
    FUZZ_CHECK(plan.kind == ImportPlan::Kind::Teachers, text);
    ImportFuzz::checkPlan(plan, text);
    if (!plan.isValid())
        return 0;
    QSet<QString> usernames;
    for (const ImportPlan::TeacherRow &row : plan.teachers) {
        const Teacher &teacher = row.teacher;
        FUZZ_CHECK(Teacher::isValidUsername(teacher.username), text);
        FUZZ_CHECK(teacher.username.size() <= 100 && teacher.email.size() <= 100, text);
        FUZZ_CHECK(!teacher.name.isEmpty() && teacher.name.size() <= 100, text);
        FUZZ_CHECK(Teacher::isValidRole(teacher.role), text);
        FUZZ_CHECK(!row.password.contains(QChar(0)) && !teacher.name.contains(QChar(0)), text);
        FUZZ_CHECK(!usernames.contains(teacher.username.toLower()), text);
        usernames.insert(teacher.username.toLower());
        if (!row.password.isEmpty() || !school.teacherExists(teacher.username))
            FUZZ_CHECK(row.password.size() >= 6, text);
    }
    FUZZ_CHECK(plan.additions + plan.updates == plan.teachers.size(), text);
    return 0;
}
