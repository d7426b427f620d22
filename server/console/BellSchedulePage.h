// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Background.h"
#include "Period.h"

#include <QList>
#include <QMap>
#include <QWidget>

class PageJobs;
class QLabel;
class QPushButton;
class QTabBar;
class QTableWidget;
class QThreadPool;
class QTime;

// The bell schedule, one weekday at a time: an editable table of the day's periods (name,
// start, end), a tab per weekday, and "Copy to other days…". Save hands every weekday's
// periods to AdminService::saveBellSchedule, which refuses unnamed, backwards or overlapping
// periods with a message shown here. Loads and saves run on the workers.
class BellSchedulePage : public QWidget {
    Q_OBJECT
public:
    explicit BellSchedulePage(QThreadPool *workers, QWidget *parent = nullptr);
    // Reloads the stored schedule unless the admin has unsaved edits (the console refreshes a
    // page whenever its tab is shown, which must not throw work away).
    void refresh();
    // Reloads the stored schedule, discarding unsaved edits.
    void revert();
    // Whether a load or a save is still running.
    bool isBusy() const;

    // The weekday shown, 1 (Monday) to 7 (Sunday).
    int weekday() const { return m_weekday; }
    void showWeekday(int weekday);
    void addPeriod();
    void removeSelectedPeriod();
    // Replaces the periods of the given weekdays with copies of the shown day's (not saved yet).
    void copyDayTo(const QList<int> &weekdays);
    // Starts saving every weekday in the background; false while a load or save still runs
    // (nothing is started). saveFinished and the status line tell how it went.
    bool save();
    // Every weekday's periods as currently edited, each with its weekday.
    QList<Period> editedPeriods() const;
    // One weekday's periods as currently edited, in table order.
    QList<Period> editedPeriods(int weekday) const;

signals:
    void saveFinished(bool ok);

private:
    // Loads the stored schedule; keepEdits leaves it unshown if the admin edits meanwhile.
    void load(bool keepEdits);
    void showSchedule(const QList<Period> &periods);
    void updateButtons();
    void chooseDaysToCopy();
    void loadDay(int weekday);
    QList<Period> tablePeriods() const;
    void appendRow(const Period &period);
    // The Length column: minutes, or what is wrong with the row; the tabs: count or problem.
    void updateHints();
    void updateTabs();
    void setDirty(bool dirty);
    void setStatus(const QString &text, bool error);

    QTabBar *m_days;
    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_copyButton;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
    QLabel *m_status;
    PageJobs *m_jobs;
    Background::Latest m_loads;
    // The weekdays not shown, as edited; the shown one lives in the table.
    QMap<int, QList<Period>> m_schedule;
    int m_weekday = 1;
    bool m_loading = false;
    bool m_dirty = false;
    bool m_loadFailed = false; // the status line shows why the last load failed
};
