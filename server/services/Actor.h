// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Teacher.h"

#include <QString>

// Who is acting, for the audit log: a teacher on a connection (with the client's address), the
// console window, a command-line import, the config file at start, or someone not logged in.
//
// The entry points say who acts once, with a Scope, and everything they call records that actor:
// RequestHandler for every request on a connection, ServerRunner for imports and the config
// file. Work without a Scope is the console's (the console window has no entry point of its own:
// its pages call the services directly, on the workers or on the window's thread).
class Actor {
public:
    qint64 id = 0;    // the teacher's id; 0 otherwise
    QString name;     // the username, or "console", "command line", "config file"; empty: unknown
    QString fullName; // the teacher's name, or the operating-system user of a command-line import
    QString role;     // "teacher" or "admin"; empty when not logged in
    QString address;  // the client's IP address (IPv4 as IPv4), or "local"

    static Actor teacher(const Teacher &teacher, const QString &address);
    // A connection that has not logged in (a failed login).
    static Actor anonymous(const QString &address);
    static Actor console();
    static Actor commandLine();
    static Actor configFile();

    // The actor of the innermost Scope on this thread, else the console.
    static Actor current();
    // The teacher a service was asked to act for, from the current address; the school office
    // (id 0, the console cancelling a booking) is the current actor.
    static Actor of(const Teacher &teacher);

    // "::ffff:10.0.0.5" and "10.0.0.5" are the same client: always the plain IPv4 form.
    static QString normalAddress(const QString &address);

    // Makes an actor the current actor of this thread until the scope ends.
    class Scope;
};

class Actor::Scope {
public:
    explicit Scope(const Actor &actor);
    ~Scope();
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;

private:
    const Actor *m_previous;
    Actor m_actor;
};
