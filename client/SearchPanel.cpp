// SPDX-License-Identifier: GPL-3.0-or-later

#include "SearchPanel.h"

#include "DisplayText.h"
#include "FocusChain.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTextCharFormat>
#include <QTimeEdit>
#include <QVBoxLayout>

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent), m_date(new QDateEdit(this)), m_dayInfo(new QLabel(this)),
      m_period(new QComboBox(this)), m_customBox(new QWidget(this)),
      m_start(new QTimeEdit(m_customBox)), m_end(new QTimeEdit(m_customBox)),
      m_capacity(new QSpinBox(this)), m_featureGrid(new QGridLayout),
      m_timeError(new QLabel(this)) {
    setObjectName(QStringLiteral("searchPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Find a free room"), this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(title);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(10);
    form->setVerticalSpacing(8);

    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    // Weekday, day and month in the teacher's locale, and its first day of the week in the
    // calendar that drops down.
    m_date->setDisplayFormat(DisplayText::dayFormat(QLocale(), true));
    m_date->calendarWidget()->setFirstDayOfWeek(QLocale().firstDayOfWeek());
    m_date->setMinimumDate(QDate::currentDate());
    m_date->setAccessibleName(tr("Date"));
    m_date->setAccessibleDescription(tr("The day to find a free room on"));
    m_date->setToolTip(
        tr("The day to find a free room on (%1 jumps here; %2 and %3 step a day)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText),
                 QKeySequence(Qt::ALT | Qt::Key_Left).toString(QKeySequence::NativeText),
                 QKeySequence(Qt::ALT | Qt::Key_Right).toString(QKeySequence::NativeText)));
    form->addRow(tr("&Date"), m_date);
    // The date's week label, or why the school is closed, right under the date.
    m_dayInfo->setObjectName(QStringLiteral("dayInfo"));
    // One line, cut at the panel's edge (the tooltip has it all): a word-wrapped label in the
    // form makes QFormLayout's height-for-width squeeze the period row to nothing (Qt 6.4).
    m_dayInfo->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    form->addRow(QString(), m_dayInfo);

    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_period->setAccessibleName(tr("Period"));
    m_period->setAccessibleDescription(tr("A lesson of the day, or a time of your own"));
    form->addRow(tr("&Period"), m_period);

    auto *customLayout = new QHBoxLayout(m_customBox);
    customLayout->setContentsMargins(0, 0, 0, 0);
    m_start->setObjectName(QStringLiteral("startTime"));
    m_end->setObjectName(QStringLiteral("endTime"));
    // The locale's clock: 24-hour, or 12-hour with AM/PM.
    m_start->setDisplayFormat(DisplayText::clockFormat(QLocale()));
    m_end->setDisplayFormat(DisplayText::clockFormat(QLocale()));
    m_start->setTime(QTime(9, 0));
    m_end->setTime(QTime(10, 0));
    m_start->setAccessibleName(tr("Start time"));
    m_end->setAccessibleName(tr("End time"));
    customLayout->addWidget(m_start);
    customLayout->addWidget(new QLabel(tr("to"), m_customBox));
    customLayout->addWidget(m_end);
    customLayout->addStretch(1);
    form->addRow(tr("Time"), m_customBox);
    m_form = form;

    m_capacity->setObjectName(QStringLiteral("capacitySpin"));
    m_capacity->setRange(0, 500);
    m_capacity->setSpecialValueText(tr("Any size"));
    m_capacity->setSuffix(tr(" pupils"));
    m_capacity->setAccessibleName(tr("Class size"));
    m_capacity->setAccessibleDescription(tr("Only rooms with at least this many seats"));
    form->addRow(tr("Class &size"), m_capacity);
    layout->addLayout(form);
    // A little room beside each label: the last letters of some (the "o" of Spanish "Tamaño del
    // grupo") are drawn a pixel or two wider than Qt measures them, and would be cut off.
    for (int row = 0; row < form->rowCount(); ++row) {
        if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole)) {
            if (QWidget *label = item->widget())
                label->setMinimumWidth(label->sizeHint().width() + 4);
        }
    }

    m_timeError->setObjectName(QStringLiteral("timeError"));
    m_timeError->setText(tr("The end time must be after the start time."));
    m_timeError->hide();
    layout->addWidget(m_timeError);

    auto *featuresTitle = new QLabel(tr("Needs"), this);
    featuresTitle->setObjectName(QStringLiteral("fieldTitle"));
    layout->addWidget(featuresTitle);
    m_featureGrid->setHorizontalSpacing(12);
    m_featureGrid->setVerticalSpacing(6);
    layout->addLayout(m_featureGrid);

    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_quiet)
            return;
        showDayInfo();
        emit dateChosen(date);
        onInputChanged();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        m_form->setRowVisible(m_customBox, isCustom());
        if (!m_quiet && !isCustom())
            m_preferredPeriod = m_periods.at(m_period->currentIndex()).name;
        onInputChanged();
    });
    connect(m_date->calendarWidget(), &QCalendarWidget::currentPageChanged, this,
            &SearchPanel::monthShown);
    connect(m_start, &QTimeEdit::timeChanged, this, &SearchPanel::onInputChanged);
    connect(m_end, &QTimeEdit::timeChanged, this, &SearchPanel::onInputChanged);
    connect(m_capacity, &QSpinBox::valueChanged, this, &SearchPanel::onInputChanged);
    setPeriods({});
}

