// SPDX-License-Identifier: GPL-3.0-or-later

#include "ViewTabs.h"

#include "DayView.h"
#include "SearchPanel.h"
#include "WeekView.h"

#include <QVBoxLayout>

ViewTabs::ViewTabs(QWidget *resultsTitle, QWidget *results, Connection *connection,
                   FavouriteRooms *favourites, SearchPanel *searchPanel, QWidget *parent)
    : QTabWidget(parent), m_day(new DayView(connection, favourites, this)),
      m_week(new WeekView(connection, favourites, this)) {
    setObjectName(QStringLiteral("viewTabs"));
    setDocumentMode(true);
    auto *freeRoomsPage = new QWidget(this);
    auto *layout = new QVBoxLayout(freeRoomsPage);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(resultsTitle);
    layout->addWidget(results, 1);
    addTab(freeRoomsPage, tr("&Free rooms"));
    addTab(m_day, tr("D&ay"));
    addTab(m_week, tr("&Week"));
    setTabToolTip(1, tr("Every room and period of the date, live"));
    setTabToolTip(2, tr("One room's week"));
    connect(searchPanel, &SearchPanel::criteriaChanged, this, &ViewTabs::follow);
    connect(searchPanel, &SearchPanel::dateChosen, m_day, &DayView::setDate);
    connect(this, &QTabWidget::currentChanged, this, &ViewTabs::onCurrentChanged);
    connect(m_day, &DayView::claimRequested, this, &ViewTabs::claimRequested);
    connect(m_week, &WeekView::claimRequested, this, &ViewTabs::claimRequested);
}

void ViewTabs::showDay() {
    setCurrentWidget(m_day);
}

void ViewTabs::showWeek() {
    setCurrentWidget(m_week);
}

void ViewTabs::follow(const SearchCriteria &criteria) {
    m_day->setDate(criteria.interval.start().date());
    m_day->setFilter(criteria.minCapacity, criteria.features);
}

void ViewTabs::onCurrentChanged() {
    if (currentWidget() != m_week)
        return;
    // The week of the day shown, of the room last chosen there.
    m_week->setRoom(m_day->currentRoomId());
    m_week->setWeek(m_day->date());
}
