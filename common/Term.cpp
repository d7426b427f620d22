// SPDX-License-Identifier: GPL-3.0-or-later

#include "Term.h"

QString Term::weekLabel(const QDate &date) const {
    if (weeks.isEmpty() || !contains(date))
        return {};
    const QDate firstMonday = first.addDays(1 - first.dayOfWeek());
    const qint64 week = firstMonday.daysTo(date) / 7;
    return weeks.at(int(week % weeks.size()));
}
