// SPDX-License-Identifier: GPL-3.0-or-later

#include "RepeatChoice.h"

#include "DisplayText.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLocale>
#include <QSignalBlocker>

namespace {
enum EveryChoice { Once, EveryWeek, EveryCycle };
enum UntilChoice { TermEnd, OnDate };
constexpr int DefaultWeeks = 6;
} // namespace

RepeatChoice::RepeatChoice(const QDate &firstDate, const QString &weekLabel, bool inTerm,
                           QWidget *parent)
    : QWidget(parent), m_firstDate(firstDate), m_every(new QComboBox(this)),
      m_until(new QComboBox(this)), m_untilDate(new QDateEdit(this)) {
    setObjectName(QStringLiteral("repeatChoice"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_every->setObjectName(QStringLiteral("repeatEvery"));
    m_every->setAccessibleName(tr("Repeat"));
    m_every->addItem(tr("Once"), Once);
    m_every->addItem(tr("Every week"), EveryWeek);
    if (!weekLabel.isEmpty())
        m_every->addItem(tr("Every %1-week").arg(weekLabel), EveryCycle);
    layout->addWidget(m_every);

    m_until->setObjectName(QStringLiteral("repeatUntil"));
    m_until->setAccessibleName(tr("Repeat until"));
    if (inTerm)
        m_until->addItem(tr("until the end of term"), TermEnd);
    m_until->addItem(tr("until a date…"), OnDate);
    layout->addWidget(m_until);

    m_untilDate->setObjectName(QStringLiteral("repeatUntilDate"));
    m_untilDate->setAccessibleName(tr("Last date of the series"));
    m_untilDate->setCalendarPopup(true);
    m_untilDate->setDisplayFormat(DisplayText::dayFormat(QLocale(), true));
    m_untilDate->calendarWidget()->setFirstDayOfWeek(QLocale().firstDayOfWeek());
    m_untilDate->setDateRange(firstDate.addDays(1), firstDate.addDays(RepeatRule::MaxSpanDays));
    m_untilDate->setDate(firstDate.addDays(7 * DefaultWeeks));
    layout->addWidget(m_untilDate);
    layout->addStretch(1);

    connect(m_every, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        emit changed();
    });
    connect(m_until, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        emit changed();
    });
    connect(m_untilDate, &QDateEdit::dateChanged, this, [this] {
        if (isRepeating())
            emit changed();
    });
    updateVisibility();
}

bool RepeatChoice::isRepeating() const {
    return m_every->currentData().toInt() != Once;
}

std::optional<RepeatRule> RepeatChoice::rule() const {
    if (!isRepeating())
        return std::nullopt;
    RepeatRule rule;
    rule.every = m_every->currentData().toInt() == EveryCycle ? RepeatRule::Every::Cycle
                                                              : RepeatRule::Every::Week;
    if (m_until->currentData().toInt() == TermEnd)
        rule.untilTermEnd = true;
    else
        rule.until = m_untilDate->date();
    return rule;
}

void RepeatChoice::choose(std::optional<RepeatRule::Every> every, const QDate &until) {
    const QSignalBlocker quietEvery(m_every);
    const QSignalBlocker quietUntil(m_until);
    const QSignalBlocker quietDate(m_untilDate);
    const int everyChoice = !every                               ? Once
                            : *every == RepeatRule::Every::Cycle ? EveryCycle
                                                                 : EveryWeek;
    m_every->setCurrentIndex(qMax(0, m_every->findData(everyChoice)));
    if (until.isValid())
        m_untilDate->setDate(until);
    m_until->setCurrentIndex(qMax(0, m_until->findData(until.isValid() ? OnDate : TermEnd)));
    updateVisibility();
    emit changed();
}

void RepeatChoice::updateVisibility() {
    m_until->setVisible(isRepeating());
    m_untilDate->setVisible(isRepeating() && m_until->currentData().toInt() == OnDate);
}
