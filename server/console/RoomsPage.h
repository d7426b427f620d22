#pragma once

#include "Room.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

// Rooms administration: every room (inactive ones greyed), a form to add or edit one, and
// deactivate/reactivate. Changes go through AdminService, so clients get roomsChanged.
class RoomsPage : public QWidget {
    Q_OBJECT
public:
    explicit RoomsPage(QWidget *parent = nullptr);
    void refresh();

    // Selects the room's row and loads it into the form; false if it is not listed.
    bool selectRoom(qint64 roomId);
    // Empties the form for a new room.
    void startNewRoom();
    // Saves the form; returns whether it was stored (otherwise the status line says why).
    bool saveRoom();
    // Deactivates or reactivates the selected room after asking the admin.
    void toggleSelectedActive();

signals:
    void roomsEdited();

private:
    void loadForm(const Room &room);
    void onSelectionChanged();
    void updateButtons();
    void setStatus(const QString &text, bool error);
    void setKnownFeatures(const QStringList &features, const QStringList &checked);
    QStringList formFeatures() const;
    const Room *selectedRoom() const;

    QList<Room> m_rooms;
    qint64 m_editingId = 0;

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
