// SPDX-License-Identifier: GPL-3.0-or-later

#include "MainWindow.h"

#include "BookingCanceller.h"
#include "CalendarActions.h"
#include "ClaimDialog.h"
#include "DisplayText.h"
#include "FavouriteRooms.h"
#include "LanguageMenu.h"
#include "LoginDialog.h"
#include "MyBookingsPanel.h"
#include "NotificationsDialog.h"
#include "PeriodSlot.h"
#include "RecommendationCard.h"
#include "ReplyText.h"
#include "Rfc3339.h"
#include "SchoolDayLoader.h"
#include "SearchPanel.h"
#include "SecurityLabel.h"
#include "ToastArea.h"
#include "ViewTabs.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

MainWindow::MainWindow(Connection *connection, QWidget *parent)
    : QMainWindow(parent), m_connection(connection),
      m_favourites(new FavouriteRooms(connection, this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("RoomClaim"));
    buildUi();
    connect(m_favourites, &FavouriteRooms::failed, this,
            [this](const QString &message) { notify(message, int(Toast::Kind::Warning)); });
    connect(m_connection, &Connection::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_connection, &Connection::eventReceived, this, &MainWindow::onEvent);
    connect(m_connection, &Connection::resumed, this, [this] {
        notify(tr("Back online. Results are up to date."), int(Toast::Kind::Success));
        refreshAll();
    });
    connect(m_connection, &Connection::sessionLost, this, &MainWindow::askToLogInAgain);
    // A refused certificate on reconnect is shown, not retried silently (nor in plain text).
    connect(m_connection, &Connection::secureConnectionFailed, this,
            [this](const QString &, const QString &message) {
                static_cast<QLabel *>(m_banner)->setText(
                    tr("Offline — %1 RoomClaim keeps trying, checking the certificate each time.")
                        .arg(message));
                m_banner->show();
            });
    onStateChanged(m_connection->state());
}

