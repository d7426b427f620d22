// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Background.h"
#include "Room.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class PageJobs;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QThreadPool;

// Rooms administration: every room (inactive ones greyed), a form to add or edit one, and
// deactivate/reactivate. Changes go through AdminService, so clients get roomsChanged. Reads
// and writes run on the workers; the page shows the busy cursor meanwhile.
class RoomsPage : public QWidget {
    Q_OBJECT
public:
    explicit RoomsPage(QThreadPool *workers, QWidget *parent = nullptr);
    // Reloads the rooms in the background; a newer refresh supersedes an older one.
    void refresh();
    // Whether a load or a save is still running.
    bool isBusy() const;

    // Selects the room's row and loads it into the form; false if it is not listed.
    bool selectRoom(qint64 roomId);
    // Empties the form for a new room.
    void startNewRoom();
    // Saves the form in the background; the status line tells how it went.
    void saveRoom();
    // Deactivates or reactivates the selected room after asking the admin.
    void toggleSelectedActive();

signals:
    void roomsEdited();

private:
    void showRooms(const QList<Room> &rooms);
    void loadForm(const Room &room);
    void onSelectionChanged();
    void updateButtons();
    void setStatus(const QString &text, bool error);
    void setKnownFeatures(const QStringList &features, const QStringList &checked);
    QStringList formFeatures() const;
    const Room *selectedRoom() const;

    PageJobs *m_jobs;
    Background::Latest m_loads;
    QList<Room> m_rooms;
    qint64 m_editingId = 0;
    // The room to select once the next load arrives (one just saved); 0 keeps the selection.
    qint64 m_selectAfterLoad = 0;

    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_toggleButton;
    QCheckBox *m_showInactive;
    QGroupBox *m_formBox;
    QLineEdit *m_name;
    QLineEdit *m_building;
    QSpinBox *m_capacity;
    QListWidget *m_features;
    QLineEdit *m_extraFeatures;
    QCheckBox *m_restricted;
    QPushButton *m_saveButton;
    QPushButton *m_discardButton;
    QLabel *m_status;
};
