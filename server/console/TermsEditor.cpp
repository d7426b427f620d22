// SPDX-License-Identifier: GPL-3.0-or-later

#include "TermsEditor.h"

#include "CalendarTableCells.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum TermColumn { TermName, TermFirst, TermLast, TermWeeks, TermCheck, TermColumns };
} // namespace

TermsEditor::TermsEditor(QWidget *parent) : QGroupBox(tr("Terms"), parent) {
    m_table = CalendarTableCells::editorTable(TermColumns, QStringLiteral("termsTable"),
                                              tr("Terms"), this);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("First day"), tr("Last day"), tr("Week cycle"), tr("Check")});
    m_table->horizontalHeaderItem(TermWeeks)->setToolTip(
        tr("The labels its weeks take in turn, e.g. A;B for a two-week timetable. "
           "Empty: no cycle."));
    m_table->setColumnWidth(TermWeeks, 90);
    m_table->setColumnWidth(TermCheck, 90);
    m_add = new QPushButton(tr("Add term"), this);
    m_add->setObjectName(QStringLiteral("addTermButton"));
    m_remove = new QPushButton(tr("Remove term"), this);
    m_remove->setObjectName(QStringLiteral("removeTermButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("When terms exist, every date outside them is closed "
                                "(school holidays). Without terms every day is open."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &TermsEditor::addTerm);
    connect(m_remove, &QPushButton::clicked, this, &TermsEditor::removeSelected);
    connect(m_table, &QTableWidget::itemChanged, this, &TermsEditor::reportEdit);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
}

void TermsEditor::reportEdit() {
    if (!m_loading)
        emit edited();
}

void TermsEditor::setTerms(const QList<Term> &terms) {
    m_loading = true;
    m_table->setRowCount(0);
    for (const Term &term : terms)
        appendTerm(term);
    m_loading = false;
    m_remove->setEnabled(false);
}

QList<Term> TermsEditor::terms() const {
    QList<Term> terms;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Term term;
        term.name = CalendarTableCells::text(m_table, row, TermName);
        term.first = CalendarTableCells::date(m_table, row, TermFirst);
        term.last = CalendarTableCells::date(m_table, row, TermLast);
        static const QRegularExpression separators(QStringLiteral("[;,\\s]+"));
        for (const QString &label : CalendarTableCells::text(m_table, row, TermWeeks)
                                        .split(separators, Qt::SkipEmptyParts))
            term.weeks << label;
        terms << term;
    }
    return terms;
}

void TermsEditor::addTerm() {
    const QList<Term> existing = terms();
    Term term;
    term.name = tr("Term %1").arg(existing.size() + 1);
    QDate after;
    for (const Term &other : existing)
        if (other.last.isValid() && (!after.isValid() || other.last > after))
            after = other.last;
    // Twelve weeks, Monday to Friday: from the Monday after the last term, or this week's.
    const QDate today = QDate::currentDate();
    term.first = after.isValid() ? after.addDays(8 - after.dayOfWeek())
                                 : today.addDays(1 - today.dayOfWeek());
    term.last = term.first.addDays(12 * 7 - 3);
    appendTerm(term);
    m_table->selectRow(m_table->rowCount() - 1);
    m_table->editItem(m_table->item(m_table->rowCount() - 1, TermName));
    emit edited();
}

void TermsEditor::removeSelected() {
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return;
    m_table->removeRow(items.first()->row());
    emit edited();
}

void TermsEditor::showChecks(const QMap<int, QString> &problems, int firstIndex) {
    const QList<Term> shown = terms();
    const bool wasLoading = m_loading;
    m_loading = true;
    for (int row = 0; row < shown.size(); ++row) {
        const Term &term = shown.at(row);
        const qint64 weeks = (term.first.daysTo(term.last) + 7) / 7;
        CalendarTableCells::showCheck(m_table, row, TermCheck, problems.value(firstIndex + row),
                                      weeks == 1 ? tr("1 week") : tr("%1 weeks").arg(weeks));
    }
    m_loading = wasLoading;
}

void TermsEditor::appendTerm(const Term &term) {
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, TermName, new QTableWidgetItem(term.name));
    auto *weeks = new QTableWidgetItem(term.weeks.join(QLatin1Char(';')));
    weeks->setToolTip(tr("e.g. A;B — empty for no week cycle"));
    m_table->setItem(row, TermWeeks, weeks);
    m_table->setItem(row, TermCheck, CalendarTableCells::readOnly(QString()));
    for (const int column : {int(TermFirst), int(TermLast)}) {
        const bool isFirst = column == TermFirst;
        QDateEdit *edit = CalendarTableCells::dateEdit(
            isFirst ? term.first : term.last,
            isFirst ? QStringLiteral("termFirstEdit") : QStringLiteral("termLastEdit"),
            isFirst ? tr("First day of %1").arg(term.name) : tr("Last day of %1").arg(term.name),
            m_table);
        connect(edit, &QDateEdit::dateChanged, this, &TermsEditor::reportEdit);
        m_table->setCellWidget(row, column, edit);
    }
    m_loading = wasLoading;
}
