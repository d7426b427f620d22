// SPDX-License-Identifier: GPL-3.0-or-later

#include "ResultsView.h"

#include "FavouriteRooms.h"
#include "FocusChain.h"
#include "RecommendationCard.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

ResultsView::ResultsView(QWidget *parent)
    : QScrollArea(parent), m_canvas(new QWidget(this)), m_grid(new QGridLayout),
      m_message(new QLabel(m_canvas)) {
    setObjectName(QStringLiteral("resultsView"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // Tab goes to the cards' buttons; the area itself would be one more stop with nothing to do.
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("Free rooms"));
    m_canvas->setObjectName(QStringLiteral("resultsCanvas"));
    auto *outer = new QVBoxLayout(m_canvas);
    outer->setContentsMargins(4, 4, 4, 4);
    m_message->setObjectName(QStringLiteral("resultsMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->hide();
    outer->addWidget(m_message);
    m_grid->setSpacing(12);
    outer->addLayout(m_grid);
    outer->addStretch(1);
    setWidget(m_canvas);
}

void ResultsView::setFavourites(FavouriteRooms *favourites) {
    if (m_favourites)
        disconnect(m_favourites, nullptr, this, nullptr);
    m_favourites = favourites;
    if (m_favourites)
        connect(m_favourites, &FavouriteRooms::changed, this, &ResultsView::onFavouritesChanged);
    onFavouritesChanged();
}

void ResultsView::showResults(const QList<FreeRoom> &results, const SearchCriteria &criteria) {
    qDeleteAll(m_cards);
    m_cards.clear();
    m_serverRank.clear();
    for (int i = 0; i < results.size(); ++i) {
        auto *card = new RecommendationCard(results.at(i).room, criteria, i == 0, m_canvas);
        card->setLockedBy(results.at(i).lockedBy);
        card->setFavourite(m_favourites && m_favourites->isFavourite(card->room().id));
        connect(card, &RecommendationCard::claimRequested, this, &ResultsView::claimRequested);
        connect(card, &RecommendationCard::favouriteToggled, this,
                [this](qint64 roomId, bool favourite) {
                    if (m_favourites)
                        m_favourites->setFavourite(roomId, favourite);
                });
        m_serverRank.insert(card->room().id, i);
        m_cards << card;
    }
    if (m_cards.isEmpty())
        showMessage(tr("No free room matches. Try another period, fewer seats or fewer features."));
    else
        m_message->hide();
    m_columns = 0;
    relayout();
}

void ResultsView::showMessage(const QString &message) {
    qDeleteAll(m_cards);
    m_cards.clear();
    m_message->setText(message);
    m_message->show();
}

bool ResultsView::removeRoom(qint64 roomId) {
    RecommendationCard *found = card(roomId);
    if (!found)
        return false;
    m_cards.removeOne(found);
    delete found;
    if (m_cards.isEmpty())
        showMessage(tr(
            "No free room matches any more. Try another period, fewer seats or fewer features."));
    m_columns = 0;
    relayout();
    return true;
}

void ResultsView::setLockedBy(qint64 roomId, const QString &holder) {
    if (RecommendationCard *found = card(roomId))
        found->setLockedBy(holder);
}

RecommendationCard *ResultsView::card(qint64 roomId) const {
    for (RecommendationCard *candidate : m_cards) {
        if (candidate->room().id == roomId)
            return candidate;
    }
    return nullptr;
}

QList<Room> ResultsView::rooms() const {
    QList<Room> rooms;
    for (const RecommendationCard *candidate : m_cards)
        rooms << candidate->room();
    return rooms;
}

void ResultsView::resizeEvent(QResizeEvent *event) {
    QScrollArea::resizeEvent(event);
    relayout();
}

void ResultsView::relayout() {
    // 280 pixels a card at the usual 10 pt, wider with a larger font.
    const int cardWidth = qMax(280, fontMetrics().averageCharWidth() * 40);
    const int columns = qMax(1, viewport()->width() / (cardWidth + m_grid->spacing()));
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (RecommendationCard *card : std::as_const(m_cards))
        m_grid->removeWidget(card);
    for (int i = 0; i < m_cards.size(); ++i)
        m_grid->addWidget(m_cards.at(i), i / columns, i % columns);
    for (int c = 0; c < columns; ++c)
        m_grid->setColumnStretch(c, 1);
    // Tab goes through the cards in the order they are shown: star, then "Claim Room", right
    // after the anchor (the tab bar above them), not at the end of the window's chain.
    QList<QWidget *> stops;
    for (RecommendationCard *card : std::as_const(m_cards))
        stops << card->favouriteButton() << card->claimButton();
    if (m_focusAnchor)
        FocusChain::placeAfter(m_focusAnchor, stops);
    else if (!stops.isEmpty())
        FocusChain::placeAfter(stops.first(), stops.mid(1));
}

void ResultsView::setFocusAnchor(QWidget *anchor) {
    m_focusAnchor = anchor;
    m_columns = 0;
    relayout();
}

void ResultsView::onFavouritesChanged() {
    const auto isFavourite = [this](qint64 roomId) {
        return m_favourites && m_favourites->isFavourite(roomId);
    };
    for (RecommendationCard *card : std::as_const(m_cards))
        card->setFavourite(isFavourite(card->room().id));
    // The server's order, with today's favourites first (as the server orders the next search).
    QList<RecommendationCard *> ordered = m_cards;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [this, &isFavourite](RecommendationCard *a, RecommendationCard *b) {
                         const bool aFirst = isFavourite(a->room().id);
                         const bool bFirst = isFavourite(b->room().id);
                         if (aFirst != bFirst)
                             return aFirst;
                         return m_serverRank.value(a->room().id) < m_serverRank.value(b->room().id);
                     });
    if (ordered == m_cards)
        return;
    m_cards = ordered;
    m_columns = 0;
    relayout();
}
