// SPDX-License-Identifier: GPL-3.0-or-later

#include "NotificationsDialog.h"

#include "ToastArea.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

NotificationsDialog::NotificationsDialog(ToastArea *toasts, QWidget *parent)
    : QDialog(parent), m_toasts(toasts), m_empty(new QLabel(this)), m_list(new QListWidget(this)) {
    setObjectName(QStringLiteral("notificationsDialog"));
    setWindowTitle(tr("Recent notifications"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(
        tr("The last %n notifications, newest first.", nullptr, ToastArea::MaxRecent), this);
    heading->setObjectName(QStringLiteral("dialogHeading"));
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_empty->setObjectName(QStringLiteral("emptyHint"));
    m_empty->setText(tr("No notifications yet."));
    layout->addWidget(m_empty);
    m_list->setObjectName(QStringLiteral("notificationsList"));
    m_list->setAccessibleName(tr("Recent notifications"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setMinimumSize(fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 12);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_toasts, &ToastArea::recentChanged, this, &NotificationsDialog::refresh);
    refresh();
}

void NotificationsDialog::refresh() {
    m_list->clear();
    const QLocale locale;
    for (const RecentNotice &notice : m_toasts->recent()) {
        const QString time = locale.toString(notice.time.time(), QLocale::ShortFormat);
        auto *item = new QListWidgetItem(tr("%1  %2").arg(time, notice.text), m_list);
        item->setToolTip(locale.toString(notice.time, QLocale::LongFormat));
        item->setData(Qt::AccessibleTextRole,
                      tr("%1, %2: %3").arg(Toast::kindName(notice.kind), time, notice.text));
    }
    m_empty->setVisible(m_list->count() == 0);
    m_list->setVisible(m_list->count() > 0);
    if (m_list->count() > 0 && !m_list->currentItem())
        m_list->setCurrentRow(0);
}

QStringList NotificationsDialog::lines() const {
    QStringList lines;
    for (int i = 0; i < m_list->count(); ++i)
        lines << m_list->item(i)->text();
    return lines;
}
