// SPDX-License-Identifier: GPL-3.0-or-later

#include "CalendarYearView.h"

#include "CalendarView.h"
#include "ConsoleText.h"

#include <QHeaderView>
#include <QLocale>

namespace {
constexpr int MaxWeeks = 60;
constexpr int WeeksWithoutTerms = 52;
const QColor ClosedBackground(0xfd, 0xe2, 0xe1);
const QColor ClosedText(0x99, 0x1b, 0x1b);
const QColor HolidayBackground(0xe5, 0xe7, 0xeb);
const QColor HolidayText(0x6b, 0x72, 0x80);
const QColor TodayBackground(0xdb, 0xea, 0xfe);

QDate mondayOf(const QDate &date) {
    return date.addDays(1 - date.dayOfWeek());
}

} // namespace

CalendarYearView::CalendarYearView(QWidget *parent) : QTableWidget(0, NoteColumn + 1, parent) {
    setObjectName(QStringLiteral("calendarYearView"));
    setAccessibleName(tr("Year view"));
    setAccessibleDescription(
        tr("One row per week with its week label; closed days are marked with their reason."));
    QStringList headers{tr("Week of"), tr("Week")};
    const QLocale locale;
    for (int weekday = 1; weekday <= 7; ++weekday)
        headers << locale.dayName(weekday, QLocale::ShortFormat);
    headers << tr("Notes");
    setHorizontalHeaderLabels(headers);
    horizontalHeaderItem(NoteColumn)
        ->setToolTip(tr("Where terms begin and end, and the closed days of the week"));
    horizontalHeaderItem(LabelColumn)->setToolTip(tr("The week's label in its term's week cycle"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(24);
    QHeaderView *header = horizontalHeader();
    header->setHighlightSections(false);
    header->setMinimumSectionSize(30);
    header->setSectionsClickable(false);
    header->setSectionResizeMode(WeekOfColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LabelColumn, QHeaderView::ResizeToContents);
    for (int column = FirstDayColumn; column < NoteColumn; ++column) {
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        setColumnWidth(column, 42);
    }
    header->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
}

void CalendarYearView::setCalendar(const QList<Term> &terms, const QList<ClosedRange> &closed) {
    QDate first, last;
    for (const Term &term : terms) {
        if (!term.first.isValid() || !term.last.isValid() || term.last < term.first)
            continue;
        if (!first.isValid() || term.first < first)
            first = term.first;
        if (!last.isValid() || term.last > last)
            last = term.last;
    }
    const QDate today = QDate::currentDate();
    if (!first.isValid()) {
        first = today;
        last = mondayOf(today).addDays(WeeksWithoutTerms * 7 - 1);
    }
    first = mondayOf(first);
    last = qMin(mondayOf(last).addDays(6), first.addDays(MaxWeeks * 7 - 1));
    m_first = first;
    m_last = last;

    const CalendarView calendar(terms, closed);
    const QLocale locale;
    const int weeks = int(first.daysTo(last) / 7) + 1;
    clearContents();
    setRowCount(weeks);
    for (int row = 0; row < weeks; ++row) {
        const QDate monday = first.addDays(row * 7);
        auto *weekOf = new QTableWidgetItem(locale.toString(monday, QStringLiteral("d MMM yyyy")));
        weekOf->setToolTip(tr("The week of %1").arg(ConsoleText::date(monday)));
        setItem(row, WeekOfColumn, weekOf);

        QString label;
        QStringList notes;
        for (int offset = 0; offset < 7; ++offset) {
            const QDate date = monday.addDays(offset);
            const SchoolDay day = calendar.day(date);
            if (label.isEmpty())
                label = day.week;
            for (const Term &term : terms) {
                if (term.first == date)
                    notes << tr("%1 begins").arg(term.name);
                if (term.last == date)
                    notes << tr("%1 ends").arg(term.name);
            }
            for (const ClosedRange &range : closed)
                if (range.contains(date) && (range.first == date || offset == 0) &&
                    !notes.contains(range.name))
                    notes << range.name;

            // The 1st of a month and the first row name the month; other days only their number.
            const bool namesMonth = date.day() == 1 || row == 0;
            auto *cell =
                new QTableWidgetItem(namesMonth ? locale.toString(date, QStringLiteral("d MMM"))
                                                : QString::number(date.day()));
            cell->setTextAlignment(Qt::AlignCenter);
            QString description;
            if (!day.open) {
                const bool holidays = day.term.isEmpty();
                description = tr("%1: closed (%2)").arg(ConsoleText::date(date), day.reason);
                cell->setBackground(holidays ? HolidayBackground : ClosedBackground);
                cell->setForeground(holidays ? HolidayText : ClosedText);
            } else if (!day.term.isEmpty()) {
                description = day.week.isEmpty()
                                  ? tr("%1: open, %2").arg(ConsoleText::date(date), day.term)
                                  : tr("%1: open, %2, week %3")
                                        .arg(ConsoleText::date(date), day.term, day.week);
            } else {
                description = tr("%1: open").arg(ConsoleText::date(date));
            }
            if (date == today) {
                QFont bold = cell->font();
                bold.setBold(true);
                cell->setFont(bold);
                if (day.open)
                    cell->setBackground(TodayBackground);
                description += tr(" (today)");
            }
            cell->setToolTip(description);
            cell->setData(Qt::AccessibleTextRole, description);
            setItem(row, FirstDayColumn + offset, cell);
        }
        auto *labelItem = new QTableWidgetItem(label);
        labelItem->setTextAlignment(Qt::AlignCenter);
        QFont bold = labelItem->font();
        bold.setBold(true);
        labelItem->setFont(bold);
        labelItem->setToolTip(label.isEmpty() ? tr("No week cycle this week")
                                              : tr("Week %1 of the cycle").arg(label));
        setItem(row, LabelColumn, labelItem);
        auto *note = new QTableWidgetItem(notes.join(QStringLiteral(" · ")));
        note->setToolTip(note->text());
        setItem(row, NoteColumn, note);
    }
}

int CalendarYearView::rowOf(const QDate &date) const {
    if (!m_first.isValid() || date < m_first || date > m_last)
        return -1;
    return int(m_first.daysTo(date) / 7);
}

QTableWidgetItem *CalendarYearView::dayItem(const QDate &date) const {
    const int row = rowOf(date);
    return row < 0 ? nullptr : item(row, FirstDayColumn + date.dayOfWeek() - 1);
}
