#pragma once

#include "Period.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTime;

// The bell schedule: an editable table of the school day's periods (name, start, end).
// Save hands the whole table to AdminService::saveBellSchedule, which refuses gaps in logic
// (unnamed, backwards or overlapping periods) with a message shown here.
class BellSchedulePage : public QWidget {
    Q_OBJECT
public:
    explicit BellSchedulePage(QWidget *parent = nullptr);
    // Reloads the stored schedule unless the admin has unsaved edits (the console refreshes a
    // page whenever its tab is shown, which must not throw work away).
    void refresh();
    // Reloads the stored schedule, discarding unsaved edits.
    void revert();

    void addPeriod();
    void removeSelectedPeriod();
    // Saves the table; returns whether it was stored (otherwise the status line says why).
    bool save();
    // The periods as currently edited, in table order.
    QList<Period> editedPeriods() const;

private:
    void appendRow(const Period &period);
    // The Length column: minutes, or what is wrong with the row.
    void updateHints();
    void setDirty(bool dirty);
    void setStatus(const QString &text, bool error);

    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
    QLabel *m_status;
    bool m_loading = false;
    bool m_dirty = false;
};
