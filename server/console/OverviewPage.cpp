// SPDX-License-Identifier: GPL-3.0-or-later

#include "OverviewPage.h"

#include "AdminErrors.h"
#include "AdminService.h"
#include "Background.h"
#include "ClientSession.h"
#include "ConsoleText.h"
#include "LockService.h"
#include "LogPane.h"
#include "RoomClaimServer.h"
#include "SchoolDirectory.h"

#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
// Locks are polled this often: a lock taken on another server instance raises no local signal.
// The clock ticks four times a second so countdowns change close to the real second.
constexpr int TickMs = 250;
constexpr int LockPollTicks = 8;

enum ClientColumn { ClientTeacher, ClientUsername, ClientAddress, ClientSince, ClientColumns };
enum LockColumn { LockRoom, LockTime, LockHolder, LockExpires, LockColumns };

struct BookingCounts {
    qsizetype today = 0;
    qsizetype week = 0;
};

QTableWidget *makeTable(const QStringList &headers, const QString &objectName, QWidget *parent) {
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

QLabel *emptyState(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setStyleSheet(
        QStringLiteral("color: palette(mid); padding: 16px; background: palette(base); "
                       "border: 1px solid palette(midlight); border-radius: 4px;"));
    return label;
}

QTableWidgetItem *cell(const QString &text) {
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}
} // namespace

OverviewPage::OverviewPage(RoomClaimServer *server, QThreadPool *workers, QWidget *parent)
    : QWidget(parent), m_server(server), m_workers(workers), m_listen(new QLabel(this)),
      m_listenDetail(new QLabel(this)), m_database(new QLabel(this)),
      m_databaseDetail(new QLabel(this)), m_uptime(new QLabel(this)),
      m_uptimeDetail(new QLabel(this)), m_teachers(new QLabel(this)),
      m_teachersDetail(new QLabel(this)), m_bookingsToday(new QLabel(this)),
      m_bookingsDetail(new QLabel(this)), m_clientsBox(nullptr), m_locksBox(nullptr),
      m_clientsStack(new QStackedWidget(this)),
      m_clients(makeTable({tr("Teacher"), tr("Username"), tr("Address"), tr("Connected since")},
                          QStringLiteral("clientsTable"), this)),
      m_locksStack(new QStackedWidget(this)),
      m_locks(makeTable({tr("Room"), tr("Time"), tr("Held by"), tr("Expires in")},
                        QStringLiteral("locksTable"), this)),
      m_forceRelease(new QPushButton(tr("&Force release…"), this)), m_locksStatus(new QLabel(this)),
      m_log(new LogPane(this)) {
    m_listen->setObjectName(QStringLiteral("listenLabel"));
    m_database->setObjectName(QStringLiteral("databaseLabel"));
    m_uptime->setObjectName(QStringLiteral("uptimeLabel"));
    m_teachers->setObjectName(QStringLiteral("teachersLabel"));
    m_forceRelease->setObjectName(QStringLiteral("forceReleaseButton"));
    m_forceRelease->setToolTip(
        tr("End the selected lock now, e.g. when a teacher's confirmation is stuck"));
    m_locksStatus->setObjectName(QStringLiteral("locksStatusLabel"));
    m_locksStatus->setWordWrap(true);
    m_clients->setAccessibleName(tr("Connected teacher clients"));
    m_locks->setAccessibleName(tr("Active locks"));

    auto *cards = new QHBoxLayout;
    cards->setSpacing(10);
    cards->addWidget(statusCard(tr("Listening on"), m_listen, m_listenDetail));
    cards->addWidget(statusCard(tr("Database"), m_database, m_databaseDetail));
    cards->addWidget(statusCard(tr("Uptime"), m_uptime, m_uptimeDetail));
    cards->addWidget(statusCard(tr("Teachers online"), m_teachers, m_teachersDetail));
    cards->addWidget(statusCard(tr("Bookings today"), m_bookingsToday, m_bookingsDetail));
    m_bookingsToday->setObjectName(QStringLiteral("bookingsTodayLabel"));

    QHeaderView *clientHeader = m_clients->horizontalHeader();
    clientHeader->setSectionResizeMode(ClientTeacher, QHeaderView::Stretch);
    clientHeader->setSectionResizeMode(ClientUsername, QHeaderView::ResizeToContents);
    clientHeader->setSectionResizeMode(ClientAddress, QHeaderView::ResizeToContents);
    clientHeader->setSectionResizeMode(ClientSince, QHeaderView::ResizeToContents);
    m_clientsStack->addWidget(m_clients);
    m_clientsStack->addWidget(emptyState(
        tr("No teacher clients are connected.\nThey appear here as soon as they connect."), this));
    m_clientsBox = new QGroupBox(tr("Connected clients"), this);
    auto *clientsLayout = new QVBoxLayout(m_clientsBox);
    clientsLayout->addWidget(m_clientsStack);

    QHeaderView *lockHeader = m_locks->horizontalHeader();
    lockHeader->setSectionResizeMode(LockRoom, QHeaderView::ResizeToContents);
    lockHeader->setSectionResizeMode(LockTime, QHeaderView::Stretch);
    lockHeader->setSectionResizeMode(LockHolder, QHeaderView::ResizeToContents);
    lockHeader->setSectionResizeMode(LockExpires, QHeaderView::ResizeToContents);
    m_locksStack->addWidget(m_locks);
    m_locksStack->addWidget(
        emptyState(tr("No room is locked.\nA lock appears here for the few seconds a teacher's "
                      "confirmation takes, with a countdown to its expiry."),
                   this));
    m_locksBox = new QGroupBox(tr("Active locks"), this);
    auto *locksLayout = new QVBoxLayout(m_locksBox);
    locksLayout->addWidget(m_locksStack, 1);
    auto *lockActions = new QHBoxLayout;
    lockActions->addWidget(m_locksStatus, 1);
    lockActions->addWidget(m_forceRelease);
    locksLayout->addLayout(lockActions);

    auto *logBox = new QGroupBox(tr("Server log"), this);
    auto *logLayout = new QVBoxLayout(logBox);
    logLayout->addWidget(m_log);

    auto *tables = new QSplitter(Qt::Horizontal, this);
    tables->addWidget(m_clientsBox);
    tables->addWidget(m_locksBox);
    tables->setChildrenCollapsible(false);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(tables);
    split->addWidget(logBox);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(cards);
    layout->addWidget(split, 1);

    connect(m_locks, &QTableWidget::itemSelectionChanged, this, &OverviewPage::updateButtons);
    connect(m_forceRelease, &QPushButton::clicked, this, &OverviewPage::forceReleaseSelected);
    if (m_server) {
        connect(m_server, &RoomClaimServer::sessionsChanged, this, &OverviewPage::refreshClients);
        connect(m_server, &RoomClaimServer::databaseStateChanged, this,
                &OverviewPage::updateDatabaseState);
        connect(m_server, &RoomClaimServer::eventDelivered, this, [this](const QString &event) {
            if (event == QLatin1String("roomLocked") || event == QLatin1String("roomUnlocked"))
                refreshLocks();
            else if (event.startsWith(QLatin1String("booking")))
                refreshBookingCount();
        });
    }
    m_clock.setInterval(TickMs);
    connect(&m_clock, &QTimer::timeout, this, &OverviewPage::tick);
    m_clock.start();
    refresh();
}

