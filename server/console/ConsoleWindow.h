// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMainWindow>

class AuditPage;
class BellSchedulePage;
class BookingRulesPage;
class BookingsPage;
class CalendarPage;
class ImportPage;
class OverviewPage;
class QApplication;
class QLabel;
class QTabWidget;
class QThreadPool;
class RoomClaimServer;
class RoomsPage;
class TeachersPage;

// The admin console: roomclaim-server's window when it runs without --headless. Every page
// drives the same services the network uses, so changes are validated, stored and announced
// to the teacher clients exactly as theirs are.
class ConsoleWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit ConsoleWindow(RoomClaimServer *server, QWidget *parent = nullptr);

    // Fusion with a calm palette: the same look on every desktop the school may use.
    static void applyStyle(QApplication &app);

    QTabWidget *tabs() const { return m_tabs; }
    // Where the pages run their database work: the server's worker pool.
    QThreadPool *workers() const { return m_workers; }
    OverviewPage *overviewPage() const { return m_overview; }
    BookingsPage *bookingsPage() const { return m_bookings; }
    RoomsPage *roomsPage() const { return m_rooms; }
    TeachersPage *teachersPage() const { return m_teachers; }
    BellSchedulePage *bellSchedulePage() const { return m_bellSchedule; }
    CalendarPage *calendarPage() const { return m_calendar; }
    BookingRulesPage *bookingRulesPage() const { return m_rules; }
    ImportPage *importPage() const { return m_import; }
    AuditPage *auditPage() const { return m_audit; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void refreshCurrentPage();
    void updateStatusBar();

    RoomClaimServer *m_server;
    QThreadPool *m_workers;
    QTabWidget *m_tabs;
    OverviewPage *m_overview;
    BookingsPage *m_bookings;
    RoomsPage *m_rooms;
    TeachersPage *m_teachers;
    BellSchedulePage *m_bellSchedule;
    CalendarPage *m_calendar;
    BookingRulesPage *m_rules;
    ImportPage *m_import;
    AuditPage *m_audit;
    QLabel *m_serverState;
};