void MainWindow::buildUi() {
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("central"));
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    auto *header = new QFrame(central);
    header->setObjectName(QStringLiteral("headerBar"));
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(20, 12, 20, 12);
    auto *brand = new QLabel(tr("RoomClaim"), header);
    brand->setObjectName(QStringLiteral("brand"));
    headerLayout->addWidget(brand);
    headerLayout->addStretch(1);
    m_userLabel = new QLabel(header);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    headerLayout->addWidget(m_userLabel);
    headerLayout->addSpacing(12);
    m_notificationsButton = new QToolButton(header);
    m_notificationsButton->setObjectName(QStringLiteral("notificationsButton"));
    m_notificationsButton->setText(tr("&Notifications"));
    m_notificationsButton->setAccessibleName(tr("Recent notifications"));
    m_notificationsButton->setToolTip(
        // Always more than one (ToastArea::MaxRecent), so the English needs no plural form.
        tr("Read the last %n notifications again", nullptr, ToastArea::MaxRecent));
    m_notificationsButton->setAccessibleDescription(m_notificationsButton->toolTip());
    m_notificationsButton->setFocusPolicy(Qt::StrongFocus);
    m_notificationsButton->setCursor(Qt::PointingHandCursor);
    headerLayout->addWidget(m_notificationsButton);
    // The language setting, where a teacher who cannot read the current language still finds
    // it (the choices are named in their own languages).
    auto *language = new QToolButton(header);
    language->setObjectName(QStringLiteral("languageButton"));
    language->setText(tr("Language"));
    language->setToolTip(tr("The language of RoomClaim"));
    language->setPopupMode(QToolButton::InstantPopup);
    auto *languages = new LanguageMenu(language);
    language->setMenu(languages);
    connect(languages, &LanguageMenu::languageChosen, this, [this](const QString &code) {
        notify(LanguageMenu::changedText(code), int(Toast::Kind::Info));
    });
    headerLayout->addWidget(language);
    outer->addWidget(header);

    m_banner = new QLabel(offlineText(), central);
    m_banner->setObjectName(QStringLiteral("offlineBanner"));
    static_cast<QLabel *>(m_banner)->setWordWrap(true);
    m_banner->hide();
    outer->addWidget(m_banner);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(20, 16, 20, 16);
    body->setSpacing(20);

    auto *sidebar = new QWidget(central);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    auto *sideLayout = new QVBoxLayout(sidebar);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(24);
    m_searchPanel = new SearchPanel(sidebar);
    sideLayout->addWidget(m_searchPanel);
    // 330 pixels at the usual 10 pt, wider with a larger font or a language with longer labels
    // ("Tamaño del grupo"), so that nothing in it is cut off.
    sidebar->setFixedWidth(std::max({330, sidebar->fontMetrics().averageCharWidth() * 47,
                                     m_searchPanel->minimumSizeHint().width()}));
    auto *bookingsScroll = new QScrollArea(sidebar);
    bookingsScroll->setWidgetResizable(true);
    bookingsScroll->setFrameShape(QFrame::NoFrame);
    bookingsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Tab goes to the bookings' buttons, and the area scrolls to show the one focused.
    bookingsScroll->setFocusPolicy(Qt::NoFocus);
    bookingsScroll->setAccessibleName(tr("My Bookings"));
    m_myBookings = new MyBookingsPanel(bookingsScroll);
    // Never wider than the room beside the scroll bar, which would hide the Cancel buttons.
    m_myBookings->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bookingsScroll->setWidget(m_myBookings);
    sideLayout->addWidget(bookingsScroll, 1);
    body->addWidget(sidebar);

    m_resultsTitle = new QLabel(central);
    m_resultsTitle->setObjectName(QStringLiteral("resultsTitle"));
    m_results = new ResultsView(central);
    m_results->setFavourites(m_favourites);
    m_tabs =
        new ViewTabs(m_resultsTitle, m_results, m_connection, m_favourites, m_searchPanel, central);
    body->addWidget(m_tabs, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("connectionStatus"));
    statusBar()->addPermanentWidget(m_statusLabel);
    m_toasts = new ToastArea(central);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(style()->standardIcon(QStyle::SP_ComputerIcon), this);
        m_tray->setToolTip(tr("RoomClaim"));
        m_tray->show();
    }

    connect(m_searchPanel, &SearchPanel::criteriaChanged, this, &MainWindow::search);
    connect(m_searchPanel, &SearchPanel::searchRequested, this, &MainWindow::onSearchRequested);
    connect(m_notificationsButton, &QToolButton::clicked, this, &MainWindow::showNotifications);
    m_dayLoader = new SchoolDayLoader(m_connection, m_searchPanel, this);
    connect(m_dayLoader, &SchoolDayLoader::loadFailed, this,
            [this](const QString &message) { notify(message, int(Toast::Kind::Warning)); });
    connect(m_results, &ResultsView::claimRequested, this, &MainWindow::openClaimDialog);
    connect(m_tabs, &ViewTabs::claimRequested, this, &MainWindow::openClaimAt);
    m_calendar = new CalendarActions(m_connection, m_myBookings, m_toasts, this);
    m_canceller = new BookingCanceller(m_connection, m_myBookings, this);
    connect(m_canceller, &BookingCanceller::notice, this,
            [this](const QString &text, Toast::Kind kind) { notify(text, int(kind)); });
    connect(m_canceller, &BookingCanceller::bookingsOutdated, this, &MainWindow::loadMyBookings);
    connect(m_myBookings, &MyBookingsPanel::cancelRequested, this, &MainWindow::askToCancel);
    connect(m_myBookings, &MyBookingsPanel::cancelLaterRequested, this,
            &MainWindow::askToCancelLater);
    connect(m_myBookings, &MyBookingsPanel::scheduleNeeded, this, &MainWindow::loadSchedule);
    buildShortcuts();
    resize(1180, 760);
}

