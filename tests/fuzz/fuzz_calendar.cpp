// SPDX-License-Identifier: GPL-3.0-or-later

// The calendar's small parsers (contract section 4, docs/protocol.md section 7). The input is
// read as lines:
//   1. a weekdays text of the bell schedule (WeekdaySet: Mon, Mon-Thu, Mon;Wed;Fri)
//   2. a date field of listPeriods/listCalendar (CalendarRequests::dateField, YYYY-MM-DD)
//   3. the JSON of a series' repeat rule (RepeatRule::fromJson) and the last date it gives
//      for a first date of line 2 (SeriesPlanner::lastDate; "termEnd" asks the database and
//      is left out)
//   4. a term's week cycle (A;B) and dates, read as the calendar reads a term: every date of
//      it has a label of the cycle, the first week the first label

#include "FuzzSupport.h"

#include "CalendarRequests.h"
#include "ProtocolError.h"
#include "RepeatRule.h"
#include "SeriesPlanner.h"
#include "Term.h"
#include "WeekdaySet.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
void weekdays(const QString &text) {
    QString error;
    const QList<int> days = WeekdaySet::parse(text, &error);
    if (days.isEmpty()) {
        FUZZ_CHECK(!error.isEmpty(), text);
        return;
    }
    for (int i = 0; i < days.size(); ++i) {
        FUZZ_CHECK(days.at(i) >= 1 && days.at(i) <= 7, text);
        FUZZ_CHECK(i == 0 || days.at(i - 1) < days.at(i), text);
    }
    // Written back the shortest way, the same days.
    const QString written = WeekdaySet::format(days);
    QString againError;
    FUZZ_CHECK(WeekdaySet::parse(written, &againError) == days,
               text + QStringLiteral(" written as ") + written);
}

QDate date(const QString &text) {
    const Request request(1, QStringLiteral("listPeriods"), {{QStringLiteral("date"), text}});
    try {
        const QDate parsed = CalendarRequests::dateField(request, QStringLiteral("date"), true);
        // Exactly YYYY-MM-DD, as sent.
        FUZZ_CHECK(parsed.isValid() && parsed.toString(Qt::ISODate) == text,
                   text + QStringLiteral(" read as ") + parsed.toString(Qt::ISODate));
        return parsed;
    } catch (const ProtocolError &error) {
        FUZZ_CHECK(error.status() == 400, error.message());
        return {};
    }
}

void repeat(const QString &json, const QDate &first) {
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(QStringLiteral("{\"repeat\": %1}").arg(json).toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return;
    try {
        const RepeatRule rule =
            RepeatRule::fromJson(document.object().value(QStringLiteral("repeat")));
        FUZZ_CHECK(rule.untilTermEnd != rule.until.isValid(), json);
        // A date is exactly the YYYY-MM-DD sent.
        if (!rule.untilTermEnd)
            FUZZ_CHECK(document.object()
                               .value(QStringLiteral("repeat"))
                               .toObject()
                               .value(QStringLiteral("until"))
                               .toString() == rule.until.toString(Qt::ISODate),
                       json);
        const RepeatRule again = RepeatRule::fromJson(rule.toJson());
        FUZZ_CHECK(again.every == rule.every && again.until == rule.until &&
                       again.untilTermEnd == rule.untilTermEnd,
                   json);
        if (rule.untilTermEnd)
            return;
        const QDate last = SeriesPlanner::lastDate(first, rule);
        FUZZ_CHECK(last == rule.until && first <= last &&
                       first.daysTo(last) <= RepeatRule::MaxSpanDays,
                   json);
    } catch (const ProtocolError &error) {
        FUZZ_CHECK(error.status() == 400 && !error.message().isEmpty(), json);
    }
}

void weekCycle(const QString &line, const QDate &first) {
    const QStringList parts = line.split(QLatin1Char(','));
    Term term;
    term.name = QStringLiteral("Term");
    term.first = first;
    term.last = first.addDays(parts.value(1).toInt() % 800);
    for (const QString &label : parts.value(0).split(QLatin1Char(';'), Qt::SkipEmptyParts))
        term.weeks << label;
    if (!term.first.isValid() || term.last < term.first)
        return;
    const QDate probe = first.addDays(parts.value(2).toInt() % 800);
    const QString label = term.weekLabel(probe);
    if (!term.contains(probe) || term.weeks.isEmpty()) {
        FUZZ_CHECK(label.isEmpty(), line);
        return;
    }
    FUZZ_CHECK(term.weeks.contains(label), line);
    // The week of the first day carries the first label, and a week later the next one.
    FUZZ_CHECK(term.weekLabel(term.first) == term.weeks.first(), line);
    const QDate nextWeek = probe.addDays(7);
    if (term.contains(nextWeek)) {
        const int index = int(term.weeks.indexOf(label));
        const QString next = term.weeks.at((index + 1) % term.weeks.size());
        // Labels may repeat (A;A;B), so only a cycle of distinct labels is checked exactly.
        QStringList distinct = term.weeks;
        if (distinct.removeDuplicates() == 0)
            FUZZ_CHECK(term.weekLabel(nextWeek) == next, line);
    }
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    FuzzSupport::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > 4096)
        return 0;
    const QStringList lines = FuzzSupport::text(data, size).split(QLatin1Char('\n'));
    weekdays(lines.value(0));
    const QDate parsed = date(lines.value(1));
    const QDate first = parsed.isValid() ? parsed : QDate(2027, 1, 5);
    repeat(lines.value(2), first);
    weekCycle(lines.value(3), first);
    return 0;
}
