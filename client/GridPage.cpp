// SPDX-License-Identifier: GPL-3.0-or-later

#include "GridPage.h"

#include "BookingGrid.h"
#include "BookingGridModel.h"
#include "Connection.h"
#include "DisplayText.h"
#include "GridRequests.h"

GridPage::GridPage(Connection *connection, FavouriteRooms *favourites, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_favourites(favourites),
      m_model(new BookingGridModel(this)) {
    connect(m_connection, &Connection::eventReceived, this, &GridPage::onEvent);
    connect(m_connection, &Connection::resumed, this, &GridPage::reload);
}

void GridPage::setGrid(BookingGrid *grid) {
    m_grid = grid;
    m_grid->setGridModel(m_model);
    connect(m_grid, &BookingGrid::freeCellChosen, this, &GridPage::onFreeCell);
}

void GridPage::reload() {
    m_stale = true;
    if (isVisible())
        fetch();
}

void GridPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stale)
        fetch();
}

void GridPage::fetch() {
    m_stale = false;
    const quint64 generation = ++m_generation;
    GridRequests::fetch(m_connection, firstDate(), lastDate(), roomFilter(),
                        [this, generation](const GridData &data) {
                            // Another date or room was chosen meanwhile: this answer is stale.
                            if (generation == m_generation)
                                onFetched(data);
                        });
}

void GridPage::onFetched(const GridData &data) {
    ++m_loads;
    if (!data.error.isEmpty()) {
        showLoadError(data.error);
        m_stale = true;
        emit loaded();
        return;
    }
    m_data = data;
    m_model->setOwnTeacher(m_connection->teacher().id, m_connection->teacher().name);
    m_model->setBookings(m_data.bookings);
    m_model->setLocks(m_data.locks);
    showData();
    emit loaded();
}

void GridPage::onEvent(const QString &event, const QJsonObject &payload) {
    if (m_model->applyEvent(event, payload))
        return;
    if (event == QLatin1String("roomsChanged") || event == QLatin1String("periodsChanged") ||
        event == QLatin1String("calendarChanged"))
        reload();
}

void GridPage::onFreeCell(int row, int column) {
    const GridRow &gridRow = m_model->gridRow(row);
    const Interval interval = gridRow.interval(column);
    emit claimRequested(
        gridRow.room, interval,
        tr("%1 (%2)").arg(gridRow.periods.at(column).name, DisplayText::clockRange(interval)),
        gridRow.day, gridRow.periods);
}
