// SPDX-License-Identifier: GPL-3.0-or-later

#include "TeacherStore.h"

#include "Database.h"
#include "ErrorCodes.h"
#include "ProtocolError.h"

namespace {
const QString Columns = QStringLiteral("id, username, name, email, role, active");

Teacher teacherFrom(const QSqlQuery &query) {
    Teacher teacher;
    teacher.id = query.value(0).toLongLong();
    teacher.username = query.value(1).toString();
    teacher.name = query.value(2).toString();
    teacher.email = query.value(3).toString();
    teacher.role = query.value(4).toString();
    teacher.active = query.value(5).toBool();
    return teacher;
}

QVariantMap teacherBinds(const Teacher &teacher) {
    return {{QStringLiteral("username"), teacher.username.trimmed()},
            {QStringLiteral("name"), teacher.name.trimmed()},
            // A null QString binds as SQL NULL; an absent email is stored as '' (NOT NULL column).
            {QStringLiteral("email"),
             teacher.email.isNull() ? QStringLiteral("") : teacher.email.trimmed()},
            {QStringLiteral("role"), teacher.role}};
}
} // namespace

QList<Teacher> TeacherStore::list(bool includeInactive) {
    QSqlQuery query = Database::exec(
        QStringLiteral("SELECT %1 FROM teachers %2 ORDER BY name")
            .arg(Columns, includeInactive ? QString() : QStringLiteral("WHERE active")));
    QList<Teacher> teachers;
    while (query.next())
        teachers << teacherFrom(query);
    return teachers;
}

std::optional<Teacher> TeacherStore::find(qint64 id) {
    QSqlQuery query =
        Database::exec(QStringLiteral("SELECT %1 FROM teachers WHERE id = :id").arg(Columns),
                       {{QStringLiteral("id"), id}});
    if (!query.next())
        return std::nullopt;
    return teacherFrom(query);
}

std::optional<TeacherCredentials> TeacherStore::findCredentials(const QString &username) {
    QSqlQuery query = Database::exec(
        QStringLiteral("SELECT %1, password_hash FROM teachers WHERE username = :username")
            .arg(Columns),
        {{QStringLiteral("username"), username.trimmed()}});
    if (!query.next())
        return std::nullopt;
    return TeacherCredentials{teacherFrom(query), query.value(6).toString()};
}

Teacher TeacherStore::upsert(const Teacher &teacher, const QString &passwordHash) {
    QVariantMap binds = teacherBinds(teacher);
    // An empty hash keeps the stored one (see below); it must bind as '', not as SQL NULL.
    binds.insert(QStringLiteral("hash"), passwordHash.isNull() ? QStringLiteral("") : passwordHash);
    QSqlQuery query = Database::exec(
        QStringLiteral(
            "INSERT INTO teachers AS t (username, name, email, role, password_hash) "
            "VALUES (:username, :name, :email, :role, :hash) "
            "ON CONFLICT (username) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email, "
            "role = EXCLUDED.role, active = true, password_hash = "
            "CASE WHEN EXCLUDED.password_hash = '' THEN t.password_hash ELSE "
            "EXCLUDED.password_hash END "
            "RETURNING %1")
            .arg(Columns),
        binds);
    query.next();
    return teacherFrom(query);
}

Teacher TeacherStore::update(const Teacher &teacher) {
    QVariantMap binds = teacherBinds(teacher);
    binds.insert(QStringLiteral("id"), teacher.id);
    binds.insert(QStringLiteral("active"), teacher.active);
    QSqlQuery query = Database::exec(
        QStringLiteral("UPDATE teachers SET username = :username, name = :name, email = :email, "
                       "role = :role, active = :active WHERE id = :id RETURNING %1")
            .arg(Columns),
        binds);
    if (!query.next())
        throw ProtocolError(404, QString(ErrorCodes::NotFound),
                            QStringLiteral("Teacher %1 does not exist.").arg(teacher.id));
    return teacherFrom(query);
}

bool TeacherStore::setPasswordHash(qint64 id, const QString &passwordHash) {
    return Database::exec(
               QStringLiteral("UPDATE teachers SET password_hash = :hash WHERE id = :id"),
               {{QStringLiteral("id"), id}, {QStringLiteral("hash"), passwordHash}})
               .numRowsAffected() > 0;
}

bool TeacherStore::setActive(qint64 id, bool active) {
    return Database::exec(QStringLiteral("UPDATE teachers SET active = :active WHERE id = :id"),
                          {{QStringLiteral("id"), id}, {QStringLiteral("active"), active}})
               .numRowsAffected() > 0;
}

int TeacherStore::count() {
    QSqlQuery query = Database::exec(QStringLiteral("SELECT count(*) FROM teachers"));
    return query.next() ? query.value(0).toInt() : 0;
}
