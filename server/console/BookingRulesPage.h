#pragma once

#include "Room.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

// The booking rules teachers meet (admins are exempt): how many days ahead a booking may
// start, how many upcoming bookings one teacher may hold, and the rooms only admins may book.
// Saved through AdminService; the server refuses with TOO_FAR_AHEAD, LIMIT_REACHED or
// ROOM_RESTRICTED from the next request on.
class BookingRulesPage : public QWidget {
    Q_OBJECT
public:
    explicit BookingRulesPage(QWidget *parent = nullptr);
    // Reloads the stored rules unless the admin has unsaved edits.
    void refresh();
    void revert();
    // Saves the rules and the restricted rooms; returns whether they were stored.
    bool save();

    void setMaxDaysAhead(int days);
    void setMaxActiveBookings(int bookings);
    // Ticks or unticks a room in the restricted list; false if it is not listed.
    bool setRoomRestricted(qint64 roomId, bool restricted);

signals:
    // A room's restricted mark changed: the rooms page should reload.
    void roomsEdited();

private:
    void setDirty(bool dirty);
    void setStatus(const QString &text, bool error);
    void updateSummary();

    QList<Room> m_rooms;
    QSpinBox *m_maxDaysAhead;
    QSpinBox *m_maxActive;
    QListWidget *m_restricted;
    QLabel *m_summary;
    QPushButton *m_revert;
    QPushButton *m_save;
    QLabel *m_status;
    bool m_loading = false;
    bool m_dirty = false;
};
