// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "GridPage.h"

class GridNavigation;
class QComboBox;
class QLabel;

// One room's week: the school days (rows) × their periods (each weekday has its own bell
// times), with the week label and closed days, week by week. Live like the day grid.
class WeekView : public GridPage {
    Q_OBJECT
public:
    WeekView(Connection *connection, FavouriteRooms *favourites, QWidget *parent = nullptr);

    // Shows the week holding date, from the locale's first day of the week (Monday in most of
    // Europe, Sunday in the United States) to the day before the next one.
    void setWeek(const QDate &date);
    QDate firstDay() const { return m_first; }
    void setRoom(qint64 roomId);
    qint64 roomId() const { return m_roomId; }
    QString titleText() const;

protected:
    QDate firstDate() const override;
    QDate lastDate() const override;
    qint64 roomFilter() const override;
    void showData() override;
    void showLoadError(const QString &error) override;

private:
    void buildUi();
    void updateRooms();
    void showRows();

    GridNavigation *m_navigation;
    QLabel *m_title;
    QComboBox *m_room;
    QDate m_first;
    qint64 m_roomId = 0;
};
