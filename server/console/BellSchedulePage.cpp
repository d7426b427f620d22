// SPDX-License-Identifier: GPL-3.0-or-later

#include "BellSchedulePage.h"

#include "AdminErrors.h"
#include "AdminService.h"
#include "CopyPeriodsDialog.h"
#include "PageJobs.h"
#include "SchoolCalendar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTabBar>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace {
enum Column { NameColumn, StartColumn, EndColumn, LengthColumn };
const QString TimeFormat = QStringLiteral("HH:mm");
constexpr int DefaultLessonMinutes = 50;
constexpr int DefaultBreakMinutes = 5;
const QColor ProblemColour(0xb0, 0x00, 0x20);

// What is wrong with periods.at(row) among its day's periods, or an empty string.
QString problemOf(const QList<Period> &periods, int row) {
    const Period &period = periods.at(row);
    if (period.start.secsTo(period.end) <= 0)
        return BellSchedulePage::tr("ends too early");
    for (int other = 0; other < periods.size(); ++other)
        if (other != row && period.start < periods.at(other).end &&
            periods.at(other).start < period.end)
            return BellSchedulePage::tr("overlaps %1").arg(periods.at(other).name);
    return {};
}
} // namespace

BellSchedulePage::BellSchedulePage(QThreadPool *workers, QWidget *parent)
    : QWidget(parent), m_jobs(new PageJobs(workers, this)) {
    auto *intro = new QLabel(
        tr("The periods of each school day. Teachers pick from the day's periods when they book "
           "a room. Periods of one day may not overlap; gaps between them are breaks."),
        this);
    intro->setWordWrap(true);

    m_days = new QTabBar(this);
    m_days->setObjectName(QStringLiteral("weekdayTabs"));
    m_days->setAccessibleName(tr("Weekday"));
    m_days->setExpanding(false);
    m_days->setDrawBase(false);
    for (int weekday = 1; weekday <= 7; ++weekday)
        m_days->addTab(QLocale().dayName(weekday, QLocale::ShortFormat));

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("periodsTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Starts"), tr("Ends"), tr("Length")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setDefaultSectionSize(32);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(StartColumn, QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(EndColumn, QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(LengthColumn, QHeaderView::Fixed);
    m_table->setColumnWidth(StartColumn, 110);
    m_table->setColumnWidth(EndColumn, 110);
    m_table->setColumnWidth(LengthColumn, 150);

    m_addButton = new QPushButton(tr("Add period"), this);
    m_addButton->setObjectName(QStringLiteral("addPeriodButton"));
    m_removeButton = new QPushButton(tr("Remove period"), this);
    m_removeButton->setObjectName(QStringLiteral("removePeriodButton"));
    m_copyButton = new QPushButton(tr("Copy to other days…"), this);
    m_copyButton->setObjectName(QStringLiteral("copyDayButton"));
    m_copyButton->setToolTip(tr("Give other weekdays the same periods as this one"));
    m_revertButton = new QPushButton(tr("Discard changes"), this);
    m_revertButton->setObjectName(QStringLiteral("revertScheduleButton"));
    m_saveButton = new QPushButton(tr("Save schedule"), this);
    m_saveButton->setObjectName(QStringLiteral("saveScheduleButton"));
    m_saveButton->setDefault(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scheduleStatusLabel"));
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_copyButton);
    buttons->addStretch();
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    auto *column = new QVBoxLayout;
    column->addWidget(intro);
    column->addWidget(m_days);
    column->addWidget(m_table, 1);
    column->addLayout(buttons);
    column->addWidget(m_status);
    // A bell schedule is a narrow table: stretched over a wide window it reads badly.
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(column, 3);
    layout->addStretch(2);

    connect(m_days, &QTabBar::currentChanged, this, [this](int index) { showWeekday(index + 1); });
    connect(m_addButton, &QPushButton::clicked, this, &BellSchedulePage::addPeriod);
    connect(m_removeButton, &QPushButton::clicked, this, &BellSchedulePage::removeSelectedPeriod);
    connect(m_copyButton, &QPushButton::clicked, this, &BellSchedulePage::chooseDaysToCopy);
    connect(m_saveButton, &QPushButton::clicked, this, &BellSchedulePage::save);
    connect(m_revertButton, &QPushButton::clicked, this, [this] {
        revert();
        setStatus(tr("Changes discarded."), false);
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (m_loading)
            return;
        updateHints(); // a renamed period renames its "overlaps …" hints
        setDirty(true);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeButton->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_jobs, &PageJobs::busyChanged, this, &BellSchedulePage::updateButtons);

    setDirty(false);
    refresh();
}

bool BellSchedulePage::isBusy() const {
    return m_jobs->isBusy();
}

void BellSchedulePage::refresh() {
    if (!m_dirty)
        load(true);
}

void BellSchedulePage::revert() {
    load(false);
}

void BellSchedulePage::load(bool keepEdits) {
    const quint64 ticket = m_loads.next();
    m_jobs->run([] { return SchoolCalendar::bellSchedule(); },
                [this, ticket, keepEdits](const Background::Result<QList<Period>> &result) {
                    // A newer load is on its way, or the admin began editing meanwhile.
                    if (!m_loads.isCurrent(ticket) || (keepEdits && m_dirty))
                        return;
                    try {
                        showSchedule(result.value());
                        // What is shown is stored now; an earlier failure to load is over.
                        if (m_loadFailed)
                            setStatus(QString(), false);
                        m_loadFailed = false;
                    } catch (...) {
                        setStatus(AdminErrors::describeCurrent(), true);
                        m_loadFailed = true;
                    }
                });
}

void BellSchedulePage::showSchedule(const QList<Period> &periods) {
    m_schedule.clear();
    for (int weekday = 1; weekday <= 7; ++weekday)
        m_schedule.insert(weekday, {});
    for (const Period &period : std::as_const(periods))
        m_schedule[period.weekday] << period;
    loadDay(m_weekday);
    setDirty(false);
}

void BellSchedulePage::showWeekday(int weekday) {
    if (weekday < 1 || weekday > 7 || weekday == m_weekday)
        return;
    m_schedule[m_weekday] = tablePeriods();
    loadDay(weekday);
}

void BellSchedulePage::loadDay(int weekday) {
    m_weekday = weekday;
    {
        const QSignalBlocker blocker(m_days);
        m_days->setCurrentIndex(weekday - 1);
    }
    m_loading = true;
    m_table->setRowCount(0);
    for (const Period &period : m_schedule.value(weekday))
        appendRow(period);
    m_loading = false;
    m_table->setAccessibleName(tr("Periods on %1").arg(QLocale().dayName(weekday)));
    m_removeButton->setEnabled(false);
    updateHints();
}

void BellSchedulePage::addPeriod() {
    const QList<Period> periods = tablePeriods();
    Period period;
    period.weekday = m_weekday;
    period.name = tr("Period %1").arg(periods.size() + 1);
    QTime latestEnd(8, 0);
    for (const Period &existing : periods)
        if (existing.end.isValid() && existing.end > latestEnd)
            latestEnd = existing.end;
    period.start = periods.isEmpty() ? latestEnd : latestEnd.addSecs(DefaultBreakMinutes * 60);
    period.end = period.start.addSecs(DefaultLessonMinutes * 60);
    // Late in the day addSecs would wrap past midnight; keep the new row valid to edit.
    if (period.start < latestEnd || period.end < period.start) {
        period.start = QTime(23, 0);
        period.end = QTime(23, 59);
    }
    appendRow(period);
    m_table->selectRow(m_table->rowCount() - 1);
    m_table->editItem(m_table->item(m_table->rowCount() - 1, NameColumn));
    setDirty(true);
}

void BellSchedulePage::removeSelectedPeriod() {
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return;
    m_table->removeRow(items.first()->row());
    updateHints();
    setDirty(true);
}

void BellSchedulePage::chooseDaysToCopy() {
    auto *dialog = new CopyPeriodsDialog(m_weekday, m_table->rowCount(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { copyDayTo(dialog->weekdays()); });
    dialog->open();
}

void BellSchedulePage::copyDayTo(const QList<int> &weekdays) {
    const QList<Period> periods = tablePeriods();
    QStringList names;
    for (const int weekday : weekdays) {
        if (weekday < 1 || weekday > 7 || weekday == m_weekday)
            continue;
        QList<Period> copy = periods;
        for (Period &period : copy) {
            period.id = 0;
            period.weekday = weekday;
        }
        m_schedule[weekday] = copy;
        names << QLocale().dayName(weekday);
    }
    if (names.isEmpty())
        return;
    updateTabs();
    setDirty(true);
    m_status->setText(tr("Copied %1's periods to %2. Press Save schedule to apply them.")
                          .arg(QLocale().dayName(m_weekday), QLocale().createSeparatedList(names)));
}

bool BellSchedulePage::save() {
    if (m_jobs->isBusy())
        return false;
    const QList<Period> periods = editedPeriods();
    setStatus(tr("Saving the bell schedule…"), false);
    m_jobs->run([periods] { AdminService::saveBellSchedule(periods); },
                [this, periods](const Background::Result<void> &result) {
                    try {
                        result.value();
                    } catch (...) {
                        setStatus(tr("Not saved: %1").arg(AdminErrors::describeCurrent()), true);
                        emit saveFinished(false);
                        return;
                    }
                    // Stored as edited; the reload keeps edits the admin makes meanwhile.
                    setDirty(false);
                    load(true);
                    QSet<int> days;
                    for (const Period &period : periods)
                        days.insert(period.weekday);
                    // Saving announces periodsChanged: open teacher windows reload at once.
                    setStatus(tr("Saved %1 on %2.")
                                      .arg(periods.size() == 1
                                               ? tr("1 period")
                                               : tr("%1 periods").arg(periods.size()),
                                           days.size() == 1 ? tr("1 day")
                                                            : tr("%1 days").arg(days.size())) +
                                  tr(" Open teacher windows show the new schedule now."),
                              false);
                    emit saveFinished(true);
                });
    return true;
}

QList<Period> BellSchedulePage::editedPeriods() const {
    QList<Period> periods;
    for (int weekday = 1; weekday <= 7; ++weekday)
        periods << editedPeriods(weekday);
    return periods;
}

QList<Period> BellSchedulePage::editedPeriods(int weekday) const {
    return weekday == m_weekday ? tablePeriods() : m_schedule.value(weekday);
}

QList<Period> BellSchedulePage::tablePeriods() const {
    QList<Period> periods;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Period period;
        period.weekday = m_weekday;
        if (const QTableWidgetItem *name = m_table->item(row, NameColumn))
            period.name = name->text().trimmed();
        if (const auto *start = qobject_cast<QTimeEdit *>(m_table->cellWidget(row, StartColumn)))
            period.start = start->time();
        if (const auto *end = qobject_cast<QTimeEdit *>(m_table->cellWidget(row, EndColumn)))
            period.end = end->time();
        periods << period;
    }
    return periods;
}

void BellSchedulePage::appendRow(const Period &period) {
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(period.name));
    for (const int column : {int(StartColumn), int(EndColumn)}) {
        auto *edit = new QTimeEdit(column == StartColumn ? period.start : period.end, m_table);
        edit->setDisplayFormat(TimeFormat);
        edit->setObjectName(column == StartColumn ? QStringLiteral("periodStartEdit")
                                                  : QStringLiteral("periodEndEdit"));
        edit->setAccessibleName(column == StartColumn ? tr("Start of %1").arg(period.name)
                                                      : tr("End of %1").arg(period.name));
        edit->setFrame(false);
        connect(edit, &QTimeEdit::timeChanged, this, [this] {
            updateHints();
            if (!m_loading)
                setDirty(true);
        });
        m_table->setCellWidget(row, column, edit);
    }
    auto *length = new QTableWidgetItem;
    length->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    length->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, LengthColumn, length);
    updateHints();
    m_loading = wasLoading;
}

void BellSchedulePage::updateHints() {
    const QList<Period> periods = tablePeriods();
    const bool wasLoading = m_loading;
    m_loading = true;
    for (int row = 0; row < periods.size(); ++row) {
        QTableWidgetItem *length = m_table->item(row, LengthColumn);
        if (!length)
            continue;
        // Problems show at once, beside the row, before Save explains them.
        const QString problem = problemOf(periods, row);
        const int minutes = periods.at(row).start.secsTo(periods.at(row).end) / 60;
        length->setText(problem.isEmpty() ? tr("%1 min").arg(minutes) : problem);
        length->setForeground(problem.isEmpty() ? palette().color(QPalette::Text) : ProblemColour);
    }
    m_loading = wasLoading;
    updateTabs();
}

void BellSchedulePage::updateTabs() {
    // Each tab says how many periods the day has, and shows red when one of them is wrong.
    for (int weekday = 1; weekday <= 7; ++weekday) {
        const QList<Period> periods = editedPeriods(weekday);
        bool problem = false;
        for (int row = 0; row < periods.size() && !problem; ++row)
            problem = !problemOf(periods, row).isEmpty();
        const QString day = QLocale().dayName(weekday, QLocale::ShortFormat);
        m_days->setTabText(weekday - 1, periods.isEmpty()
                                            ? tr("%1 (none)").arg(day)
                                            : tr("%1 (%2)").arg(day).arg(periods.size()));
        m_days->setTabTextColor(weekday - 1,
                                problem ? ProblemColour : palette().color(QPalette::WindowText));
        m_days->setTabToolTip(
            weekday - 1,
            problem
                ? tr("%1: a period needs fixing").arg(QLocale().dayName(weekday))
                : (periods.size() == 1
                       ? tr("%1: 1 period").arg(QLocale().dayName(weekday))
                       : tr("%1: %2 periods").arg(QLocale().dayName(weekday)).arg(periods.size())));
    }
}

void BellSchedulePage::updateButtons() {
    // A save waits for the load or save before it.
    m_saveButton->setEnabled(m_dirty && !m_jobs->isBusy());
    m_revertButton->setEnabled(m_dirty);
}

void BellSchedulePage::setDirty(bool dirty) {
    m_dirty = dirty;
    updateButtons();
    if (dirty) {
        // Neutral, not green: nothing has been stored yet.
        m_status->setText(tr("Unsaved changes: press Save schedule to apply them."));
        m_status->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    }
}

void BellSchedulePage::setStatus(const QString &text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;")
                                  : QStringLiteral("color: #1b5e20;"));
}
