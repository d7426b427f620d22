// SPDX-License-Identifier: GPL-3.0-or-later

#include "CalendarImporter.h"

#include "CalendarValidator.h"
#include "CalendarView.h"
#include "CsvTable.h"
#include "WeekdaySet.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace {
QTime parseTime(const QString &text) {
    static const QRegularExpression shape(QStringLiteral("^\\d{1,2}:\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return {};
    return QTime::fromString(text.size() == 4 ? QLatin1Char('0') + text : text,
                             QStringLiteral("HH:mm"));
}

QDate parseDate(const QString &text) {
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

// Validator problems carry indexes into what was checked; files speak in lines. One clash
// found on several weekdays of the same two lines is reported once.
void addProblems(const QList<CalendarValidator::Problem> &problems, const QList<int> &lines,
                 ImportPlan *plan) {
    QSet<QString> seen;
    for (const CalendarValidator::Problem &problem : problems) {
        const int line = lines.at(problem.index);
        const int otherLine = problem.otherIndex >= 0 ? lines.at(problem.otherIndex) : -1;
        const QString key = QStringLiteral("%1/%2/%3")
                                .arg(line)
                                .arg(otherLine)
                                .arg(otherLine >= 0 ? QString() : problem.message);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        QString reason = problem.message;
        if (otherLine >= 0 && otherLine != line)
            reason += QStringLiteral(" (line %1)").arg(otherLine);
        plan->problems.append({line, reason});
    }
    std::stable_sort(
        plan->problems.begin(), plan->problems.end(),
        [](const ImportPlan::Problem &a, const ImportPlan::Problem &b) { return a.line < b.line; });
}

void describeSchedule(ImportPlan *plan, const ImportBaseline &baseline) {
    QMap<int, QList<Period>> byWeekday;
    for (const Period &period : std::as_const(plan->periods))
        byWeekday[period.weekday] << period;
    plan->changes << QStringLiteral("replace the bell schedule (%1 periods now) with %2 periods")
                         .arg(baseline.bellSchedule().size())
                         .arg(plan->periods.size());
    for (int weekday = 1; weekday <= 7; ++weekday) {
        QList<Period> day = byWeekday.value(weekday);
        std::sort(day.begin(), day.end(),
                  [](const Period &a, const Period &b) { return a.start < b.start; });
        if (day.isEmpty()) {
            plan->changes << QStringLiteral("%1: no periods").arg(WeekdaySet::shortName(weekday));
            continue;
        }
        plan->changes << QStringLiteral("%1: %2 periods, %3 to %4")
                             .arg(WeekdaySet::shortName(weekday))
                             .arg(day.size())
                             .arg(day.first().start.toString(QStringLiteral("HH:mm")),
                                  day.last().end.toString(QStringLiteral("HH:mm")));
    }
    plan->additions = int(plan->periods.size());
}

void describeCalendar(ImportPlan *plan, const ImportBaseline &baseline) {
    plan->changes << QStringLiteral("replace the calendar (%1 terms, %2 closed ranges now)")
                         .arg(baseline.terms().size())
                         .arg(baseline.closedRanges().size());
    for (const Term &term : std::as_const(plan->terms))
        plan->changes << QStringLiteral("term %1: %2 to %3%4")
                             .arg(term.name, term.first.toString(Qt::ISODate),
                                  term.last.toString(Qt::ISODate),
                                  term.weeks.isEmpty() ? QString()
                                                       : QStringLiteral(", weeks ") +
                                                             term.weeks.join(QLatin1Char(';')));
    for (const ClosedRange &range : std::as_const(plan->closedRanges))
        plan->changes << QStringLiteral("closed %1: %2 to %3")
                             .arg(range.name, range.first.toString(Qt::ISODate),
                                  range.last.toString(Qt::ISODate));
    // Bookings are kept; say how many would now fall on a closed day.
    const CalendarView next(plan->terms, plan->closedRanges);
    int stranded = 0;
    if (!plan->terms.isEmpty() || !plan->closedRanges.isEmpty()) {
        for (const QDateTime &start : baseline.upcomingBookingStarts())
            stranded += !next.day(start.toLocalTime().date()).open;
    }
    if (stranded > 0)
        plan->changes << QStringLiteral("%1 upcoming bookings fall on closed days (they are kept)")
                             .arg(stranded);
    plan->additions = int(plan->terms.size() + plan->closedRanges.size());
}
} // namespace

ImportPlan CalendarImporter::planPeriods(const QString &csv) {
    return planPeriods(csv, ImportBaseline::fromDatabase());
}

ImportPlan CalendarImporter::planPeriods(const QString &csv, const ImportBaseline &baseline) {
    ImportPlan plan;
    plan.kind = ImportPlan::Kind::Periods;
    CsvTable table;
    if (!table.read(csv,
                    {QStringLiteral("weekdays"), QStringLiteral("name"), QStringLiteral("start"),
                     QStringLiteral("end")},
                    &plan.problems))
        return plan;
    QList<int> lines; // of each expanded period
    for (const CsvRow &record : table.records()) {
        QString error;
        const QString weekdaysText = table.field(record, QStringLiteral("weekdays"));
        const QList<int> weekdays = WeekdaySet::parse(weekdaysText, &error);
        if (weekdays.isEmpty())
            plan.problems.append({record.line, error});
        Period period;
        period.name = table.field(record, QStringLiteral("name"));
        const QString startText = table.field(record, QStringLiteral("start"));
        const QString endText = table.field(record, QStringLiteral("end"));
        period.start = parseTime(startText);
        period.end = parseTime(endText);
        if (period.name.isEmpty())
            plan.problems.append({record.line, QStringLiteral("the period has no name")});
        if (!period.start.isValid())
            plan.problems.append(
                {record.line,
                 QStringLiteral("start '%1' is not a time like 08:30").arg(startText)});
        if (!period.end.isValid())
            plan.problems.append(
                {record.line, QStringLiteral("end '%1' is not a time like 09:20").arg(endText)});
        for (const int weekday : weekdays) {
            period.weekday = weekday;
            plan.periods << period;
            lines << record.line;
        }
    }
    if (!plan.isValid())
        return plan;
    if (plan.periods.isEmpty()) {
        plan.problems.append({1, QStringLiteral("the file lists no periods")});
        return plan;
    }
    addProblems(CalendarValidator::checkPeriods(plan.periods), lines, &plan);
    if (plan.isValid())
        describeSchedule(&plan, baseline);
    return plan;
}

ImportPlan CalendarImporter::planCalendar(const QString &csv) {
    return planCalendar(csv, ImportBaseline::fromDatabase());
}

ImportPlan CalendarImporter::planCalendar(const QString &csv, const ImportBaseline &baseline) {
    ImportPlan plan;
    plan.kind = ImportPlan::Kind::Calendar;
    CsvTable table;
    if (!table.read(csv,
                    {QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("first"),
                     QStringLiteral("last"), QStringLiteral("weeks")},
                    &plan.problems))
        return plan;
    QList<int> termLines, closedLines;
    for (const CsvRow &record : table.records()) {
        const QString kind = table.field(record, QStringLiteral("kind")).toLower();
        const QString name = table.field(record, QStringLiteral("name"));
        const QString firstText = table.field(record, QStringLiteral("first"));
        const QString lastText = table.field(record, QStringLiteral("last"));
        const QString weeksText = table.field(record, QStringLiteral("weeks"));
        const QDate first = parseDate(firstText);
        const QDate last = parseDate(lastText);
        if (!first.isValid())
            plan.problems.append(
                {record.line,
                 QStringLiteral("first '%1' is not a date like 2027-01-04").arg(firstText)});
        if (!last.isValid())
            plan.problems.append(
                {record.line,
                 QStringLiteral("last '%1' is not a date like 2027-03-26").arg(lastText)});
        if (kind == QLatin1String("term")) {
            Term term;
            term.name = name;
            term.first = first;
            term.last = last;
            if (!weeksText.isEmpty()) {
                for (const QString &label : weeksText.split(QLatin1Char(';')))
                    term.weeks << label.trimmed();
            }
            plan.terms << term;
            termLines << record.line;
        } else if (kind == QLatin1String("closed")) {
            if (!weeksText.isEmpty())
                plan.problems.append(
                    {record.line,
                     QStringLiteral("only a term has weeks; leave them empty for '%1'").arg(name)});
            plan.closedRanges << ClosedRange{0, name, first, last};
            closedLines << record.line;
        } else {
            plan.problems.append(
                {record.line, QStringLiteral("kind '%1' must be 'term' or 'closed'")
                                  .arg(table.field(record, QStringLiteral("kind")))});
        }
    }
    if (!plan.isValid())
        return plan;
    addProblems(CalendarValidator::checkCalendar(plan.terms, plan.closedRanges),
                termLines + closedLines, &plan);
    if (plan.isValid())
        describeCalendar(&plan, baseline);
    return plan;
}
