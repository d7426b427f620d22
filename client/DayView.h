#pragma once

#include "GridData.h"
#include "Interval.h"

#include <QDate>
#include <QWidget>

class BookingGrid;
class BookingGridModel;
class Connection;
class FavouriteRooms;
class GridNavigation;
class QComboBox;
class QLabel;
class QStackedWidget;

// The day grid: every room (rows) × the date's periods (columns), live. Free cells open the
// claim dialog; a closed day shows its reason instead of the grid. Rooms are filtered by
// building, seats and features; favourite rooms come first.
class DayView : public QWidget {
    Q_OBJECT
public:
    DayView(Connection *connection, FavouriteRooms *favourites, QWidget *parent = nullptr);

    // Shows a date; fetched at once when visible, otherwise when next shown.
    void setDate(const QDate &date);
    QDate date() const { return m_date; }
    // The search panel's class size and needs; the building is the grid's own choice.
    void setFilter(int minCapacity, const QStringList &features);
    void setBuilding(const QString &building);
    // Fetches the grid again (after a reconnect, or when rooms, periods or the calendar changed).
    void reload();

    BookingGrid *grid() const { return m_grid; }
    BookingGridModel *model() const { return m_model; }
    QString titleText() const;
    // Why there is no grid (a closed day, no periods, no matching room); empty when it shows.
    QString messageText() const;
    // Completed loads (a test waits for this to grow).
    int loadsCompleted() const { return m_loads; }
    // The room of the current cell, or 0.
    qint64 currentRoomId() const;

signals:
    void claimRequested(const Room &room, const Interval &interval, const QString &description,
                        const SchoolDay &day, const QList<PeriodSlot> &periods);
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void fetch();
    void onFetched(const GridData &data);
    void showRows();
    void showMessage(const QString &text);
    void onEvent(const QString &event, const QJsonObject &payload);
    void onFreeCell(int row, int column);
    void toggleFavourite(int row);
    bool matches(const Room &room) const;
    void updateBuildings();

    Connection *m_connection;
    FavouriteRooms *m_favourites;
    GridNavigation *m_navigation;
    QLabel *m_title;
    QComboBox *m_building;
    QLabel *m_filterNote;
    QStackedWidget *m_pages;
    BookingGrid *m_grid;
    QLabel *m_message;
    BookingGridModel *m_model;
    QDate m_date;
    GridData m_data;
    int m_minCapacity = 0;
    QStringList m_features;
    quint64 m_generation = 0;
    int m_loads = 0;
    bool m_dirty = true;
};
