#include "MainWindow.h"

#include "ClaimDialog.h"
#include "DisplayText.h"
#include "ErrorCodes.h"
#include "MyBookingsPanel.h"
#include "PeriodSlot.h"
#include "RecommendationCard.h"
#include "Rfc3339.h"
#include "SearchPanel.h"
#include "ToastArea.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QVBoxLayout>
#include <memory>

namespace {
// How far ahead the start-up looks for a day with a lesson still to come.
constexpr int DaysToLookAhead = 14;

QString timeRange(const Interval &interval) {
    return DisplayText::range(interval);
}
} // namespace

MainWindow::MainWindow(Connection *connection, QWidget *parent)
    : QMainWindow(parent), m_connection(connection) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("RoomClaim"));
    buildUi();
    connect(m_connection, &Connection::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_connection, &Connection::eventReceived, this, &MainWindow::onEvent);
    connect(m_connection, &Connection::resumed, this, [this] {
        notify(tr("Back online. Results are up to date."), int(Toast::Kind::Success));
        refreshAll();
    });
    connect(m_connection, &Connection::sessionLost, this, [this](const QString &message) {
        notify(tr("You were logged out: %1").arg(message), int(Toast::Kind::Warning));
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
    outer->addWidget(header);

    m_banner = new QLabel(
        tr("Offline — the server cannot be reached. RoomClaim keeps trying to reconnect; "
           "what you see may be out of date."),
        central);
    m_banner->setObjectName(QStringLiteral("offlineBanner"));
    static_cast<QLabel *>(m_banner)->setWordWrap(true);
    m_banner->hide();
    outer->addWidget(m_banner);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(20, 16, 20, 16);
    body->setSpacing(20);

    auto *sidebar = new QWidget(central);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setFixedWidth(330);
    auto *sideLayout = new QVBoxLayout(sidebar);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(24);
    m_searchPanel = new SearchPanel(sidebar);
    sideLayout->addWidget(m_searchPanel);
    auto *bookingsScroll = new QScrollArea(sidebar);
    bookingsScroll->setWidgetResizable(true);
    bookingsScroll->setFrameShape(QFrame::NoFrame);
    bookingsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_myBookings = new MyBookingsPanel(bookingsScroll);
    bookingsScroll->setWidget(m_myBookings);
    sideLayout->addWidget(bookingsScroll, 1);
    body->addWidget(sidebar);

    auto *main = new QVBoxLayout;
    main->setSpacing(10);
    m_resultsTitle = new QLabel(central);
    m_resultsTitle->setObjectName(QStringLiteral("resultsTitle"));
    main->addWidget(m_resultsTitle);
    m_results = new ResultsView(central);
    main->addWidget(m_results, 1);
    body->addLayout(main, 1);
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
    connect(m_searchPanel, &SearchPanel::dateChosen, this,
            [this](const QDate &date) { loadDay(date); });
    connect(m_searchPanel, &SearchPanel::monthShown, this, &MainWindow::loadMonth);
    connect(m_results, &ResultsView::claimRequested, this, &MainWindow::openClaimDialog);
    connect(m_myBookings, &MyBookingsPanel::cancelRequested, this, &MainWindow::askToCancel);
    connect(m_myBookings, &MyBookingsPanel::cancelLaterRequested, this,
            &MainWindow::askToCancelLater);
    connect(m_myBookings, &MyBookingsPanel::scheduleNeeded, this, &MainWindow::loadSchedule);
    resize(1180, 760);
}

QString MainWindow::statusText() const {
    return m_statusLabel->text();
}

void MainWindow::refreshAll() {
    m_userLabel->setText(tr("Logged in as %1").arg(m_connection->teacher().name));
    if (m_searchPanel->day().date.isValid())
        loadDay(m_searchPanel->date());
    else
        loadDay(QDate::currentDate(), true);
    m_loadedMonths.clear();
    loadMonth(m_searchPanel->shownYear(), m_searchPanel->shownMonth());
    m_myBookings->clearSchedules();
    loadFeatures();
    loadMyBookings();
}

void MainWindow::loadDay(const QDate &date, bool findSchoolDay, int attempt) {
    // The periods and the calendar entry travel in two requests; the day is shown when both
    // have answered, unless another date was chosen meanwhile.
    struct Answers {
        std::optional<SchoolDay> day;
        std::optional<QList<PeriodSlot>> periods;
        QString closed;
        QString week;
    };
    const quint64 generation = ++m_dayGeneration;
    auto answers = std::make_shared<Answers>();
    auto finish = [this, answers, generation, date, findSchoolDay, attempt] {
        if (!answers->day || !answers->periods || generation != m_dayGeneration)
            return;
        SchoolDay day = *answers->day;
        if (!answers->closed.isEmpty() && day.open) {
            day.open = false;
            day.reason = answers->closed;
        }
        if (day.week.isEmpty())
            day.week = answers->week;
        const QList<PeriodSlot> &periods = *answers->periods;
        const QDateTime now = QDateTime::currentDateTime();
        const bool lessonAhead = std::any_of(periods.cbegin(), periods.cend(), [&](auto &slot) {
            return QDateTime(date, slot.end) > now;
        });
        if (findSchoolDay && (!day.open || !lessonAhead) && attempt < DaysToLookAhead)
            return loadDay(date.addDays(1), true, attempt + 1);
        m_searchPanel->showDay(day, periods, findSchoolDay);
    };
    const QString isoDate = date.toString(Qt::ISODate);
    m_connection->request(QStringLiteral("listPeriods"), {{QStringLiteral("date"), isoDate}},
                          [this, answers, finish](const ServerReply &reply) {
                              if (!reply.ok)
                                  return notify(reply.message, int(Toast::Kind::Warning));
                              answers->periods = PeriodSlot::listFromJson(
                                  reply.body.value(QStringLiteral("periods")).toArray());
                              answers->closed =
                                  reply.body.value(QStringLiteral("closed")).toString();
                              answers->week = reply.body.value(QStringLiteral("week")).toString();
                              finish();
                          });
    m_connection->request(QStringLiteral("listCalendar"),
                          {{QStringLiteral("from"), isoDate}, {QStringLiteral("to"), isoDate}},
                          [answers, finish, date](const ServerReply &reply) {
                              // A server without a school calendar has every day open.
                              SchoolDay day;
                              day.date = date;
                              const QJsonArray days =
                                  reply.body.value(QStringLiteral("days")).toArray();
                              if (reply.ok && !days.isEmpty())
                                  day = SchoolDay::fromJson(days.first().toObject());
                              answers->day = day;
                              finish();
                          });
}

void MainWindow::loadMonth(int year, int month) {
    const int key = year * 12 + month;
    if (m_loadedMonths.contains(key))
        return;
    m_loadedMonths.insert(key);
    // The picker also shows the ends of the neighbouring months.
    const QDate first = QDate(year, month, 1).addDays(-7);
    const QDate last = QDate(year, month, 1).addMonths(1).addDays(14);
    m_connection->request(QStringLiteral("listCalendar"),
                          {{QStringLiteral("from"), first.toString(Qt::ISODate)},
                           {QStringLiteral("to"), last.toString(Qt::ISODate)}},
                          [this, key](const ServerReply &reply) {
                              if (!reply.ok) {
                                  m_loadedMonths.remove(key);
                                  return;
                              }
                              QList<SchoolDay> days;
                              for (const QJsonValue &value :
                                   reply.body.value(QStringLiteral("days")).toArray())
                                  days << SchoolDay::fromJson(value.toObject());
                              m_searchPanel->setCalendarDays(days);
                          });
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
        return; // the date's periods are on their way; loadDay searches when they arrive
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
                                  m_results->showMessage(reply.message);
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
        m_statusLabel->setText(tr("● Connected to %1").arg(m_connection->serverUrl().authority()));
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
        loadDay(m_searchPanel->date());
        m_myBookings->clearSchedules();
        notify(tr("The school's bell schedule was updated."), int(Toast::Kind::Info));
    } else if (event == QLatin1String("calendarChanged")) {
        loadDay(m_searchPanel->date());
        m_loadedMonths.clear();
        loadMonth(m_searchPanel->shownYear(), m_searchPanel->shownMonth());
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
        notify(tr("%1 just booked %2 (%3).")
                   .arg(booking.teacherName, booking.roomName, timeRange(booking.interval)),
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
                         .arg(canceledBy, booking.roomName, timeRange(booking.interval))
                   : tr("%1 canceled your booking of %2 (%3): %4")
                         .arg(canceledBy, booking.roomName, timeRange(booking.interval), reason),
               int(Toast::Kind::Warning));
    }
    if (concernsCurrentSearch(booking.roomId, booking.interval)) {
        search();
        if (!mine)
            notify(tr("%1 is free again (%2).").arg(booking.roomName, timeRange(booking.interval)),
                   int(Toast::Kind::Info));
    }
}

