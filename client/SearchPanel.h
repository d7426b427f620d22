// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "PeriodSlot.h"
#include "SchoolDay.h"
#include "SearchCriteria.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QGridLayout;
class QLabel;
class QSpinBox;
class QTimeEdit;

// Date (with its week label, or why the school is closed), period (or a custom time), class size
// and features. Every change is a new search; a new date first needs that date's periods.
class SearchPanel : public QWidget {
    Q_OBJECT
public:
    explicit SearchPanel(QWidget *parent = nullptr);

    // The periods of the date shown, keeping the teacher's choice of period where it exists.
    void setPeriods(const QList<PeriodSlot> &periods);
    // Shows a date with its periods and what the calendar says about it. nextPeriod: choose the
    // first period that has not ended yet (at start-up) instead of keeping the teacher's choice.
    void showDay(const SchoolDay &day, const QList<PeriodSlot> &periods, bool nextPeriod = false);
    // The day whose periods are shown (date invalid until showDay).
    const SchoolDay &day() const { return m_day; }
    QDate date() const;
    // Marks closed days (and week labels, as tooltips) in the date picker.
    void setCalendarDays(const QList<SchoolDay> &days);
    // The month the date picker shows.
    int shownYear() const;
    int shownMonth() const;
    QString dayInfoText() const;
    void setFeatures(const QStringList &features);
    SearchCriteria criteria() const;
    // For tests and keyboard users: pick a date and a period by index, or a custom time.
    void setDate(const QDate &date);
    void selectPeriod(int index);
    void setCustomTime(const QTime &start, const QTime &end);
    void setMinCapacity(int seats);
    void setRequiredFeatures(const QStringList &features);
    int periodCount() const;
    const QList<PeriodSlot> &periods() const { return m_periods; }
    QString describeTime() const;   // "Mon 30 Nov, Period 1 (08:30–09:20)"
    QString describePeriod() const; // "Period 1 (08:30–09:20)"
    // Puts the keyboard in the first field (the date), as Ctrl+F does.
    void focusFirstField();
    // The date a number of days later (earlier when negative), as Alt+Right and Alt+Left do.
    void stepDate(int days);

signals:
    void criteriaChanged(const SearchCriteria &criteria);
    // The teacher picked another date: its periods and calendar entry are needed (showDay).
    void dateChosen(const QDate &date);
    // The date picker shows another month: its closed days are needed (setCalendarDays).
    void monthShown(int year, int month);
    // Return was pressed in a field: the teacher wants the results now.
    void searchRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applyPeriods(const QList<PeriodSlot> &periods, bool nextPeriod);
    void showDayInfo();
    void onInputChanged();
    bool isCustom() const;

    QDateEdit *m_date;
    QLabel *m_dayInfo;
    QComboBox *m_period;
    QFormLayout *m_form = nullptr;
    QWidget *m_customBox;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QSpinBox *m_capacity;
    QGridLayout *m_featureGrid;
    QLabel *m_timeError;
    QList<QCheckBox *> m_featureBoxes;
    QList<PeriodSlot> m_periods;
    SchoolDay m_day;
    QString m_preferredPeriod; // the period the teacher chose last, kept across dates
    bool m_quiet = false;
};
