// SPDX-License-Identifier: GPL-3.0-or-later

#include "Actor.h"

#include <QHostAddress>
#include <pwd.h>
#include <unistd.h>

namespace {
// Address given to actions taken on the server machine itself.
const QString Local = QStringLiteral("local");

thread_local const Actor *currentActor = nullptr;

// Who ran the command: the admin behind sudo rather than root, when known.
QString systemUser() {
    const QString sudoUser = qEnvironmentVariable("SUDO_USER");
    if (!sudoUser.isEmpty())
        return sudoUser;
    if (const passwd *entry = getpwuid(geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER");
}

Actor localActor(const QString &name, const QString &fullName) {
    Actor actor;
    actor.name = name;
    actor.fullName = fullName;
    actor.role = QStringLiteral("admin");
    actor.address = Local;
    return actor;
}
} // namespace

Actor Actor::teacher(const Teacher &teacher, const QString &address) {
    Actor actor;
    actor.id = teacher.id;
    actor.name = teacher.username;
    actor.fullName = teacher.name;
    actor.role = teacher.role;
    actor.address = normalAddress(address);
    return actor;
}

Actor Actor::anonymous(const QString &address) {
    Actor actor;
    actor.address = normalAddress(address);
    return actor;
}

Actor Actor::console() {
    return localActor(QStringLiteral("console"), QStringLiteral("Server console"));
}

Actor Actor::commandLine() {
    return localActor(QStringLiteral("command line"), systemUser());
}

Actor Actor::configFile() {
    return localActor(QStringLiteral("config file"), QStringLiteral("Server start"));
}

Actor Actor::current() {
    return currentActor ? *currentActor : console();
}

Actor Actor::of(const Teacher &teacher) {
    const Actor acting = current();
    if (teacher.id <= 0 || acting.id == teacher.id)
        return acting;
    return Actor::teacher(teacher, acting.address);
}

QString Actor::normalAddress(const QString &address) {
    const QHostAddress host(address);
    if (host.isNull())
        return address;
    bool isIPv4 = false;
    const quint32 ipv4 = host.toIPv4Address(&isIPv4);
    return isIPv4 ? QHostAddress(ipv4).toString() : host.toString();
}

Actor::Scope::Scope(const Actor &actor) : m_previous(currentActor), m_actor(actor) {
    currentActor = &m_actor;
}

Actor::Scope::~Scope() {
    currentActor = m_previous;
}
