// SPDX-License-Identifier: GPL-3.0-or-later

#include "CopyPeriodsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

CopyPeriodsDialog::CopyPeriodsDialog(int fromWeekday, int periodCount, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("copyPeriodsDialog"));
    const QLocale locale;
    const QString from = locale.dayName(fromWeekday);
    setWindowTitle(tr("Copy %1's periods").arg(from));
    auto *intro =
        new QLabel((periodCount == 1 ? tr("Copy %1's 1 period to:").arg(from)
                                     : tr("Copy %1's %2 periods to:").arg(from).arg(periodCount)),
                   this);
    auto *days = new QVBoxLayout;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        auto *box = new QCheckBox(locale.dayName(weekday), this);
        box->setObjectName(QStringLiteral("copyToDay%1").arg(weekday));
        box->setEnabled(weekday != fromWeekday);
        connect(box, &QCheckBox::toggled, this, &CopyPeriodsDialog::updateButton);
        m_days << box;
        days->addWidget(box);
    }
    auto *weekdaysButton = new QPushButton(tr("Monday to Friday"), this);
    weekdaysButton->setObjectName(QStringLiteral("copyToWeekdaysButton"));
    auto *allButton = new QPushButton(tr("Every day"), this);
    allButton->setObjectName(QStringLiteral("copyToAllButton"));
    auto *quick = new QHBoxLayout;
    quick->addWidget(weekdaysButton);
    quick->addWidget(allButton);
    quick->addStretch();
    auto *note = new QLabel(tr("The ticked days' own periods are replaced. Nothing is stored "
                               "until you save the schedule."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_copy = buttons->addButton(tr("Copy"), QDialogButtonBox::AcceptRole);
    m_copy->setObjectName(QStringLiteral("copyPeriodsButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(days);
    layout->addLayout(quick);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(weekdaysButton, &QPushButton::clicked, this, [this] { setWeekdays({1, 2, 3, 4, 5}); });
    connect(allButton, &QPushButton::clicked, this, [this] { setWeekdays({1, 2, 3, 4, 5, 6, 7}); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButton();
}

QList<int> CopyPeriodsDialog::weekdays() const {
    QList<int> chosen;
    for (int i = 0; i < m_days.size(); ++i)
        if (m_days.at(i)->isEnabled() && m_days.at(i)->isChecked())
            chosen << i + 1;
    return chosen;
}

void CopyPeriodsDialog::setWeekdays(const QList<int> &weekdays) {
    for (int i = 0; i < m_days.size(); ++i)
        m_days.at(i)->setChecked(m_days.at(i)->isEnabled() && weekdays.contains(i + 1));
}

void CopyPeriodsDialog::updateButton() {
    m_copy->setEnabled(!weekdays().isEmpty());
}
