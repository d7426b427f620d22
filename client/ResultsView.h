// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "FreeRoom.h"

#include "Room.h"
#include "SearchCriteria.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QScrollArea>

class FavouriteRooms;
class QGridLayout;
class QLabel;
class RecommendationCard;

// The recommendation cards of the current search in the server's order: the teacher's favourite
// rooms first, then best match first. A star toggled on a card moves it at once (favourites first,
// otherwise the server's order) and updates every card of that room.
class ResultsView : public QScrollArea {
    Q_OBJECT
public:
    explicit ResultsView(QWidget *parent = nullptr);

    // The stars follow this model, and clicking one changes it.
    void setFavourites(FavouriteRooms *favourites);

    void showResults(const QList<FreeRoom> &results, const SearchCriteria &criteria);
    void showMessage(const QString &message);
    bool removeRoom(qint64 roomId);
    void setLockedBy(qint64 roomId, const QString &holder);
    RecommendationCard *card(qint64 roomId) const;
    QList<RecommendationCard *> cards() const { return m_cards; }
    QList<Room> rooms() const;
    // Tab reaches the cards right after this widget (the tab bar above them).
    void setFocusAnchor(QWidget *anchor);

signals:
    void claimRequested(const Room &room);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void relayout();
    void onFavouritesChanged();

    QWidget *m_canvas;
    QGridLayout *m_grid;
    QLabel *m_message;
    QList<RecommendationCard *> m_cards;
    QHash<qint64, int> m_serverRank; // room id -> position in the server's answer
    QPointer<FavouriteRooms> m_favourites;
    int m_columns = 0;
    QPointer<QWidget> m_focusAnchor;
};
