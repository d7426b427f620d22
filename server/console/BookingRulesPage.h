// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Background.h"
#include "BookingRuleSet.h"
#include "Room.h"

#include <QList>
#include <QWidget>

class PageJobs;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QThreadPool;

// The booking rules teachers meet (admins are exempt): how many days ahead a booking may
// start, how many upcoming bookings one teacher may hold, and the rooms only admins may book.
// Saved through AdminService; the server refuses with TOO_FAR_AHEAD, LIMIT_REACHED or
// ROOM_RESTRICTED from the next request on. Loads and saves run on the workers.
class BookingRulesPage : public QWidget {
    Q_OBJECT
public:
    explicit BookingRulesPage(QThreadPool *workers, QWidget *parent = nullptr);
    // Reloads the stored rules unless the admin has unsaved edits.
    void refresh();
    void revert();
    // Whether a load or a save is still running.
    bool isBusy() const;
    // Starts saving the rules and the restricted rooms in the background; false while a load or
    // save still runs (nothing is started). saveFinished and the status line tell how it went.
    bool save();

    void setMaxDaysAhead(int days);
    void setMaxActiveBookings(int bookings);
    // Ticks or unticks a room in the restricted list; false if it is not listed.
    bool setRoomRestricted(qint64 roomId, bool restricted);

signals:
    // A room's restricted mark changed: the rooms page should reload.
    void roomsEdited();
    void saveFinished(bool ok);

private:
    // Loads the stored rules; keepEdits leaves them unshown if the admin edits meanwhile.
    void load(bool keepEdits);
    void showRules(const BookingRuleSet &rules, const QList<Room> &rooms);
    void updateButtons();
    void setDirty(bool dirty);
    void setStatus(const QString &text, bool error);
    void updateSummary();

    PageJobs *m_jobs;
    Background::Latest m_loads;
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
    bool m_loadFailed = false; // the status line shows why the last load failed
};
