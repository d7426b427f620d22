// SPDX-License-Identifier: GPL-3.0-or-later

#include "RecommendationCard.h"

#include "DisplayText.h"
#include "FitExplainer.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QLabel *chip(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("featureChip"));
    return label;
}
} // namespace

RecommendationCard::RecommendationCard(const Room &room, const SearchCriteria &criteria,
                                       bool bestMatch, QWidget *parent)
    : QFrame(parent), m_room(room), m_lockLabel(new QLabel(this)),
      m_claimButton(new QPushButton(tr("Claim Room"), this)),
      m_favouriteButton(new QToolButton(this)) {
    setObjectName(QStringLiteral("recommendationCard"));
    setProperty("roomId", room.id);
    setAccessibleName(tr("%1, %2 seats").arg(room.name).arg(room.capacity));
    setMinimumWidth(qMax(260, fontMetrics().averageCharWidth() * 37));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(6);

    auto *header = new QHBoxLayout;
    auto *name = new QLabel(room.name, this);
    name->setObjectName(QStringLiteral("cardTitle"));
    header->addWidget(name, 1);
    if (bestMatch) {
        auto *badge = new QLabel(tr("Best match"), this);
        badge->setObjectName(QStringLiteral("bestMatchBadge"));
        header->addWidget(badge, 0, Qt::AlignTop);
    }
    m_favouriteButton->setObjectName(QStringLiteral("favouriteStar"));
    m_favouriteButton->setCheckable(true);
    m_favouriteButton->setFocusPolicy(Qt::StrongFocus);
    m_favouriteButton->setCursor(Qt::PointingHandCursor);
    m_favouriteButton->setAccessibleName(tr("Favourite: %1").arg(room.name));
    m_favouriteButton->setAutoRaise(true);
    header->addWidget(m_favouriteButton, 0, Qt::AlignTop);
    setFavourite(false);
    connect(m_favouriteButton, &QToolButton::toggled, this, [this](bool checked) {
        setFavourite(checked);
        emit favouriteToggled(m_room.id, checked);
    });
    layout->addLayout(header);

    auto *details = new QLabel(tr("%1 building · %2")
                                   .arg(room.building.isEmpty() ? tr("Main") : room.building,
                                        DisplayText::seats(room.capacity)),
                               this);
    details->setObjectName(QStringLiteral("cardDetails"));
    layout->addWidget(details);

    if (!room.features.isEmpty()) {
        auto *chips = new QHBoxLayout;
        chips->setSpacing(4);
        for (const QString &feature : room.features)
            chips->addWidget(chip(feature, this));
        chips->addStretch(1);
        layout->addLayout(chips);
    }

    auto *fit = new QLabel(FitExplainer::explain(room, criteria), this);
    fit->setObjectName(QStringLiteral("cardFit"));
    fit->setWordWrap(true);
    layout->addWidget(fit);

    m_lockLabel->setObjectName(QStringLiteral("cardLock"));
    m_lockLabel->setWordWrap(true);
    m_lockLabel->hide();
    layout->addWidget(m_lockLabel);
    layout->addStretch(1);

    m_claimButton->setObjectName(QStringLiteral("claimButton"));
    m_claimButton->setAccessibleName(tr("Claim %1").arg(room.name));
    m_claimButton->setAccessibleDescription(accessibleName());
    m_claimButton->setToolTip(
        tr("Claim this room (%1)").arg(claimShortcut().toString(QKeySequence::NativeText)));
    m_claimButton->setCursor(Qt::PointingHandCursor);
    layout->addWidget(m_claimButton);
    connect(m_claimButton, &QPushButton::clicked, this, [this] { emit claimRequested(m_room); });
}

QKeySequence RecommendationCard::claimShortcut() {
    return QKeySequence(Qt::CTRL | Qt::Key_Return);
}

void RecommendationCard::setLockedBy(const QString &holder) {
    m_lockedBy = holder;
    m_lockLabel->setText(tr("Being booked by %1…").arg(holder));
    m_lockLabel->setVisible(!holder.isEmpty());
    setProperty("locked", !holder.isEmpty());
    m_claimButton->setAccessibleDescription(
        holder.isEmpty() ? accessibleName()
                         : tr("%1 · %2").arg(accessibleName(), m_lockLabel->text()));
    style()->unpolish(this);
    style()->polish(this);
}

bool RecommendationCard::isFavourite() const {
    return m_favouriteButton->isChecked();
}

void RecommendationCard::setFavourite(bool favourite) {
    {
        const QSignalBlocker quiet(m_favouriteButton);
        m_favouriteButton->setChecked(favourite);
    }
    // U+2605 BLACK STAR, U+2606 WHITE STAR
    m_favouriteButton->setText(favourite ? QStringLiteral("\u2605") : QStringLiteral("\u2606"));
    m_favouriteButton->setToolTip(favourite ? tr("One of your favourite rooms. Click to remove it.")
                                            : tr("Add to your favourite rooms: they come first."));
    m_favouriteButton->setAccessibleDescription(m_favouriteButton->toolTip());
}
