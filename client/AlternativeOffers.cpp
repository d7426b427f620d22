// SPDX-License-Identifier: GPL-3.0-or-later

#include "AlternativeOffers.h"

#include "DisplayText.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

AlternativeOffers::AlternativeOffers(const Interval &wanted, const QList<PeriodSlot> &periods,
                                     QWidget *parent)
    : QWidget(parent), m_wanted(wanted), m_periods(periods), m_layout(new QVBoxLayout(this)) {
    setObjectName(QStringLiteral("alternativeOffers"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    auto *title = new QLabel(tr("Book something else instead:"), this);
    title->setObjectName(QStringLiteral("fieldTitle"));
    m_layout->addWidget(title);
    hide();
}

QString AlternativeOffers::describe(const BookingOption &option) const {
    if (option.interval == m_wanted || !option.interval.isValid())
        return option.room.capacity > 0
                   ? tr("Book %1 instead (%2)")
                         .arg(option.room.name, DisplayText::seats(option.room.capacity))
                   : tr("Book %1 instead").arg(option.room.name);
    const QDateTime start = option.interval.start().toLocalTime();
    const QString period =
        PeriodSlot::nameAt(m_periods, start.time(), option.interval.end().toLocalTime().time());
    const QString times = DisplayText::clockRange(option.interval);
    return period.isEmpty() ? tr("Book %1 at %2 instead").arg(option.room.name, times)
                            : tr("Book %1 in %2 (%3) instead").arg(option.room.name, period, times);
}

void AlternativeOffers::showOptions(const QList<BookingOption> &options) {
    clear();
    m_options = options;
    for (const BookingOption &option : options) {
        auto *button = new QPushButton(describe(option), this);
        button->setObjectName(QStringLiteral("alternativeButton"));
        button->setAccessibleName(button->text());
        connect(button, &QPushButton::clicked, this, [this, option] { emit chosen(option); });
        m_layout->addWidget(button, 0, Qt::AlignLeft);
        m_buttons << button;
    }
    setVisible(!options.isEmpty());
}

void AlternativeOffers::clear() {
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_options.clear();
    hide();
}

void AlternativeOffers::setButtonsEnabled(bool enabled) {
    for (QPushButton *button : std::as_const(m_buttons))
        button->setEnabled(enabled);
}
