#pragma once

#include "FreeRoom.h"

#include "Room.h"
#include "SearchCriteria.h"

#include <QList>
#include <QScrollArea>

class QGridLayout;
class QLabel;
class RecommendationCard;

// The recommendation cards of the current search, best match first.
class ResultsView : public QScrollArea {
    Q_OBJECT
public:
    explicit ResultsView(QWidget *parent = nullptr);

    void showResults(const QList<FreeRoom> &results, const SearchCriteria &criteria);
    void showMessage(const QString &message);
    bool removeRoom(qint64 roomId);
    void setLockedBy(qint64 roomId, const QString &holder);
    RecommendationCard *card(qint64 roomId) const;
    QList<RecommendationCard *> cards() const { return m_cards; }
    QList<Room> rooms() const;

signals:
    void claimRequested(const Room &room);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void relayout();

    QWidget *m_canvas;
    QGridLayout *m_grid;
    QLabel *m_message;
    QList<RecommendationCard *> m_cards;
    int m_columns = 0;
};
