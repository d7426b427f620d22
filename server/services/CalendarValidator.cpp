// SPDX-License-Identifier: GPL-3.0-or-later

#include "CalendarValidator.h"

#include "WeekdaySet.h"

#include <QMap>
#include <algorithm>

namespace {
QString isoDate(const QDate &date) {
    return date.toString(Qt::ISODate);
}

// The common checks of a named date range; returns false when its dates are unusable.
bool checkRange(const QString &kind, const QString &name, const QDate &first, const QDate &last,
                int index, QList<CalendarValidator::Problem> *problems) {
    if (name.trimmed().isEmpty())
        problems->append({index, -1, QStringLiteral("the %1 has no name").arg(kind)});
    else if (name.trimmed().size() > CalendarValidator::MaxNameLength)
        problems->append({index, -1,
                          QStringLiteral("the name of %1 '%2' has more than %3 characters")
                              .arg(kind, name.trimmed().left(20) + QStringLiteral("..."))
                              .arg(CalendarValidator::MaxNameLength)});
    if (!first.isValid() || !last.isValid()) {
        problems->append(
            {index, -1, QStringLiteral("%1 '%2' needs a first and a last day").arg(kind, name)});
        return false;
    }
    if (last < first) {
        problems->append({index, -1,
                          QStringLiteral("%1 '%2' ends (%3) before it starts (%4)")
                              .arg(kind, name, isoDate(last), isoDate(first))});
        return false;
    }
    return true;
}

void checkWeeks(const Term &term, int index, QList<CalendarValidator::Problem> *problems) {
    if (term.weeks.size() > CalendarValidator::MaxWeekLabels)
        problems->append({index, -1,
                          QStringLiteral("term '%1' has more than %2 week labels")
                              .arg(term.name)
                              .arg(CalendarValidator::MaxWeekLabels)});
    for (const QString &label : term.weeks) {
        if (label.trimmed().isEmpty() ||
            label.trimmed().size() > CalendarValidator::MaxWeekLabelLength) {
            problems->append({index, -1,
                              QStringLiteral("term '%1' has a week label that is empty or longer "
                                             "than %2 characters (labels look like A;B)")
                                  .arg(term.name)
                                  .arg(CalendarValidator::MaxWeekLabelLength)});
            return;
        }
    }
}
} // namespace

QList<CalendarValidator::Problem> CalendarValidator::checkPeriods(const QList<Period> &periods) {
    QList<Problem> problems;
    QMap<int, QList<int>> byWeekday;
    for (int i = 0; i < periods.size(); ++i) {
        const Period &period = periods.at(i);
        if (period.name.trimmed().isEmpty())
            problems.append({i, -1, QStringLiteral("Every period needs a name")});
        else if (period.name.trimmed().size() > MaxNameLength)
            problems.append({i, -1,
                             QStringLiteral("A period name may have at most %1 characters")
                                 .arg(MaxNameLength)});
        else if (period.weekday < 0 || period.weekday > 7)
            problems.append({i, -1,
                             QStringLiteral("%1 has no day of the week (1 = Monday to 7 = Sunday)")
                                 .arg(period.name.trimmed())});
        else if (!period.isValid())
            problems.append(
                {i, -1, QStringLiteral("%1 must end after it starts").arg(period.name)});
        else
            byWeekday[period.weekday] << i;
    }
    for (auto it = byWeekday.begin(); it != byWeekday.end(); ++it) {
        QList<int> order = it.value();
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return periods.at(a).start < periods.at(b).start; });
        // The period ending last so far: any later start before its end overlaps it.
        int latest = -1;
        for (const int index : std::as_const(order)) {
            if (latest >= 0 && periods.at(latest).end > periods.at(index).start) {
                QString message = QStringLiteral("%1 overlaps %2")
                                      .arg(periods.at(latest).name, periods.at(index).name);
                if (it.key() >= 1)
                    message += QStringLiteral(" on ") + WeekdaySet::shortName(it.key());
                problems.append({index, latest, message});
            }
            if (latest < 0 || periods.at(index).end > periods.at(latest).end)
                latest = index;
        }
    }
    return problems;
}

QList<CalendarValidator::Problem>
CalendarValidator::checkCalendar(const QList<Term> &terms, const QList<ClosedRange> &closedRanges) {
    QList<Problem> problems;
    QList<int> usableTerms;
    for (int i = 0; i < terms.size(); ++i) {
        const Term &term = terms.at(i);
        checkWeeks(term, i, &problems);
        if (checkRange(QStringLiteral("term"), term.name, term.first, term.last, i, &problems))
            usableTerms << i;
    }
    std::stable_sort(usableTerms.begin(), usableTerms.end(),
                     [&](int a, int b) { return terms.at(a).first < terms.at(b).first; });
    int latest = -1;
    for (const int index : std::as_const(usableTerms)) {
        if (latest >= 0 && terms.at(latest).last >= terms.at(index).first)
            problems.append({index, latest,
                             QStringLiteral("term '%1' overlaps term '%2'")
                                 .arg(terms.at(index).name, terms.at(latest).name)});
        if (latest < 0 || terms.at(index).last > terms.at(latest).last)
            latest = index;
    }
    for (int i = 0; i < closedRanges.size(); ++i) {
        const ClosedRange &range = closedRanges.at(i);
        const int index = int(terms.size()) + i;
        if (!checkRange(QStringLiteral("closed range"), range.name, range.first, range.last, index,
                        &problems) ||
            terms.isEmpty())
            continue;
        const bool inside = std::any_of(terms.cbegin(), terms.cend(), [&](const Term &term) {
            return term.contains(range.first) && term.contains(range.last);
        });
        if (!inside)
            problems.append({index, -1,
                             QStringLiteral("closed range '%1' (%2 to %3) is not inside a term")
                                 .arg(range.name, isoDate(range.first), isoDate(range.last))});
    }
    return problems;
}
