// SPDX-License-Identifier: GPL-3.0-or-later

#include "ConsoleWindow.h"

#include "AuditPage.h"
#include "BellSchedulePage.h"
#include "BookingRulesPage.h"
#include "BookingsPage.h"
#include "CalendarPage.h"
#include "ClientSession.h"
#include "ImportPage.h"
#include "OverviewPage.h"
#include "RoomClaimServer.h"
#include "RoomsPage.h"
#include "TeachersPage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTabWidget>
#include <QThreadPool>

ConsoleWindow::ConsoleWindow(RoomClaimServer *server, QWidget *parent)
    : QMainWindow(parent), m_server(server),
      // The pages read and write on the server's workers, never on this thread, which also
      // serves the teachers' connections.
      m_workers(server ? server->workers() : QThreadPool::globalInstance()),
      m_tabs(new QTabWidget(this)), m_overview(new OverviewPage(server, m_workers, this)),
      m_bookings(new BookingsPage(server, m_workers, this)),
      m_rooms(new RoomsPage(m_workers, this)), m_teachers(new TeachersPage(m_workers, this)),
      m_bellSchedule(new BellSchedulePage(m_workers, this)),
      m_calendar(new CalendarPage(server, m_workers, this)),
      m_rules(new BookingRulesPage(m_workers, this)), m_import(new ImportPage(m_workers, this)),
      m_audit(new AuditPage(m_workers, this)), m_serverState(new QLabel(this)) {
    setObjectName(QStringLiteral("consoleWindow"));
    setWindowTitle(tr("RoomClaim Server Console"));
    m_tabs->setObjectName(QStringLiteral("consoleTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_bookings, tr("&Bookings"));
    m_tabs->addTab(m_rooms, tr("&Rooms"));
    m_tabs->addTab(m_teachers, tr("&Teachers"));
    m_tabs->addTab(m_bellSchedule, tr("Bell &schedule"));
    m_tabs->addTab(m_calendar, tr("Cale&ndar"));
    m_tabs->addTab(m_rules, tr("Booking r&ules"));
    m_tabs->addTab(m_import, tr("&Import"));
    m_tabs->addTab(m_audit, tr("Au&dit log"));
    setCentralWidget(m_tabs);
    // Tab leaves a table for the next control (the arrow keys move between its cells): with
    // Qt's default, Tab walks every cell and the form beside a table cannot be reached.
    for (QAbstractItemView *view : findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);
    m_serverState->setObjectName(QStringLiteral("serverStateLabel"));
    statusBar()->addPermanentWidget(m_serverState);
    resize(1200, 800);

    // A page shows what is true when the admin opens it, not when the window was built.
    connect(m_tabs, &QTabWidget::currentChanged, this, &ConsoleWindow::refreshCurrentPage);
    connect(m_calendar, &CalendarPage::importRequested, this, [this] {
        m_import->setKind(ImportPlan::Kind::Calendar);
        m_tabs->setCurrentWidget(m_import);
    });
    if (m_server) {
        connect(m_server, &RoomClaimServer::sessionsChanged, this, &ConsoleWindow::updateStatusBar);
        connect(m_server, &RoomClaimServer::databaseStateChanged, this,
                &ConsoleWindow::updateStatusBar);
    }
    updateStatusBar();
}

void ConsoleWindow::applyStyle(QApplication &app) {
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = app.palette();
    palette.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf8, 0xfa, 0xfc));
    palette.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xeb));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Mid, QColor(0x6b, 0x72, 0x80));
    palette.setColor(QPalette::Midlight, QColor(0xd1, 0xd5, 0xdb));
    app.setPalette(palette);
    // Room to breathe in tables and tabs: the defaults crowd text against the grid lines.
    app.setStyleSheet(
        QStringLiteral("QTableView { gridline-color: #e5e7eb; }"
                       "QTableView::item { padding: 2px 10px; }"
                       "QHeaderView::section { background: #e5e7eb; color: #374151; border: none;"
                       " border-right: 1px solid #d1d5db; border-bottom: 1px solid #d1d5db;"
                       " padding: 5px 4px; font-weight: 600; }"
                       "QGroupBox { font-weight: 600; }"));
}

void ConsoleWindow::refreshCurrentPage() {
    QWidget *page = m_tabs->currentWidget();
    if (page == m_overview)
        m_overview->refresh();
    else if (page == m_bookings)
        m_bookings->refresh();
    else if (page == m_rooms)
        m_rooms->refresh();
    else if (page == m_teachers)
        m_teachers->refresh();
    else if (page == m_bellSchedule)
        m_bellSchedule->refresh();
    else if (page == m_calendar)
        m_calendar->refresh();
    else if (page == m_rules)
        m_rules->refresh();
    else if (page == m_import)
        m_import->refresh();
    else if (page == m_audit)
        m_audit->refresh();
}

void ConsoleWindow::updateStatusBar() {
    if (!m_server)
        return;
    int teachers = 0;
    for (const ClientSession *session : m_server->sessions())
        teachers += session->isLoggedIn() ? 1 : 0;
    m_serverState->setText(
        tr("Serving on %1  ·  database %2  ·  %3")
            .arg(m_server->listenAddress(),
                 m_server->isDatabaseListening() ? tr("connected") : tr("unreachable"),
                 teachers == 1 ? tr("1 teacher online") : tr("%1 teachers online").arg(teachers)));
}

void ConsoleWindow::closeEvent(QCloseEvent *event) {
    int teachers = 0;
    if (m_server) {
        for (const ClientSession *session : m_server->sessions())
            teachers += session->isLoggedIn() ? 1 : 0;
    }
    // Closing the console stops the server; with teachers online that deserves a second look.
    if (teachers > 0) {
        QMessageBox ask(QMessageBox::Warning, tr("Stop the server?"),
                        tr("Closing the console stops the RoomClaim server."),
                        QMessageBox::NoButton, this);
        ask.setInformativeText(
            teachers == 1
                ? tr("1 teacher is connected and will be disconnected until the server runs again.")
                : tr("%1 teachers are connected and will be disconnected until the server runs "
                     "again.")
                      .arg(teachers));
        QPushButton *stop = ask.addButton(tr("Stop server"), QMessageBox::DestructiveRole);
        ask.setDefaultButton(ask.addButton(tr("Keep running"), QMessageBox::RejectRole));
        ask.exec();
        if (ask.clickedButton() != stop) {
            event->ignore();
            return;
        }
    }
    event->accept();
}
