// SPDX-License-Identifier: GPL-3.0-or-later

#include "ViewTabs.h"

#include "DayView.h"
#include "ResultsView.h"
#include "SearchPanel.h"
#include "WeekView.h"

#include <QAction>
#include <QTabBar>
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
    setTabToolTip(0, tr("The rooms free at the time you searched for"));
    setTabToolTip(1, tr("Every room and period of the date, live"));
    setTabToolTip(2, tr("One room's week"));
    tabBar()->setAccessibleName(tr("Views"));
    tabBar()->setAccessibleDescription(tr("Free rooms, the day grid or one room's week"));
    // Tab goes from the tab bar into the cards below it.
    if (auto *resultsView = qobject_cast<ResultsView *>(results))
        resultsView->setFocusAnchor(tabBar());
    // Alt+Left and Alt+Right step the date on this page, as the arrows do on the grids' pages;
    // the actions belong to the page, so they only act while it is shown.
    const auto addStep = [&](const QString &text, const QKeySequence &keys, int days) {
        auto *action = new QAction(text, freeRoomsPage);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, searchPanel,
                [searchPanel, days] { searchPanel->stepDate(days); });
        freeRoomsPage->addAction(action);
    };
    addStep(tr("Previous day"), QKeySequence(Qt::ALT | Qt::Key_Left), -1);
    addStep(tr("Next day"), QKeySequence(Qt::ALT | Qt::Key_Right), 1);
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