void MainWindow::openClaimDialog(const Room &room) {
    if (m_claimDialog)
        m_claimDialog->close();
    auto *dialog = new ClaimDialog(m_connection, room, m_searchPanel->criteria().interval,
                                   m_searchPanel->describePeriod(), m_searchPanel->day(),
                                   m_searchPanel->periods(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFallbackRoom([this](qint64 exceptRoomId) { return nextBestRoom(exceptRoomId); });
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
    notify(
        tr("Room booked successfully: %1, %2.").arg(booking.roomName, timeRange(booking.interval)),
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
    auto *prompt = new QMessageBox(
        QMessageBox::Question, tr("Cancel booking"),
        tr("Cancel your booking of %1 on %2?\nColleagues will see the room as free again.")
            .arg(booking.roomName, timeRange(booking.interval)),
        QMessageBox::NoButton, this);
    prompt->setObjectName(QStringLiteral("cancelPrompt"));
    QPushButton *yes = prompt->addButton(tr("Cancel Booking"), QMessageBox::DestructiveRole);
    prompt->addButton(tr("Keep It"), QMessageBox::RejectRole);
    prompt->setDefaultButton(yes);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(prompt, &QMessageBox::buttonClicked, this,
            [this, yes, booking](QAbstractButton *button) {
                if (button == yes)
                    cancelBooking(booking);
            });
    m_cancelPrompt = prompt;
    prompt->open();
}

void MainWindow::askToCancelLater(const Booking &booking) {
    const qsizetype dates = std::count_if(
        m_myBookings->bookings().cbegin(), m_myBookings->bookings().cend(), [&](const Booking &b) {
            return b.seriesId == booking.seriesId && b.interval.start() >= booking.interval.start();
        });
    const QString question =
        dates <= 1 ? tr("Cancel your booking of %1 on %2, the last date of this series?\n"
                        "Colleagues will see the room as free again.")
                         .arg(booking.roomName, timeRange(booking.interval))
                   : tr("Cancel your booking of %1 on %2 and every later date of this series "
                        "(%3 dates in all)?\nColleagues will see the room as free again.")
                         .arg(booking.roomName, timeRange(booking.interval))
                         .arg(dates);
    auto *prompt = new QMessageBox(QMessageBox::Question, tr("Cancel dates of a series"), question,
                                   QMessageBox::NoButton, this);
    prompt->setObjectName(QStringLiteral("cancelPrompt"));
    QPushButton *yes = prompt->addButton(tr("Cancel These Dates"), QMessageBox::DestructiveRole);
    prompt->addButton(tr("Keep Them"), QMessageBox::RejectRole);
    prompt->setDefaultButton(yes);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(prompt, &QMessageBox::buttonClicked, this,
            [this, yes, booking](QAbstractButton *button) {
                if (button == yes)
                    cancelLater(booking);
            });
    m_cancelPrompt = prompt;
    prompt->open();
}

void MainWindow::cancelLater(const Booking &booking) {
    m_connection->request(
        QStringLiteral("cancelSeries"),
        {{QStringLiteral("seriesId"), booking.seriesId},
         {QStringLiteral("from"), Rfc3339::formatLocal(booking.interval.start())}},
        [this, booking](const ServerReply &reply) {
            if (!reply.ok && reply.code != ErrorCodes::SeriesNotFound)
                return notify(reply.message, int(Toast::Kind::Warning));
            const QJsonArray canceled = reply.body.value(QStringLiteral("bookings")).toArray();
            for (const QJsonValue &value : canceled)
                m_myBookings->removeBooking(Booking::fromJson(value.toObject()).id);
            if (!reply.ok)
                return loadMyBookings(); // gone already: show what is left
            notify(canceled.size() == 1
                       ? tr("1 date of %1 canceled.").arg(booking.roomName)
                       : tr("%1 dates of %2 canceled.").arg(canceled.size()).arg(booking.roomName),
                   int(Toast::Kind::Success));
        });
}

void MainWindow::cancelBooking(const Booking &booking) {
    m_connection->request(
        QStringLiteral("cancelBooking"), {{QStringLiteral("bookingId"), booking.id}},
        [this, booking](const ServerReply &reply) {
            if (!reply.ok && reply.code != ErrorCodes::BookingNotFound)
                return notify(reply.message, int(Toast::Kind::Warning));
            m_myBookings->removeBooking(booking.id);
            notify(tr("Booking of %1 canceled.").arg(booking.roomName), int(Toast::Kind::Success));
        });
}

void MainWindow::notify(const QString &text, int kind) {
    m_toasts->show(text, Toast::Kind(kind));
    if (m_tray && (isMinimized() || !isActiveWindow()))
        m_tray->showMessage(tr("RoomClaim"), text, QSystemTrayIcon::Information, 5000);
}