QWidget *OverviewPage::statusCard(const QString &title, QLabel *value, QLabel *detail) {
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("statusCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setStyleSheet(
        QStringLiteral("QFrame#statusCard { background: palette(base); "
                       "border: 1px solid palette(midlight); border-radius: 6px; }"));
    auto *heading = new QLabel(title.toUpper(), card);
    heading->setStyleSheet(QStringLiteral(
        "color: palette(mid); font-size: 8pt; font-weight: 600; letter-spacing: 1px;"));
    value->setParent(card);
    value->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detail->setParent(card);
    detail->setStyleSheet(QStringLiteral("color: palette(mid);"));
    detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(heading);
    layout->addWidget(value);
    layout->addWidget(detail);
    return card;
}

void OverviewPage::refresh() {
    if (m_server) {
        m_listen->setText(m_server->listenAddress());
        m_listenDetail->setText(tr("Teachers connect to ws://%1/").arg(m_server->listenAddress()));
        m_uptimeDetail->setText(tr("Started %1").arg(ConsoleText::moment(m_server->startedAt())));
        updateDatabaseState(m_server->isDatabaseListening());
    }
    refreshClients();
    refreshLocks();
    refreshBookingCount();
    updateClocks();
}

void OverviewPage::updateDatabaseState(bool reachable) {
    m_database->setText(reachable ? tr("● Connected") : tr("● Unreachable"));
    m_database->setStyleSheet(
        QStringLiteral("font-size: 13pt; font-weight: 600; color: %1;")
            .arg(reachable ? QStringLiteral("#15803d") : QStringLiteral("#b91c1c")));
    const QString where = SchoolDirectory::databaseLocation();
    m_databaseDetail->setText(reachable ? where : tr("%1 — retrying every few seconds").arg(where));
    if (reachable)
        refreshLocks();
}

