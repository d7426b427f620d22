// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// A named range of school dates (inclusive), optionally with a week cycle: labels such as
// A and B given to its weeks in turn, starting with the week (Monday to Sunday) of its first day.
class Term {
public:
    qint64 id = 0;
    QString name;
    QDate first;
    QDate last;
    QStringList weeks; // the cycle's labels; empty without a cycle

    bool contains(const QDate &date) const { return date >= first && date <= last; }
    // The date's label in the cycle, or an empty string without a cycle or outside the term.
    QString weekLabel(const QDate &date) const;
};
