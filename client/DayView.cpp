// SPDX-License-Identifier: GPL-3.0-or-later

#include "DayView.h"

#include "BookingGrid.h"
#include "BookingGridModel.h"
#include "Connection.h"
#include "DisplayText.h"
#include "FavouriteRooms.h"
#include "GridNavigation.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

DayView::DayView(Connection *connection, FavouriteRooms *favourites, QWidget *parent)
    : GridPage(connection, favourites, parent),
      m_navigation(new GridNavigation(QStringLiteral("Day"), tr("Previous day"), tr("Next day"),
                                      tr("&Building"), this)),
      m_title(m_navigation->title()), m_building(m_navigation->choice()),
      m_filterNote(new QLabel(this)), m_pages(new QStackedWidget(this)),
      m_message(new QLabel(m_pages)), m_date(QDate::currentDate()) {
    setGrid(new BookingGrid(m_pages));
    setObjectName(QStringLiteral("dayView"));
    buildUi();
    m_model->setFavouriteCheck(
        [this](qint64 roomId) { return m_favourites && m_favourites->isFavourite(roomId); });
    connect(m_grid, &BookingGrid::favouriteToggled, this, &DayView::toggleFavourite);
    if (m_favourites)
        connect(m_favourites, &FavouriteRooms::changed, this, &DayView::showRows);
}

void DayView::buildUi() {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    m_building->setObjectName(QStringLiteral("buildingCombo"));
    m_building->setAccessibleName(tr("Building"));
    m_building->addItem(tr("All buildings"), QString());
    layout->addWidget(m_navigation);
    m_filterNote->setObjectName(QStringLiteral("gridFilterNote"));
    layout->addWidget(m_filterNote);
    m_grid->setAccessibleName(tr("Rooms and periods"));
    m_message->setObjectName(QStringLiteral("gridMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_pages->addWidget(m_grid);
    m_pages->addWidget(m_message);
    layout->addWidget(m_pages, 1);

    connect(m_navigation, &GridNavigation::previousRequested, this,
            [this] { setDate(m_date.addDays(-1)); });
    connect(m_navigation, &GridNavigation::nextRequested, this,
            [this] { setDate(m_date.addDays(1)); });
    connect(m_building, &QComboBox::currentIndexChanged, this, &DayView::showRows);
}

void DayView::setDate(const QDate &date) {
    if (!date.isValid() || (date == m_date && !isStale()))
        return;
    m_date = date;
    m_title->setText(DisplayText::longDay(m_date));
    reload();
}

void DayView::setFilter(int minCapacity, const QStringList &features) {
    if (minCapacity == m_minCapacity && features == m_features)
        return;
    m_minCapacity = minCapacity;
    m_features = features;
    showRows();
}

void DayView::setBuilding(const QString &building) {
    const int index = m_building->findData(building);
    if (index >= 0)
        m_building->setCurrentIndex(index);
}

QDate DayView::firstDate() const {
    return m_date;
}

QDate DayView::lastDate() const {
    return m_date;
}

void DayView::showLoadError(const QString &error) {
    showMessage(tr("The grid could not be loaded: %1").arg(error));
}

void DayView::showData() {
    const SchoolDay day = m_data.days.value(m_date);
    QString title = DisplayText::longDay(m_date);
    if (!day.week.isEmpty())
        title = tr("%1 · Week %2").arg(title, day.week);
    m_title->setText(title);
    updateBuildings();
    showRows();
}

void DayView::updateBuildings() {
    QStringList buildings;
    for (const Room &room : std::as_const(m_data.rooms)) {
        if (!room.building.isEmpty() && !buildings.contains(room.building))
            buildings << room.building;
    }
    buildings.sort();
    const QString chosen = m_building->currentData().toString();
    const QSignalBlocker quiet(m_building);
    m_building->clear();
    m_building->addItem(tr("All buildings"), QString());
    for (const QString &building : std::as_const(buildings))
        m_building->addItem(building, building);
    m_building->setCurrentIndex(qMax(0, m_building->findData(chosen)));
}

bool DayView::matches(const Room &room) const {
    const QString building = m_building->currentData().toString();
    if (!building.isEmpty() && room.building != building)
        return false;
    if (room.capacity < m_minCapacity)
        return false;
    for (const QString &feature : m_features) {
        if (!room.features.contains(feature))
            return false;
    }
    return true;
}

void DayView::showRows() {
    if (m_data.rooms.isEmpty() && m_data.days.isEmpty())
        return; // nothing fetched yet
    const SchoolDay day = m_data.days.value(m_date);
    const QList<PeriodSlot> periods = m_data.periods.value(m_date);
    QList<GridRow> favourites, others;
    for (const Room &room : std::as_const(m_data.rooms)) {
        if (!matches(room))
            continue;
        const GridRow row{room, day, room.name, periods};
        (m_favourites && m_favourites->isFavourite(room.id) ? favourites : others) << row;
    }
    const int shown = int(favourites.size() + others.size());
    QStringList titles;
    for (const PeriodSlot &period : periods)
        titles << tr("%1\n%2–%3")
                      .arg(period.name, DisplayText::clock(period.start),
                           DisplayText::clock(period.end));
    // Keep the teacher's place in the grid across a re-ordering.
    const qint64 currentRoom = currentRoomId();
    const int currentColumn = m_grid->currentIndex().column();
    m_model->setRows(favourites + others, titles, true);
    if (currentRoom > 0 && m_model->rowOfRoom(currentRoom) >= 0)
        m_grid->setCurrentIndex(m_model->index(m_model->rowOfRoom(currentRoom), currentColumn));

    QStringList filters;
    if (!m_building->currentData().toString().isEmpty())
        filters << m_building->currentText();
    if (m_minCapacity > 0)
        filters << tr("at least %1").arg(DisplayText::seats(m_minCapacity));
    if (!m_features.isEmpty())
        filters << m_features.join(QStringLiteral(", "));
    m_filterNote->setText(filters.isEmpty() ? QString()
                                            : tr("%1 of %2 rooms · %3")
                                                  .arg(shown)
                                                  .arg(m_data.rooms.size())
                                                  .arg(filters.join(QStringLiteral(" · "))));
    m_filterNote->setVisible(!filters.isEmpty());

    if (!day.open)
        showMessage(day.reason.isEmpty() ? tr("School closed")
                                         : tr("School closed: %1").arg(day.reason));
    else if (periods.isEmpty())
        showMessage(tr("No lessons on this day."));
    else if (shown == 0)
        showMessage(tr("No room matches the filters."));
    else
        m_pages->setCurrentWidget(m_grid);
}

void DayView::showMessage(const QString &text) {
    m_message->setText(text);
    m_pages->setCurrentWidget(m_message);
}

QString DayView::titleText() const {
    return m_title->text();
}

QString DayView::messageText() const {
    return m_pages->currentWidget() == m_message ? m_message->text() : QString();
}

qint64 DayView::currentRoomId() const {
    const QModelIndex current = m_grid->currentIndex();
    return current.isValid() ? m_model->gridRow(current.row()).room.id : 0;
}

void DayView::toggleFavourite(int row) {
    if (!m_favourites)
        return;
    const qint64 roomId = m_model->gridRow(row).room.id;
    m_favourites->setFavourite(roomId, !m_favourites->isFavourite(roomId));
}
