// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TeacherCredentials.h"

#include "Teacher.h"

#include <QList>
#include <optional>

class TeacherStore {
public:
    static QList<Teacher> list(bool includeInactive = true);
    static std::optional<Teacher> find(qint64 id);
    static std::optional<TeacherCredentials> findCredentials(const QString &username);
    // Inserts or updates by username. An empty passwordHash keeps the stored one.
    static Teacher upsert(const Teacher &teacher, const QString &passwordHash);
    static Teacher update(const Teacher &teacher);
    static bool setPasswordHash(qint64 id, const QString &passwordHash);
    static bool setActive(qint64 id, bool active);
    static int count();
};
