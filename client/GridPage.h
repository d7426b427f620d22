// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "GridData.h"

#include <QDate>
#include <QWidget>

class BookingGrid;
class BookingGridModel;
class Connection;
class FavouriteRooms;

// What the day grid and the week view share: a BookingGridModel shown in a BookingGrid, fetched
// for a span of dates when visible (otherwise when next shown), kept live cell by cell by
// events, fetched again after a reconnect or when rooms, periods or the calendar change. A free
// cell asks for the claim dialog.
class GridPage : public QWidget {
    Q_OBJECT
public:
    // Fetches again: now when visible, otherwise when next shown.
    void reload();

    BookingGrid *grid() const { return m_grid; }
    BookingGridModel *model() const { return m_model; }
    // Completed loads (a test waits for this to grow).
    int loadsCompleted() const { return m_loads; }

signals:
    void claimRequested(const Room &room, const Interval &interval, const QString &description,
                        const SchoolDay &day, const QList<PeriodSlot> &periods);
    void loaded();

protected:
    GridPage(Connection *connection, FavouriteRooms *favourites, QWidget *parent);

    // The page's grid, made where its layout wants it; called once from the constructor.
    void setGrid(BookingGrid *grid);
    // A reload is pending (what is shown may be out of date).
    bool isStale() const { return m_stale; }
    void showEvent(QShowEvent *event) override;

    // The dates to fetch (inclusive) and the one room to fetch, 0 for every room.
    virtual QDate firstDate() const = 0;
    virtual QDate lastDate() const = 0;
    virtual qint64 roomFilter() const { return 0; }
    // After a fetch: m_data holds the answer, the model its bookings and locks.
    virtual void showData() = 0;
    virtual void showLoadError(const QString &error) = 0;

    Connection *const m_connection;
    FavouriteRooms *const m_favourites;
    BookingGridModel *const m_model;
    BookingGrid *m_grid = nullptr;
    GridData m_data;

private:
    void fetch();
    void onFetched(const GridData &data);
    void onEvent(const QString &event, const QJsonObject &payload);
    void onFreeCell(int row, int column);

    quint64 m_generation = 0;
    int m_loads = 0;
    bool m_stale = true;
};
