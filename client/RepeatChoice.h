// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "RepeatRule.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QDateEdit;

// The claim dialog's Repeat choice: once, every week, or every week with the date's cycle
// label ("every A-week"); until the end of term or a chosen date.
class RepeatChoice : public QWidget {
    Q_OBJECT
public:
    // firstDate: the first occurrence; weekLabel: its cycle label ("" without a cycle);
    // inTerm: whether a term holds it (only then can a series run "until the end of term").
    RepeatChoice(const QDate &firstDate, const QString &weekLabel, bool inTerm,
                 QWidget *parent = nullptr);

    bool isRepeating() const;
    // The rule chosen; nullopt for "once".
    std::optional<RepeatRule> rule() const;
    // For keyboard users and tests: every (nullopt: once), until a date (invalid: end of term).
    void choose(std::optional<RepeatRule::Every> every, const QDate &until = {});

signals:
    void changed();

private:
    void updateVisibility();

    QDate m_firstDate;
    QComboBox *m_every;
    QComboBox *m_until;
    QDateEdit *m_untilDate;
};
