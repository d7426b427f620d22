// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QObject>
#include <QSet>

class Connection;
class SearchPanel;

// Fetches what the search panel needs to know about dates: the chosen date's periods and
// calendar entry (showDay), and the closed days of the month the date picker shows.
class SchoolDayLoader : public QObject {
    Q_OBJECT
public:
    SchoolDayLoader(Connection *connection, SearchPanel *searchPanel, QObject *parent = nullptr);

    // Loads a date's periods and calendar entry into the search panel (which then searches).
    // findSchoolDay: at start-up, move on to the next day with a period still to come.
    void loadDay(const QDate &date, bool findSchoolDay = false, int attempt = 0);
    void loadMonth(int year, int month);
    // Forgets the months loaded so far and loads the one the date picker shows.
    void reloadMonths();

signals:
    // The periods of a date could not be loaded; the text says why.
    void loadFailed(const QString &message);

private:
    Connection *m_connection;
    SearchPanel *m_searchPanel;
    quint64 m_dayGeneration = 0;
    QSet<int> m_loadedMonths;
};
