// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Booking.h"
#include "GridData.h"
#include "GridRow.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QJsonObject>
#include <functional>

// Rooms × periods for the day grid and the week view: each cell is free, booked (the
// teacher's own bookings apart, series marked), being booked (a colleague's confirmation in
// flight) or closed. Live events change only the cells they concern.
class BookingGridModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class State { Free, Booked, Own, Locked, Closed, None };
    Q_ENUM(State)
    enum Role { StateRole = Qt::UserRole + 1 };

    struct Cell {
        State state = State::None;
        Booking booking; // when booked
        QString holder;  // when being booked
    };

    explicit BookingGridModel(QObject *parent = nullptr);

    // rowsAreRooms: the rows' headers are rooms (with a favourite star), not dates.
    void setRows(const QList<GridRow> &rows, const QStringList &columnTitles, bool rowsAreRooms);
    void setBookings(const QList<Booking> &bookings);
    void setLocks(const QList<GridLock> &locks);
    void setOwnTeacher(qint64 teacherId, const QString &name);
    void setFavouriteCheck(std::function<bool(qint64)> isFavourite);
    // Applies bookingCreated, bookingCanceled, roomLocked and roomUnlocked; false for any other
    // event (the caller decides whether to fetch again).
    bool applyEvent(const QString &event, const QJsonObject &payload);
    // The favourite stars changed: only the row headers need painting.
    void favouritesChanged();

    const GridRow &gridRow(int row) const { return m_rows.at(row); }
    const QList<GridRow> &gridRows() const { return m_rows; }
    Cell cell(int row, int column) const;
    int rowOfRoom(qint64 roomId) const;
    QString accessibleText(int row, int column) const;
    // A cell's text and background colours in each state (the contrast test reads them).
    static QColor stateColour(State state, bool foreground);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void addBooking(const Booking &booking);
    void removeBooking(const Booking &booking);
    void addLock(const GridLock &lock);
    void removeLock(const GridLock &lock);
    void cellsChanged(qint64 roomId, const Interval &interval);
    QString cellText(const Cell &cell) const;
    QString cellToolTip(int row, int column, const Cell &cell) const;
    QVariant cellColour(const Cell &cell, bool foreground) const;
    QString roomHeaderToolTip(const Room &room) const;

    QList<GridRow> m_rows;
    QStringList m_columnTitles;
    bool m_rowsAreRooms = true;
    QHash<qint64, QList<int>> m_rowsOfRoom;
    QHash<qint64, QList<Booking>> m_bookings;
    QHash<qint64, QList<GridLock>> m_locks;
    qint64 m_ownTeacherId = 0;
    QString m_ownName;
    std::function<bool(qint64)> m_isFavourite;
};
