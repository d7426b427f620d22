// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Room.h"
#include "SearchCriteria.h"

#include <QFrame>

class QKeySequence;
class QLabel;
class QPushButton;
class QToolButton;

// One free room in the results: what it is, why it fits, and the "Claim Room" button.
class RecommendationCard : public QFrame {
    Q_OBJECT
public:
    RecommendationCard(const Room &room, const SearchCriteria &criteria, bool bestMatch,
                       QWidget *parent = nullptr);

    const Room &room() const { return m_room; }
    // Shows "Being booked by <name>" while a colleague's confirmation is in flight.
    void setLockedBy(const QString &holder);
    QString lockedBy() const { return m_lockedBy; }
    QPushButton *claimButton() const { return m_claimButton; }
    // The star: checked while the room is one of the teacher's favourites.
    QToolButton *favouriteButton() const { return m_favouriteButton; }
    bool isFavourite() const;
    // Shows the favourite state without asking for a change (favouriteToggled stays silent).
    void setFavourite(bool favourite);
    // Claims the room whose card has the keyboard (or the best match): shown in the tooltip.
    static QKeySequence claimShortcut();

signals:
    void claimRequested(const Room &room);
    // The teacher clicked the star (or pressed Space on it).
    void favouriteToggled(qint64 roomId, bool favourite);

private:
    Room m_room;
    QString m_lockedBy;
    QLabel *m_lockLabel;
    QPushButton *m_claimButton;
    QToolButton *m_favouriteButton;
};
