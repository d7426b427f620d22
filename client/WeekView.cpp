// SPDX-License-Identifier: GPL-3.0-or-later

#include "WeekView.h"

#include "BookingGrid.h"
#include "BookingGridModel.h"
#include "Connection.h"
#include "DisplayText.h"
#include "FavouriteRooms.h"
#include "GridNavigation.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QVBoxLayout>

WeekView::WeekView(Connection *connection, FavouriteRooms *favourites, QWidget *parent)
    : GridPage(connection, favourites, parent),
      m_navigation(new GridNavigation(QStringLiteral("Week"), tr("Previous week"), tr("Next week"),
                                      tr("&Room"), this)),
      m_title(m_navigation->title()), m_room(m_navigation->choice()) {
    setGrid(new BookingGrid(this));
    setObjectName(QStringLiteral("weekView"));
    buildUi();
    setWeek(QDate::currentDate());
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
            [this] { setWeek(m_first.addDays(-7)); });
    connect(m_navigation, &GridNavigation::nextRequested, this,
            [this] { setWeek(m_first.addDays(7)); });
    connect(m_room, &QComboBox::currentIndexChanged, this,
            [this] { setRoom(m_room->currentData().toLongLong()); });
}

void WeekView::setWeek(const QDate &date) {
    const QDate first = DisplayText::weekStart(date);
    if (!date.isValid() || (first == m_first && !isStale()))
        return;
    m_first = first;
    reload();
}

void WeekView::setRoom(qint64 roomId) {
    if (roomId <= 0 || roomId == m_roomId)
        return;
    m_roomId = roomId;
    reload();
}

QDate WeekView::firstDate() const {
    return m_first;
}

QDate WeekView::lastDate() const {
    return m_first.addDays(6);
}

qint64 WeekView::roomFilter() const {
    return m_roomId;
}

void WeekView::showLoadError(const QString &error) {
    m_title->setText(tr("The week could not be loaded: %1").arg(error));
}

void WeekView::showData() {
    updateRooms();
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
        reload();
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
        const QDate date = m_first.addDays(offset);
        const SchoolDay day = m_data.days.value(date);
        const QList<PeriodSlot> periods = m_data.periods.value(date);
        const bool weekend = date.dayOfWeek() >= Qt::Saturday;
        // The school's cycle weeks run Monday to Sunday: a Sunday shown first belongs to the
        // week before, so the label comes from a weekday.
        if (week.isEmpty() && !weekend)
            week = day.week;
        // The school days: Monday to Friday, and a weekend day only when it has lessons.
        if (weekend && (periods.isEmpty() || !day.open))
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
    const QString span = tr("%1 – %2").arg(DisplayText::shortDate(m_first),
                                           DisplayText::shortDate(m_first.addDays(6)));
    QString title = room.name.isEmpty() ? span : tr("%1 · %2").arg(room.name, span);
    if (!week.isEmpty())
        title = tr("%1 · Week %2").arg(title, week);
    m_title->setText(title);
}

QString WeekView::titleText() const {
    return m_title->text();
}
