// SPDX-License-Identifier: GPL-3.0-or-later

#include "WeekdaySet.h"

#include <QStringList>

namespace {
const QStringList ShortNames = {QStringLiteral("Mon"), QStringLiteral("Tue"), QStringLiteral("Wed"),
                                QStringLiteral("Thu"), QStringLiteral("Fri"), QStringLiteral("Sat"),
                                QStringLiteral("Sun")};

int dayNumber(const QString &text) {
    for (int i = 0; i < ShortNames.size(); ++i) {
        if (ShortNames.at(i).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}
} // namespace

QList<int> WeekdaySet::parse(const QString &text, QString *error) {
    QList<int> days;
    const QStringList parts = text.split(QLatin1Char(';'));
    for (const QString &part : parts) {
        const QStringList ends = part.split(QLatin1Char('-'));
        const int first = dayNumber(ends.value(0));
        const int last = ends.size() == 2 ? dayNumber(ends.value(1)) : first;
        if (ends.size() > 2 || first == 0 || last == 0 || last < first) {
            if (error)
                *error = QStringLiteral("'%1' is not a weekday, a range like Mon-Thu or a list "
                                        "like Mon;Wed;Fri")
                             .arg(text.trimmed());
            return {};
        }
        for (int day = first; day <= last; ++day) {
            if (!days.contains(day))
                days << day;
        }
    }
    std::sort(days.begin(), days.end());
    return days;
}

QString WeekdaySet::shortName(int weekday) {
    return ShortNames.value(weekday - 1);
}

QString WeekdaySet::format(const QList<int> &weekdays) {
    QList<int> days = weekdays;
    std::sort(days.begin(), days.end());
    QStringList parts;
    for (int i = 0; i < days.size();) {
        int j = i;
        while (j + 1 < days.size() && days.at(j + 1) == days.at(j) + 1)
            ++j;
        parts << (j - i >= 2 ? shortName(days.at(i)) + QLatin1Char('-') + shortName(days.at(j))
                             : shortName(days.at(i)));
        if (j - i == 1)
            parts << shortName(days.at(j));
        i = j + 1;
    }
    return parts.join(QLatin1Char(';'));
}
