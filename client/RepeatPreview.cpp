// SPDX-License-Identifier: GPL-3.0-or-later

#include "RepeatPreview.h"

#include "DisplayText.h"
#include "ReplyText.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QColor statusColour(const SeriesOccurrence &occurrence) {
    if (RepeatPreview::isBookable(occurrence))
        return QColor(0x2c, 0x6e, 0x49);
    switch (occurrence.status) {
    case SeriesOccurrence::Status::Locked:
        return QColor(0x8a, 0x5a, 0x00);
    case SeriesOccurrence::Status::Closed:
        return QColor(0x5b, 0x67, 0x77);
    default:
        return QColor(0xb3, 0x26, 0x1e);
    }
}
} // namespace

RepeatPreview::RepeatPreview(const QString &roomName, QWidget *parent)
    : QWidget(parent), m_roomName(roomName), m_summary(new QLabel(this)),
      m_list(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("repeatPreview"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list->setObjectName(QStringLiteral("previewList"));
    m_list->setAccessibleName(tr("Dates of the series"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Date"), tr("Status")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::TabFocus);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setFixedHeight(120);
    layout->addWidget(m_list, 1);
}

bool RepeatPreview::isBookable(const SeriesOccurrence &occurrence) {
    return occurrence.status == SeriesOccurrence::Status::Free && occurrence.code.isEmpty();
}

QString RepeatPreview::statusText(const SeriesOccurrence &occurrence, const QString &roomName) {
    switch (occurrence.status) {
    case SeriesOccurrence::Status::Free:
        if (occurrence.code.isEmpty())
            return tr("Free");
        return tr("Not allowed: %1")
            .arg(ReplyText::refusal(occurrence.code, occurrence.message, {}, roomName));
    case SeriesOccurrence::Status::Booked:
        if (occurrence.conflict.purpose.isEmpty())
            return tr("Taken by %1").arg(occurrence.conflict.teacherName);
        return tr("Taken by %1 (%2)")
            .arg(occurrence.conflict.teacherName, occurrence.conflict.purpose);
    case SeriesOccurrence::Status::Locked:
        return tr("Being booked by %1").arg(occurrence.holder);
    case SeriesOccurrence::Status::Closed:
        return occurrence.reason.isEmpty()
                   ? tr("School closed")
                   : tr("School closed: %1").arg(ReplyText::closedReason(occurrence.reason));
    }
    return {};
}

void RepeatPreview::showLoading() {
    m_occurrences.clear();
    m_list->clear();
    m_summary->setText(tr("Checking every date…"));
}

void RepeatPreview::showError(const QString &message) {
    m_occurrences.clear();
    m_list->clear();
    m_summary->setText(message);
}

void RepeatPreview::showOccurrences(const QList<SeriesOccurrence> &occurrences) {
    m_occurrences = occurrences;
    m_list->clear();
    for (const SeriesOccurrence &occurrence : occurrences) {
        auto *item = new QTreeWidgetItem(
            m_list, {DisplayText::range(occurrence.interval), statusText(occurrence, m_roomName)});
        item->setForeground(1, statusColour(occurrence));
        item->setData(1, Qt::UserRole, SeriesOccurrence::statusName(occurrence.status));
        item->setToolTip(1, item->text(1));
    }
    // Tall enough for every date up to a school term's worth; longer series scroll.
    constexpr int MaxRowsShown = 14;
    const int rows = qBound(1, int(occurrences.size()), MaxRowsShown);
    m_list->setFixedHeight(rows * qMax(m_list->sizeHintForRow(0), 18) +
                           m_list->header()->sizeHint().height() + 2 * m_list->frameWidth() + 4);
    m_summary->setText(summaryText());
}

int RepeatPreview::bookableCount() const {
    return int(std::count_if(m_occurrences.cbegin(), m_occurrences.cend(), &isBookable));
}

QString RepeatPreview::summaryText() const {
    if (m_occurrences.isEmpty())
        return m_summary->text();
    if (m_occurrences.size() == 1)
        return bookableCount() == 1 ? tr("The date will be booked.")
                                    : tr("The date cannot be booked.");
    return tr("%1 of %2 dates will be booked.").arg(bookableCount()).arg(m_occurrences.size());
}

QStringList RepeatPreview::rowTexts() const {
    QStringList rows;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        rows << tr("%1: %2").arg(item->text(0), item->text(1));
    }
    return rows;
}
