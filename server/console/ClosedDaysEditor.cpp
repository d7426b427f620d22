// SPDX-License-Identifier: GPL-3.0-or-later

#include "ClosedDaysEditor.h"

#include "CalendarTableCells.h"
#include "TermsEditor.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum ClosedColumn { ClosedName, ClosedFirst, ClosedLast, ClosedCheck, ClosedColumns };
} // namespace

ClosedDaysEditor::ClosedDaysEditor(const TermsEditor *terms, QWidget *parent)
    : QGroupBox(tr("Closed days"), parent), m_terms(terms) {
    m_table = CalendarTableCells::editorTable(ClosedColumns, QStringLiteral("closedDaysTable"),
                                              tr("Closed days"), this);
    m_table->setHorizontalHeaderLabels(
        {tr("Reason"), tr("First day"), tr("Last day"), tr("Check")});
    m_table->setColumnWidth(ClosedCheck, 90);
    m_add = new QPushButton(tr("Add closed days"), this);
    m_add->setObjectName(QStringLiteral("addClosedDaysButton"));
    m_remove = new QPushButton(tr("Remove closed days"), this);
    m_remove->setObjectName(QStringLiteral("removeClosedDaysButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Holidays and inset days inside a term; teachers cannot "
                                "book on them and see the reason."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ClosedDaysEditor::addRange);
    connect(m_remove, &QPushButton::clicked, this, &ClosedDaysEditor::removeSelected);
    connect(m_table, &QTableWidget::itemChanged, this, &ClosedDaysEditor::reportEdit);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
}

void ClosedDaysEditor::reportEdit() {
    if (!m_loading)
        emit edited();
}

void ClosedDaysEditor::setRanges(const QList<ClosedRange> &ranges) {
    m_loading = true;
    m_table->setRowCount(0);
    for (const ClosedRange &range : ranges)
        appendRange(range);
    m_loading = false;
    m_remove->setEnabled(false);
}

QList<ClosedRange> ClosedDaysEditor::ranges() const {
    QList<ClosedRange> ranges;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ClosedRange range;
        range.name = CalendarTableCells::text(m_table, row, ClosedName);
        range.first = CalendarTableCells::date(m_table, row, ClosedFirst);
        range.last = CalendarTableCells::date(m_table, row, ClosedLast);
        ranges << range;
    }
    return ranges;
}

void ClosedDaysEditor::addRange() {
    ClosedRange range;
    range.name = tr("Inset day");
    range.first = QDate::currentDate();
    // Inside a term if there is one: the school is open today only within one.
    const QList<Term> terms = m_terms->terms();
    bool insideTerm = terms.isEmpty();
    for (const Term &term : terms)
        insideTerm = insideTerm || term.contains(range.first);
    if (!insideTerm && terms.first().first.isValid())
        range.first = terms.first().first;
    range.last = range.first;
    appendRange(range);
    m_table->selectRow(m_table->rowCount() - 1);
    m_table->editItem(m_table->item(m_table->rowCount() - 1, ClosedName));
    emit edited();
}

void ClosedDaysEditor::removeSelected() {
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return;
    m_table->removeRow(items.first()->row());
    emit edited();
}

void ClosedDaysEditor::showChecks(const QMap<int, QString> &problems, int firstIndex) {
    const QList<ClosedRange> shown = ranges();
    const bool wasLoading = m_loading;
    m_loading = true;
    for (int row = 0; row < shown.size(); ++row) {
        const ClosedRange &range = shown.at(row);
        const qint64 days = range.first.daysTo(range.last) + 1;
        CalendarTableCells::showCheck(m_table, row, ClosedCheck, problems.value(firstIndex + row),
                                      days == 1 ? tr("1 day") : tr("%1 days").arg(days));
    }
    m_loading = wasLoading;
}

void ClosedDaysEditor::appendRange(const ClosedRange &range) {
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, ClosedName, new QTableWidgetItem(range.name));
    m_table->setItem(row, ClosedCheck, CalendarTableCells::readOnly(QString()));
    for (const int column : {int(ClosedFirst), int(ClosedLast)}) {
        const bool isFirst = column == ClosedFirst;
        QDateEdit *edit = CalendarTableCells::dateEdit(
            isFirst ? range.first : range.last,
            isFirst ? QStringLiteral("closedFirstEdit") : QStringLiteral("closedLastEdit"),
            isFirst ? tr("First closed day of %1").arg(range.name)
                    : tr("Last closed day of %1").arg(range.name),
            m_table);
        connect(edit, &QDateEdit::dateChanged, this, &ClosedDaysEditor::reportEdit);
        m_table->setCellWidget(row, column, edit);
    }
    m_loading = wasLoading;
}