void OverviewPage::refreshClients() {
    m_sessionRows.clear();
    int loggedIn = 0;
    if (m_server) {
        for (ClientSession *session : m_server->sessions())
            m_sessionRows.append(session);
    }
    m_clients->setRowCount(int(m_sessionRows.size()));
    for (int row = 0; row < m_sessionRows.size(); ++row) {
        const ClientSession *session = m_sessionRows.at(row);
        QTableWidgetItem *teacher;
        if (session->teacher()) {
            ++loggedIn;
            QString name = session->teacher()->name;
            if (session->teacher()->isAdmin())
                name += tr(" (admin)");
            teacher = cell(name);
            m_clients->setItem(row, ClientUsername, cell(session->teacher()->username));
        } else {
            teacher = cell(tr("Not logged in yet"));
            QFont font = teacher->font();
            font.setItalic(true);
            teacher->setFont(font);
            teacher->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_clients->setItem(row, ClientUsername, cell(QStringLiteral("—")));
        }
        m_clients->setItem(row, ClientTeacher, teacher);
        QHostAddress address = session->peerAddress();
        bool mapped = false;
        const QHostAddress v4(address.toIPv4Address(&mapped));
        m_clients->setItem(row, ClientAddress,
                           cell(QStringLiteral("%1:%2")
                                    .arg((mapped ? v4 : address).toString())
                                    .arg(session->peerPort())));
        m_clients->setItem(row, ClientSince, cell(QString()));
    }
    m_clientsStack->setCurrentIndex(m_sessionRows.isEmpty() ? 1 : 0);
    m_teachers->setText(loggedIn == 1 ? tr("1 teacher") : tr("%1 teachers").arg(loggedIn));
    const int waiting = int(m_sessionRows.size()) - loggedIn;
    m_teachersDetail->setText(waiting == 0   ? tr("All connections logged in")
                              : waiting == 1 ? tr("1 connection not logged in yet")
                                             : tr("%1 connections not logged in yet").arg(waiting));
    m_clientsBox->setTitle(tr("Connected clients (%1)").arg(m_sessionRows.size()));
    updateClocks();
}

void OverviewPage::refreshBookingCount() {
    if (!m_countLoads.start())
        return;
    // Polled and event-driven reads show no busy cursor: it would flicker every two seconds.
    Background::run(
        m_workers, this,
        [] {
            const QDateTime startOfDay(QDate::currentDate(), QTime(0, 0));
            return BookingCounts{
                SchoolDirectory::bookings(startOfDay, startOfDay.addDays(1)).size(),
                SchoolDirectory::bookings(startOfDay, startOfDay.addDays(7)).size()};
        },
        [this](const Background::Result<BookingCounts> &result) {
            if (!m_countLoads.finished())
                return refreshBookingCount(); // bookings changed meanwhile
            try {
                const BookingCounts &counts = result.value();
                m_bookingsToday->setText(counts.today == 1 ? tr("1 booking")
                                                           : tr("%1 bookings").arg(counts.today));
                m_bookingsDetail->setText(tr("%1 in the next 7 days").arg(counts.week));
            } catch (...) {
                m_bookingsToday->setText(tr("Unknown"));
                m_bookingsDetail->setText(AdminErrors::describeCurrent());
            }
        });
}

void OverviewPage::refreshLocks() {
    // A lost database would hold a worker for the connect timeout on every poll.
    if (m_server && !m_server->isDatabaseListening()) {
        setLocksStatus(tr("The database is unreachable; locks cannot be shown."), true);
        m_locksReadFailed = true;
        return;
    }
    // One read at a time: polls and lock events during a slow read become one more read.
    if (!m_lockLoads.start())
        return;
    Background::run(
        m_workers, this, [] { return LockService::list(); },
        [this](const Background::Result<QList<LockInfo>> &result) {
            if (!m_lockLoads.finished())
                return refreshLocks(); // locks changed meanwhile
            try {
                showLocks(result.value());
            } catch (...) {
                setLocksStatus(AdminErrors::describeCurrent(), true);
                m_locksReadFailed = true;
            }
        });
}

void OverviewPage::showLocks(const QList<LockInfo> &locks) {
    // The locks are shown again: why they could not be is no longer true.
    if (m_locksReadFailed)
        m_locksStatus->clear();
    m_locksReadFailed = false;
    const int selectedRow = m_locks->currentRow();
    const qint64 selectedId = selectedRow >= 0 && selectedRow < m_lockRows.size() &&
                                      m_locks->selectionModel()->hasSelection()
                                  ? m_lockRows.at(selectedRow).id
                                  : 0;
    m_lockRows = locks;
    m_locks->setRowCount(int(locks.size()));
    for (int row = 0; row < locks.size(); ++row) {
        const LockInfo &lock = locks.at(row);
        m_locks->setItem(row, LockRoom, cell(lock.roomName));
        m_locks->setItem(row, LockTime, cell(ConsoleText::interval(lock.interval)));
        m_locks->setItem(row, LockHolder, cell(lock.holderName));
        auto *expires = cell(QString());
        expires->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_locks->setItem(row, LockExpires, expires);
        if (lock.id == selectedId)
            m_locks->selectRow(row);
    }
    m_locksStack->setCurrentIndex(locks.isEmpty() ? 1 : 0);
    m_locksBox->setTitle(tr("Active locks (%1)").arg(locks.size()));
    updateClocks();
    updateButtons();
}

