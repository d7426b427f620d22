#include "WeekView.h"

#include "BookingGrid.h"
#include "BookingGridModel.h"
#include "Connection.h"
#include "DisplayText.h"
#include "FavouriteRooms.h"
#include "GridNavigation.h"
#include "GridRequests.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QVBoxLayout>

WeekView::WeekView(Connection *connection, FavouriteRooms *favourites, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_favourites(favourites),
      m_navigation(new GridNavigation(QStringLiteral("Week"), tr("Previous week"), tr("Next week"),
                                      tr("&Room"), this)),
      m_title(m_navigation->title()), m_room(m_navigation->choice()), m_grid(new BookingGrid(this)),
      m_model(new BookingGridModel(this)) {
    setObjectName(QStringLiteral("weekView"));
    buildUi();
    m_grid->setGridModel(m_model);
    setWeek(QDate::currentDate());
    connect(m_grid, &BookingGrid::freeCellChosen, this, &WeekView::onFreeCell);
    connect(m_connection, &Connection::eventReceived, this, &WeekView::onEvent);
    connect(m_connection, &Connection::resumed, this, &WeekView::reload);
    if (m_favourites)
        connect(m_favourites, &FavouriteRooms::changed, this, &WeekView::updateRooms);
}

void WeekView::buildUi() {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    m_room->setObjectName(QStringLiteral("weekRoomCombo"));
    m_room->setAccessibleName(tr("Room"));
    layout->addWidget(m_navigation);
    m_grid->setAccessibleName(tr("Days and periods"));
    layout->addWidget(m_grid, 1);

    connect(m_navigation, &GridNavigation::previousRequested, this,
            [this] { setWeek(m_monday.addDays(-7)); });
    connect(m_navigation, &GridNavigation::nextRequested, this,
            [this] { setWeek(m_monday.addDays(7)); });
    connect(m_room, &QComboBox::currentIndexChanged, this,
            [this] { setRoom(m_room->currentData().toLongLong()); });
}

void WeekView::setWeek(const QDate &date) {
    const QDate monday = date.addDays(1 - date.dayOfWeek());
    if (!date.isValid() || (monday == m_monday && !m_dirty))
        return;
    m_monday = monday;
    reload();
}

void WeekView::setRoom(qint64 roomId) {
    if (roomId <= 0 || roomId == m_roomId)
        return;
    m_roomId = roomId;
    reload();
}

void WeekView::reload() {
    m_dirty = true;
    if (isVisible())
        fetch();
}

void WeekView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_dirty)
        fetch();
}

void WeekView::fetch() {
    m_dirty = false;
    const quint64 generation = ++m_generation;
    GridRequests::fetch(m_connection, m_monday, m_monday.addDays(6), m_roomId,
                        [this, generation](const GridData &data) {
                            if (generation == m_generation)
                                onFetched(data);
                        });
}

void WeekView::onFetched(const GridData &data) {
    ++m_loads;
    if (!data.error.isEmpty()) {
        m_title->setText(tr("The week could not be loaded: %1").arg(data.error));
        m_dirty = true;
        emit loaded();
        return;
    }
    m_data = data;
    m_model->setOwnTeacher(m_connection->teacher().id, m_connection->teacher().name);
    m_model->setBookings(m_data.bookings);
    m_model->setLocks(m_data.locks);
    updateRooms();
    emit loaded();
}

void WeekView::updateRooms() {
    QList<Room> rooms = m_data.rooms;
    if (m_favourites)
        std::stable_partition(rooms.begin(), rooms.end(), [this](const Room &room) {
            return m_favourites->isFavourite(room.id);
        });
    {
        const QSignalBlocker quiet(m_room);
        m_room->clear();
        for (const Room &room : std::as_const(rooms)) {
            const bool favourite = m_favourites && m_favourites->isFavourite(room.id);
            m_room->addItem(favourite ? tr("★ %1").arg(room.name) : room.name, room.id);
        }
        const int index = m_room->findData(m_roomId);
        m_room->setCurrentIndex(qMax(0, index));
    }
    const qint64 shownRoom = m_room->currentData().toLongLong();
    if (shownRoom != m_roomId && shownRoom > 0) {
        // No room chosen yet: the first one, fetched with only its own bookings.
        m_roomId = shownRoom;
        m_dirty = true;
        if (isVisible())
            fetch();
        return;
    }
    showRows();
}

void WeekView::showRows() {
    Room room;
    for (const Room &candidate : std::as_const(m_data.rooms)) {
        if (candidate.id == m_roomId)
            room = candidate;
    }
    QList<GridRow> rows;
    QList<PeriodSlot> longest;
    QString week;
    for (int offset = 0; offset < 7; ++offset) {
        const QDate date = m_monday.addDays(offset);
        const SchoolDay day = m_data.days.value(date);
        const QList<PeriodSlot> periods = m_data.periods.value(date);
        if (week.isEmpty())
            week = day.week;
        // The school days: Monday to Friday, and a weekend day only when it has lessons.
        if (offset >= 5 && (periods.isEmpty() || !day.open))
            continue;
        rows << GridRow{room, day, DisplayText::day(date), periods};
        if (periods.size() > longest.size())
            longest = periods;
    }
    QStringList titles;
    for (const PeriodSlot &period : std::as_const(longest))
        titles << period.name;
    if (titles.isEmpty())
        titles << QString();
    m_model->setRows(rows, titles, false);
    const QString span = tr("%1 – %2").arg(DisplayText::shortDate(m_monday),
                                           DisplayText::shortDate(m_monday.addDays(6)));
    QString title = room.name.isEmpty() ? span : tr("%1 · %2").arg(room.name, span);
    if (!week.isEmpty())
        title = tr("%1 · Week %2").arg(title, week);
    m_title->setText(title);
}

QString WeekView::titleText() const {
    return m_title->text();
}

void WeekView::onEvent(const QString &event, const QJsonObject &payload) {
    if (m_model->applyEvent(event, payload))
        return;
    if (event == QLatin1String("roomsChanged") || event == QLatin1String("periodsChanged") ||
        event == QLatin1String("calendarChanged"))
        reload();
}

void WeekView::onFreeCell(int row, int column) {
    const GridRow &gridRow = m_model->gridRow(row);
    const Interval interval = gridRow.interval(column);
    emit claimRequested(
        gridRow.room, interval,
        tr("%1 (%2)").arg(gridRow.periods.at(column).name, DisplayText::clockRange(interval)),
        gridRow.day, gridRow.periods);
}
