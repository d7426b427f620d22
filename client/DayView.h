// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "GridPage.h"

class GridNavigation;
class QComboBox;
class QLabel;
class QStackedWidget;

// The day grid: every room (rows) × the date's periods (columns), live. Free cells open the
// claim dialog; a closed day shows its reason instead of the grid. Rooms are filtered by
// building, seats and features; favourite rooms come first.
class DayView : public GridPage {
    Q_OBJECT
public:
    DayView(Connection *connection, FavouriteRooms *favourites, QWidget *parent = nullptr);

    // Shows a date; fetched at once when visible, otherwise when next shown.
    void setDate(const QDate &date);
    QDate date() const { return m_date; }
    // The search panel's class size and needs; the building is the grid's own choice.
    void setFilter(int minCapacity, const QStringList &features);
    void setBuilding(const QString &building);
    QString titleText() const;
    // Why there is no grid (a closed day, no periods, no matching room); empty when it shows.
    QString messageText() const;
    // The room of the current cell, or 0.
    qint64 currentRoomId() const;

protected:
    QDate firstDate() const override;
    QDate lastDate() const override;
    void showData() override;
    void showLoadError(const QString &error) override;

private:
    void buildUi();
    void showRows();
    void showMessage(const QString &text);
    void toggleFavourite(int row);
    bool matches(const Room &room) const;
    void updateBuildings();

    GridNavigation *m_navigation;
    QLabel *m_title;
    QComboBox *m_building;
    QLabel *m_filterNote;
    QStackedWidget *m_pages;
    QLabel *m_message;
    QDate m_date;
    int m_minCapacity = 0;
    QStringList m_features;
};
