// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "GridData.h"
#include "Interval.h"

#include <QTabWidget>

class Connection;
class DayView;
class FavouriteRooms;
class SearchPanel;
class WeekView;
struct SearchCriteria;

// The main area's three ways of looking: "Free rooms" (the search's cards), "Day" (every room
// × the date's periods) and "Week" (one room's week). Day and week follow the search panel's
// date and filters; the week shows the room last chosen in the day grid.
class ViewTabs : public QTabWidget {
    Q_OBJECT
public:
    // The "Free rooms" page shows the search's title above its results.
    ViewTabs(QWidget *resultsTitle, QWidget *results, Connection *connection,
             FavouriteRooms *favourites, SearchPanel *searchPanel, QWidget *parent = nullptr);

    DayView *dayView() const { return m_day; }
    WeekView *weekView() const { return m_week; }
    void showFreeRooms() { setCurrentIndex(0); }
    void showDay();
    void showWeek();

signals:
    void claimRequested(const Room &room, const Interval &interval, const QString &description,
                        const SchoolDay &day, const QList<PeriodSlot> &periods);

private:
    void follow(const SearchCriteria &criteria);
    void onCurrentChanged();

    DayView *m_day;
    WeekView *m_week;
};