void OverviewPage::tick() {
    const bool expired = updateClocks();
    // An expired lock is gone from the database; re-read rather than show it at "0 s".
    if (++m_ticks % LockPollTicks == 0 || expired)
        refreshLocks();
}

bool OverviewPage::updateClocks() {
    const QDateTime now = QDateTime::currentDateTime();
    if (m_server && m_server->startedAt().isValid())
        m_uptime->setText(ConsoleText::duration(m_server->startedAt().secsTo(now)));
    for (int row = 0; row < m_sessionRows.size() && row < m_clients->rowCount(); ++row) {
        if (const ClientSession *session = m_sessionRows.at(row)) {
            if (QTableWidgetItem *item = m_clients->item(row, ClientSince))
                item->setText(
                    tr("%1 (%2 ago)")
                        .arg(ConsoleText::moment(session->connectedSince()),
                             ConsoleText::duration(session->connectedSince().secsTo(now))));
        }
    }
    bool expired = false;
    for (int row = 0; row < m_lockRows.size() && row < m_locks->rowCount(); ++row) {
        QTableWidgetItem *item = m_locks->item(row, LockExpires);
        const qint64 left = now.msecsTo(m_lockRows.at(row).expiresAt);
        // Round up: a lock with 0.4 s left is still there.
        const qint64 seconds = (left + 999) / 1000;
        expired = expired || left <= 0;
        item->setText(left > 0 ? tr("%1 s").arg(seconds) : tr("expiring…"));
        item->setForeground(seconds <= 5 ? QColor(0xb4, 0x53, 0x09)
                                         : palette().color(QPalette::Text));
    }
    return expired;
}

void OverviewPage::updateButtons() {
    const bool selected = m_locks->selectionModel()->hasSelection() && m_locks->currentRow() >= 0 &&
                          m_locks->currentRow() < m_lockRows.size();
    m_forceRelease->setEnabled(selected);
    // A disabled button alone does not say how to enable it.
    if (!selected && !m_lockRows.isEmpty() && m_locksStatus->text().isEmpty())
        setLocksStatus(tr("Select a lock to release it by force."), false);
    else if (selected && m_locksStatus->text() == tr("Select a lock to release it by force."))
        m_locksStatus->clear();
}

void OverviewPage::setLocksStatus(const QString &text, bool error) {
    m_locksStatus->setText(text);
    m_locksStatus->setStyleSheet(error ? QStringLiteral("color: #b91c1c;") : QString());
}

bool OverviewPage::forceReleaseSelected() {
    const int row = m_locks->currentRow();
    if (row < 0 || row >= m_lockRows.size())
        return false;
    const LockInfo lock = m_lockRows.at(row);
    QMessageBox ask(QMessageBox::Warning, tr("Force-release lock"),
                    tr("Force-release %1's lock on %2?").arg(lock.holderName, lock.roomName),
                    QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("forceReleaseConfirmation"));
    ask.setInformativeText(
        tr("%1\n\nUse this when a confirmation is stuck. The teacher's booking then completes "
           "or fails with a clear message; no booking is removed.")
            .arg(ConsoleText::interval(lock.interval)));
    QPushButton *release = ask.addButton(tr("Force release"), QMessageBox::DestructiveRole);
    release->setObjectName(QStringLiteral("confirmForceReleaseButton"));
    QPushButton *keep = ask.addButton(tr("Keep lock"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepLockButton"));
    ask.setDefaultButton(keep);
    ask.exec();
    if (ask.clickedButton() != release)
        return false;
    setLocksStatus(tr("Releasing %1's lock on %2…").arg(lock.holderName, lock.roomName), false);
    m_forceRelease->setEnabled(false);
    Background::run(
        m_workers, this, [id = lock.id] { return AdminService::forceReleaseLock(id); },
        [this, lock](const Background::Result<bool> &result) {
            try {
                setLocksStatus(
                    result.value()
                        ? tr("Released %1's lock on %2.").arg(lock.holderName, lock.roomName)
                        : tr("That lock had already ended."),
                    false);
            } catch (...) {
                setLocksStatus(AdminErrors::describeCurrent(), true);
            }
            m_lockLoads.invalidate(); // a read still on its way may show the lock
            refreshLocks();
        });
    return true;
}
