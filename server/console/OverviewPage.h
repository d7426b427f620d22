// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "LockInfo.h"
#include "ReloadGate.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class ClientSession;
class LogPane;
class QGroupBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QThreadPool;
class RoomClaimServer;

// The live overview: where the server listens, whether the database is there, uptime; the
// connected teacher clients; the locks of confirmations in flight, counting down; the log.
// Locks and counts are read on the workers, one read of each at a time, so a slow database
// holds at most those workers and never the window or the teachers' connections.
class OverviewPage : public QWidget {
    Q_OBJECT
public:
    OverviewPage(RoomClaimServer *server, QThreadPool *workers, QWidget *parent = nullptr);
    void refresh();

    QTableWidget *clientsTable() const { return m_clients; }
    QTableWidget *locksTable() const { return m_locks; }
    LogPane *logPane() const { return m_log; }
    // Asks the admin, then ends the selected lock in the background (the status line tells how
    // it went); returns whether the admin chose to release it.
    bool forceReleaseSelected();
    // Re-reads the locks from the database (the page also does this every two seconds).
    void refreshLocks();
    // Re-reads today's and the week's booking counts.
    void refreshBookingCount();

private:
    void refreshClients();
    void showLocks(const QList<LockInfo> &locks);
    void tick();
    // Uptime, connection ages and lock countdowns; returns whether a lock has run out.
    bool updateClocks();
    void updateDatabaseState(bool reachable);
    void updateButtons();
    void setLocksStatus(const QString &text, bool error);
    QWidget *statusCard(const QString &title, QLabel *value, QLabel *detail);

    RoomClaimServer *m_server;
    QThreadPool *m_workers;
    ReloadGate m_lockLoads;
    ReloadGate m_countLoads;
    QList<QPointer<ClientSession>> m_sessionRows;
    QList<LockInfo> m_lockRows;
    QTimer m_clock;
    int m_ticks = 0;
    bool m_locksReadFailed = false; // the status line says why the locks cannot be shown

    QLabel *m_listen;
    QLabel *m_listenDetail;
    QLabel *m_database;
    QLabel *m_databaseDetail;
    QLabel *m_uptime;
    QLabel *m_uptimeDetail;
    QLabel *m_teachers;
    QLabel *m_teachersDetail;
    QLabel *m_bookingsToday;
    QLabel *m_bookingsDetail;
    QGroupBox *m_clientsBox;
    QGroupBox *m_locksBox;
    QStackedWidget *m_clientsStack;
    QTableWidget *m_clients;
    QStackedWidget *m_locksStack;
    QTableWidget *m_locks;
    QPushButton *m_forceRelease;
    QLabel *m_locksStatus;
    LogPane *m_log;
};
