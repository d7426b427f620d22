// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class Connection;
class MainWindow;

// The day grid and the week view for roomclaim-screenshots: a fresh school day with bookings of
// two teachers, the teacher's own, a series and (with a database URL) a colleague's lock.
class GridScreenshots {
public:
    // Writes day-grid<suffix>.png and week-view<suffix>.png to dir; 0 on success.
    static int render(MainWindow &window, Connection &teacher, Connection &colleague,
                      const QString &dir, const QString &databaseUrl, const QString &suffix);
};