void MainWindow::buildShortcuts() {
    // Standard keys where there are some: Ctrl+F finds; Alt+Left and Alt+Right (the views'
    // own) step a day; Ctrl+Return claims; the claim dialog confirms with Enter and closes with
    // Esc. Each is named in the tooltip of what it acts on.
    auto *find = new QAction(tr("Find a free room"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_tabs->showFreeRooms();
        m_searchPanel->focusFirstField();
    });
    addAction(find);
    auto *claim = new QAction(tr("Claim the room"), this);
    claim->setShortcuts(
        {RecommendationCard::claimShortcut(), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(claim, &QAction::triggered, this, &MainWindow::claimFocusedRoom);
    addAction(claim);
    connect(this, &MainWindow::searchCompleted, this, [this] {
        if (!m_focusResultsAfterSearch)
            return;
        m_focusResultsAfterSearch = false;
        if (!m_results->cards().isEmpty())
            m_results->cards().first()->claimButton()->setFocus(Qt::ShortcutFocusReason);
    });
}

void MainWindow::onSearchRequested() {
    // Return in the search: the results, with the keyboard on the best match's Claim button.
    m_tabs->showFreeRooms();
    m_focusResultsAfterSearch = true;
    search();
}

void MainWindow::claimFocusedRoom() {
    if (m_tabs->currentIndex() != 0)
        return;
    for (QWidget *widget = QApplication::focusWidget(); widget; widget = widget->parentWidget()) {
        if (auto *card = qobject_cast<RecommendationCard *>(widget)) {
            if (m_results->cards().contains(card))
                return openClaimDialog(card->room());
        }
    }
    if (!m_results->cards().isEmpty())
        openClaimDialog(m_results->cards().first()->room());
}

void MainWindow::showNotifications() {
    if (!m_notificationsDialog) {
        m_notificationsDialog = new NotificationsDialog(m_toasts, this);
        m_notificationsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_notificationsDialog->show();
    m_notificationsDialog->raise();
    m_notificationsDialog->activateWindow();
}

QString MainWindow::offlineText() {
    return tr("Offline — the server cannot be reached. RoomClaim keeps trying to reconnect; "
              "what you see may be out of date.");
}

QString MainWindow::offlineBannerText() const {
    return static_cast<const QLabel *>(m_banner)->text();
}

QString MainWindow::statusText() const {
    return m_statusLabel->text();
}

void MainWindow::refreshAll() {
    m_userLabel->setText(tr("Logged in as %1").arg(m_connection->teacher().name));
    if (m_searchPanel->day().date.isValid())
        m_dayLoader->loadDay(m_searchPanel->date());
    else
        m_dayLoader->loadDay(QDate::currentDate(), true);
    m_dayLoader->reloadMonths();
    m_myBookings->clearSchedules();
    loadFeatures();
    loadMyBookings();
}

void MainWindow::loadSchedule(const QDate &date) {
    m_connection->request(
        QStringLiteral("listPeriods"), {{QStringLiteral("date"), date.toString(Qt::ISODate)}},
        [this, date](const ServerReply &reply) {
            if (!reply.ok)
                return;
            m_myBookings->setSchedule(
                date.dayOfWeek(),
                PeriodSlot::listFromJson(reply.body.value(QStringLiteral("periods")).toArray()));
        });
}

void MainWindow::loadFeatures() {
    m_connection->request(QStringLiteral("listRooms"), {}, [this](const ServerReply &reply) {
        if (!reply.ok)
            return;
        QStringList features;
        for (const QJsonValue &room : reply.body.value(QStringLiteral("rooms")).toArray()) {
            for (const QJsonValue &feature :
                 room.toObject().value(QStringLiteral("features")).toArray()) {
                if (!features.contains(feature.toString()))
                    features << feature.toString();
            }
        }
        features.sort();
        m_searchPanel->setFeatures(features);
    });
}

void MainWindow::loadMyBookings() {
    m_connection->request(QStringLiteral("myBookings"), {}, [this](const ServerReply &reply) {
        if (!reply.ok)
            return;
        QList<Booking> bookings;
        for (const QJsonValue &value : reply.body.value(QStringLiteral("bookings")).toArray())
            bookings << Booking::fromJson(value.toObject());
        m_myBookings->setBookings(bookings);
    });
}

void MainWindow::search() {
    const SearchCriteria criteria = m_searchPanel->criteria();
    if (!criteria.isValid())
        return;
    const SchoolDay &day = m_searchPanel->day();
    if (day.date != criteria.interval.start().date())
        return; // the date's periods are on their way; the day loader shows them, then we search
    const quint64 generation = ++m_searchGeneration;
    m_resultsTitle->setText(tr("Free rooms · %1").arg(m_searchPanel->describeTime()));
    if (!day.open) {
        m_shown = {};
        m_resultsTitle->setText(tr("Free rooms · %1").arg(DisplayText::day(day.date)));
        m_results->showMessage(day.reason.isEmpty() ? tr("School closed")
                                                    : tr("School closed: %1").arg(day.reason));
        ++m_searchesCompleted;
        emit searchCompleted();
        return;
    }
    m_connection->request(QStringLiteral("searchRooms"), criteria.toParams(),
                          [this, generation, criteria](const ServerReply &reply) {
                              // A newer search has gone out since: this answer is stale.
                              if (generation != m_searchGeneration)
                                  return;
                              ++m_searchesCompleted;
                              if (!reply.ok) {
                                  m_results->showMessage(ReplyText::of(reply));
                                  emit searchCompleted();
                                  return;
                              }
                              QList<FreeRoom> results;
                              for (const QJsonValue &value :
                                   reply.body.value(QStringLiteral("rooms")).toArray())
                                  results << FreeRoom::fromJson(value.toObject());
                              m_shown = criteria;
                              m_results->showResults(results, criteria);
                              emit searchCompleted();
                          });
}

void MainWindow::onStateChanged(Connection::State state) {
    switch (state) {
    case Connection::State::Online:
        m_statusLabel->setText(tr("● Connected to %1 — %2")
                                   .arg(m_connection->serverUrl().authority(),
                                        SecurityLabel::shortText(m_connection->linkSecurity())));
        static_cast<QLabel *>(m_banner)->setText(offlineText());
        m_banner->hide();
        break;
    case Connection::State::Reconnecting:
        m_statusLabel->setText(tr("○ Reconnecting…"));
        m_banner->show();
        break;
    case Connection::State::Connecting:
    case Connection::State::LoggingIn:
        m_statusLabel->setText(tr("○ Connecting…"));
        break;
    case Connection::State::Offline:
        m_statusLabel->setText(tr("○ Offline"));
        m_banner->show();
        break;
    }
}

bool MainWindow::concernsCurrentSearch(qint64 roomId, const Interval &interval) const {
    Q_UNUSED(roomId);
    return m_shown.isValid() && m_shown.interval.overlaps(interval);
}

void MainWindow::askToLogInAgain(const QString &reason) {
    if (findChild<LoginDialog *>())
        return; // one is open already
    auto *login = new LoginDialog(m_connection, this);
    login->setAttribute(Qt::WA_DeleteOnClose);
    login->setServer(m_connection->serverUrl().toString());
    login->setUsername(m_connection->teacher().username);
    login->showReason(tr("You were logged out: %1").arg(reason));
    connect(login, &QDialog::accepted, this, &MainWindow::refreshAll);
    connect(login, &QDialog::rejected, this, &QWidget::close);
    login->open();
}

void MainWindow::onEvent(const QString &event, const QJsonObject &payload) {
    const Interval interval(Rfc3339::parse(payload.value(QStringLiteral("start")).toString()),
                            Rfc3339::parse(payload.value(QStringLiteral("end")).toString()));
    const qint64 roomId = payload.value(QStringLiteral("roomId")).toInteger();
    if (event == QLatin1String("bookingCreated")) {
        onBookingCreated(Booking::fromJson(payload.value(QStringLiteral("booking")).toObject()));
    } else if (event == QLatin1String("bookingCanceled")) {
        onBookingCanceled(Booking::fromJson(payload.value(QStringLiteral("booking")).toObject()),
                          payload.value(QStringLiteral("canceledBy")).toString(),
                          payload.value(QStringLiteral("reason")).toString());
    } else if (event == QLatin1String("roomLocked")) {
        const QString holder = payload.value(QStringLiteral("holder")).toString();
        if (holder != m_connection->teacher().name && concernsCurrentSearch(roomId, interval))
            m_results->setLockedBy(roomId, holder);
    } else if (event == QLatin1String("roomUnlocked")) {
        if (concernsCurrentSearch(roomId, interval))
            m_results->setLockedBy(roomId, QString());
    } else if (event == QLatin1String("periodsChanged")) {
        m_dayLoader->loadDay(m_searchPanel->date());
        m_myBookings->clearSchedules();
        notify(tr("The school's bell schedule was updated."), int(Toast::Kind::Info));
    } else if (event == QLatin1String("calendarChanged")) {
        m_dayLoader->loadDay(m_searchPanel->date());
        m_dayLoader->reloadMonths();
        notify(tr("The school calendar was updated."), int(Toast::Kind::Info));
    } else if (event == QLatin1String("roomsChanged")) {
        loadFeatures();
        search();
        notify(tr("The school's room list was updated."), int(Toast::Kind::Info));
    }
}

void MainWindow::onBookingCreated(const Booking &booking) {
    const bool mine = booking.teacherId == m_connection->teacher().id;
    if (mine)
        m_myBookings->addBooking(booking);
    if (concernsCurrentSearch(booking.roomId, booking.interval) &&
        m_results->removeRoom(booking.roomId) && !mine)
        notify(
            tr("%1 just booked %2 (%3).")
                .arg(booking.teacherName, booking.roomName, DisplayText::range(booking.interval)),
            int(Toast::Kind::Info));
}

void MainWindow::onBookingCanceled(const Booking &booking, const QString &canceledBy,
                                   const QString &reason) {
    const bool mine = booking.teacherId == m_connection->teacher().id;
    if (mine)
        m_myBookings->removeBooking(booking.id);
    if (mine && canceledBy != m_connection->teacher().name) {
        notify(reason.isEmpty()
                   ? tr("%1 canceled your booking of %2 (%3).")
                         .arg(canceledBy, booking.roomName, DisplayText::range(booking.interval))
                   : tr("%1 canceled your booking of %2 (%3): %4")
                         .arg(canceledBy, booking.roomName, DisplayText::range(booking.interval),
                              reason),
               int(Toast::Kind::Warning));
    }
    if (concernsCurrentSearch(booking.roomId, booking.interval)) {
        search();
        if (!mine)
            notify(tr("%1 is free again (%2).")
                       .arg(booking.roomName, DisplayText::range(booking.interval)),
                   int(Toast::Kind::Info));
    }
}

void MainWindow::openClaimDialog(const Room &room) {
    openClaimAt(room, m_searchPanel->criteria().interval, m_searchPanel->describePeriod(),
                m_searchPanel->day(), m_searchPanel->periods());
    m_claimDialog->setFallbackRoom([this](qint64 exceptId) { return nextBestRoom(exceptId); });
}

void MainWindow::openClaimAt(const Room &room, const Interval &interval, const QString &period,
                             const SchoolDay &day, const QList<PeriodSlot> &periods) {
    if (m_claimDialog)
        m_claimDialog->close();
    auto *dialog = new ClaimDialog(m_connection, room, interval, period, day, periods, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ClaimDialog::bookingConfirmed, this, &MainWindow::onBookingConfirmed);
    connect(dialog, &ClaimDialog::seriesConfirmed, this, &MainWindow::onSeriesConfirmed);
    connect(dialog, &ClaimDialog::roomTaken, this, [this](qint64 roomId, const Interval &interval) {
        // It is taken: never offer it again for this time.
        if (concernsCurrentSearch(roomId, interval))
            m_results->removeRoom(roomId);
    });
    m_claimDialog = dialog;
    dialog->open();
}

void MainWindow::onBookingConfirmed(const Booking &booking) {
    m_myBookings->addBooking(booking);
    if (concernsCurrentSearch(booking.roomId, booking.interval))
        m_results->removeRoom(booking.roomId);
    notify(tr("Room booked successfully: %1, %2.")
               .arg(booking.roomName, DisplayText::range(booking.interval)),
           int(Toast::Kind::Success));
}

void MainWindow::onSeriesConfirmed(const QList<Booking> &bookings, int skipped) {
    for (const Booking &booking : bookings) {
        m_myBookings->addBooking(booking);
        if (concernsCurrentSearch(booking.roomId, booking.interval))
            m_results->removeRoom(booking.roomId);
    }
    if (bookings.isEmpty())
        return notify(tr("No date of the series could be booked."), int(Toast::Kind::Warning));
    const QString room = bookings.first().roomName;
    const QString booked = bookings.size() == 1
                               ? tr("Series booked: %1, 1 date.").arg(room)
                               : tr("Series booked: %1, %2 dates.").arg(room).arg(bookings.size());
    notify(skipped == 0 ? booked : tr("%1 Not booked: %2.").arg(booked).arg(skipped),
           int(Toast::Kind::Success));
}

std::optional<Room> MainWindow::nextBestRoom(qint64 exceptRoomId) const {
    // Cards are in the server's order, best match first.
    for (const RecommendationCard *card : m_results->cards()) {
        if (card->room().id != exceptRoomId && card->lockedBy().isEmpty())
            return card->room();
    }
    return std::nullopt;
}

void MainWindow::askToCancel(const Booking &booking) {
    m_canceller->askToCancel(booking);
}

void MainWindow::askToCancelLater(const Booking &booking) {
    m_canceller->askToCancelLater(booking);
}

QMessageBox *MainWindow::cancelPrompt() const {
    return m_canceller->prompt();
}

void MainWindow::notify(const QString &text, int kind) {
    m_toasts->show(text, Toast::Kind(kind));
    if (m_tray && (isMinimized() || !isActiveWindow()))
        m_tray->showMessage(tr("RoomClaim"), text, QSystemTrayIcon::Information, 5000);
}
