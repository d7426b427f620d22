#pragma once

#include "GridData.h"

#include <QDate>
#include <QWidget>

class BookingGrid;
class BookingGridModel;
class Connection;
class FavouriteRooms;
class GridNavigation;
class QComboBox;
class QLabel;

// One room's week: the school days (rows) × their periods (each weekday has its own bell
// times), with the week label and closed days, week by week. Live like the day grid.
class WeekView : public QWidget {
    Q_OBJECT
public:
    WeekView(Connection *connection, FavouriteRooms *favourites, QWidget *parent = nullptr);

    // Shows the week holding date (Monday to Sunday).
    void setWeek(const QDate &date);
    QDate monday() const { return m_monday; }
    void setRoom(qint64 roomId);
    qint64 roomId() const { return m_roomId; }
    void reload();

    BookingGrid *grid() const { return m_grid; }
    BookingGridModel *model() const { return m_model; }
    QString titleText() const;
    int loadsCompleted() const { return m_loads; }

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
    void updateRooms();
    void showRows();
    void onEvent(const QString &event, const QJsonObject &payload);
    void onFreeCell(int row, int column);

    Connection *m_connection;
    FavouriteRooms *m_favourites;
    GridNavigation *m_navigation;
    QLabel *m_title;
    QComboBox *m_room;
    BookingGrid *m_grid;
    BookingGridModel *m_model;
    QDate m_monday;
    qint64 m_roomId = 0;
    GridData m_data;
    quint64 m_generation = 0;
    int m_loads = 0;
    bool m_dirty = true;
};