void SearchPanel::setPeriods(const QList<PeriodSlot> &periods) {
    applyPeriods(periods, false);
    onInputChanged();
}

void SearchPanel::showDay(const SchoolDay &day, const QList<PeriodSlot> &periods, bool nextPeriod) {
    m_quiet = true;
    m_day = day;
    m_date->setDate(day.date);
    m_quiet = false;
    applyPeriods(periods, nextPeriod);
    showDayInfo();
    onInputChanged();
}

void SearchPanel::applyPeriods(const QList<PeriodSlot> &periods, bool nextPeriod) {
    const int previousIndex = m_period->currentIndex();
    m_periods = periods;
    m_quiet = true;
    m_period->clear();
    for (const PeriodSlot &period : periods)
        m_period->addItem(tr("%1  (%2–%3)")
                              .arg(period.name, DisplayText::clock(period.start),
                                   DisplayText::clock(period.end)));
    m_period->addItem(tr("Custom time…"));
    int index = -1;
    if (nextPeriod) {
        // The next period that has not ended yet; every period of a later day.
        const QDateTime now = QDateTime::currentDateTime();
        for (int i = 0; i < periods.size() && index < 0; ++i) {
            if (QDateTime(m_date->date(), periods.at(i).end) > now)
                index = i;
        }
    } else {
        for (int i = 0; i < periods.size() && index < 0; ++i) {
            if (periods.at(i).name == m_preferredPeriod)
                index = i;
        }
        if (index < 0 && previousIndex >= 0 && previousIndex < periods.size())
            index = previousIndex;
    }
    m_period->setCurrentIndex(index >= 0 ? index : periods.isEmpty() ? m_period->count() - 1 : 0);
    if (nextPeriod && !isCustom())
        m_preferredPeriod = periods.at(m_period->currentIndex()).name;
    m_form->setRowVisible(m_customBox, isCustom());
    m_quiet = false;
}

QDate SearchPanel::date() const {
    return m_date->date();
}

void SearchPanel::showDayInfo() {
    const bool known = m_day.date == m_date->date();
    QString text;
    if (known && !m_day.open)
        text = m_day.reason.isEmpty() ? tr("School closed")
                                      : tr("School closed: %1").arg(m_day.reason);
    else if (known && !m_day.week.isEmpty() && !m_day.term.isEmpty())
        text = tr("Week %1 · %2").arg(m_day.week, m_day.term);
    else if (known && !m_day.week.isEmpty())
        text = tr("Week %1").arg(m_day.week);
    else if (known)
        text = m_day.term;
    m_dayInfo->setText(text);
    m_dayInfo->setProperty("closed", known && !m_day.open);
    m_dayInfo->style()->unpolish(m_dayInfo);
    m_dayInfo->style()->polish(m_dayInfo);
    m_dayInfo->setAccessibleName(text);
    m_dayInfo->setToolTip(text);
    m_form->setRowVisible(m_dayInfo, !text.isEmpty());
}

QString SearchPanel::dayInfoText() const {
    return m_dayInfo->isHidden() ? QString() : m_dayInfo->text();
}

void SearchPanel::setCalendarDays(const QList<SchoolDay> &days) {
    QCalendarWidget *calendar = m_date->calendarWidget();
    for (const SchoolDay &day : days) {
        QTextCharFormat format;
        if (!day.open) {
            format.setBackground(QColor(0xf3, 0xd9, 0xd6));
            format.setForeground(QColor(0x8c, 0x1d, 0x18));
            format.setFontStrikeOut(true);
            format.setToolTip(day.reason.isEmpty() ? tr("School closed")
                                                   : tr("School closed: %1").arg(day.reason));
        } else if (!day.week.isEmpty()) {
            format.setToolTip(tr("Week %1").arg(day.week));
        }
        calendar->setDateTextFormat(day.date, format);
    }
}

