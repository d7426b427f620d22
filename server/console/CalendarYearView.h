// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ClosedRange.h"
#include "Term.h"

#include <QDate>
#include <QList>
#include <QTableWidget>

// The school year at a glance: one row per week (Monday to Sunday) with the week's label in
// its term's cycle, every day numbered, closed days shaded with the reason in the tooltip and
// the week's term starts and closed ranges named beside it. Shows the calendar it is given, so
// the admin sees an edit before saving it.
class CalendarYearView : public QTableWidget {
    Q_OBJECT
public:
    enum Column { WeekOfColumn, LabelColumn, FirstDayColumn, NoteColumn = FirstDayColumn + 7 };

    explicit CalendarYearView(QWidget *parent = nullptr);

    // Shows the weeks from the first term's start to the last term's end (at most 60 weeks);
    // without terms the 52 weeks from this one.
    void setCalendar(const QList<Term> &terms, const QList<ClosedRange> &closed);

    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    // The row showing the date's week, or -1.
    int rowOf(const QDate &date) const;
    // The cell of the date (its row and weekday column), or nullptr outside the view.
    QTableWidgetItem *dayItem(const QDate &date) const;

private:
    QDate m_first;
    QDate m_last;
};
