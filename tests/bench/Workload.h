// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

// What the simulated teachers do in one stage.
enum class Workload {
    Spread, // each client books free slots over the rooms, back to back or with a think time
    Hot,    // every client confirms the same room and interval at once, round after round
    Mixed,  // search, book, my bookings, day grid listing, cancel every other booking
    Fanout, // one booker books; every other client only listens for bookingCreated
    Idle,   // logged-in connections that do nothing: the server's memory per connection
};

inline QStringList workloadNames() {
    return {QStringLiteral("spread"), QStringLiteral("hot"), QStringLiteral("mixed"),
            QStringLiteral("fanout"), QStringLiteral("idle")};
}

inline QString workloadName(Workload workload) {
    return workloadNames().at(int(workload));
}

inline bool workloadFromName(const QString &name, Workload *workload) {
    const qsizetype index = workloadNames().indexOf(name.trimmed().toLower());
    if (index < 0)
        return false;
    *workload = Workload(index);
    return true;
}