int SearchPanel::shownYear() const {
    return m_date->calendarWidget()->yearShown();
}

int SearchPanel::shownMonth() const {
    return m_date->calendarWidget()->monthShown();
}

void SearchPanel::setFeatures(const QStringList &features) {
    const QStringList checked = criteria().features;
    qDeleteAll(m_featureBoxes);
    m_featureBoxes.clear();
    for (const QString &feature : features) {
        auto *box = new QCheckBox(feature, this);
        box->setObjectName(QStringLiteral("feature_") + feature);
        box->setAccessibleName(tr("Needs %1").arg(feature));
        box->setChecked(checked.contains(feature));
        connect(box, &QCheckBox::toggled, this, &SearchPanel::onInputChanged);
        m_featureGrid->addWidget(box, int(m_featureBoxes.size()) / 2,
                                 int(m_featureBoxes.size()) % 2);
        m_featureBoxes << box;
    }
    // The boxes come after the class size when tabbing, as they are read, not after everything
    // else in the window (they are made once the rooms have arrived).
    FocusChain::placeAfter(m_capacity, {m_featureBoxes.cbegin(), m_featureBoxes.cend()});
}

void SearchPanel::focusFirstField() {
    m_date->setFocus(Qt::ShortcutFocusReason);
}

void SearchPanel::stepDate(int days) {
    m_date->setDate(m_date->date().addDays(days));
}

void SearchPanel::keyPressEvent(QKeyEvent *event) {
    // Return in any field of the search (the fields themselves pass it on): search now and go to
    // the results.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier) {
        event->accept();
        onInputChanged();
        if (criteria().isValid())
            emit searchRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool SearchPanel::isCustom() const {
    return m_period->currentIndex() < 0 || m_period->currentIndex() >= m_periods.size();
}

SearchCriteria SearchPanel::criteria() const {
    SearchCriteria criteria;
    const QDate date = m_date->date();
    if (isCustom())
        criteria.interval =
            Interval(QDateTime(date, m_start->time()), QDateTime(date, m_end->time()));
    else {
        const PeriodSlot &period = m_periods.at(m_period->currentIndex());
        criteria.interval = Interval(QDateTime(date, period.start), QDateTime(date, period.end));
    }
    criteria.minCapacity = m_capacity->value();
    for (const QCheckBox *box : m_featureBoxes) {
        if (box->isChecked())
            criteria.features << box->text();
    }
    return criteria;
}

void SearchPanel::onInputChanged() {
    if (m_quiet)
        return;
    const SearchCriteria current = criteria();
    m_timeError->setVisible(!current.isValid());
    if (current.isValid())
        emit criteriaChanged(current);
}

void SearchPanel::setDate(const QDate &date) {
    m_date->setDate(date);
}

void SearchPanel::selectPeriod(int index) {
    m_period->setCurrentIndex(index);
}

void SearchPanel::setCustomTime(const QTime &start, const QTime &end) {
    m_quiet = true;
    m_period->setCurrentIndex(m_period->count() - 1);
    m_start->setTime(start);
    m_end->setTime(end);
    m_quiet = false;
    onInputChanged();
}

void SearchPanel::setMinCapacity(int seats) {
    m_capacity->setValue(seats);
}

void SearchPanel::setRequiredFeatures(const QStringList &features) {
    m_quiet = true;
    for (QCheckBox *box : std::as_const(m_featureBoxes))
        box->setChecked(features.contains(box->text()));
    m_quiet = false;
    onInputChanged();
}

int SearchPanel::periodCount() const {
    return int(m_periods.size());
}

QString SearchPanel::describeTime() const {
    const SearchCriteria current = criteria();
    return tr("%1, %2").arg(DisplayText::day(current.interval.start().date()), describePeriod());
}

QString SearchPanel::describePeriod() const {
    const SearchCriteria current = criteria();
    const QString times =
        QStringLiteral("%1–%2").arg(DisplayText::clock(current.interval.start().time()),
                                    DisplayText::clock(current.interval.end().time()));
    if (isCustom())
        return times;
    return tr("%1 (%2)").arg(m_periods.at(m_period->currentIndex()).name, times);
}
