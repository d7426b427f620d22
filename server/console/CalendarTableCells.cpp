// SPDX-License-Identifier: GPL-3.0-or-later

#include "CalendarTableCells.h"

#include <QDateEdit>
#include <QHeaderView>
#include <QTableWidget>

namespace {
const QColor ProblemColour(0xb0, 0x00, 0x20);
// Wide enough for "Wed 30 Sep 2026" and the popup button: a cell widget has no size hint the
// header could use.
constexpr int DateEditWidth = 150;
} // namespace

QTableWidget *CalendarTableCells::editorTable(int columns, const QString &objectName,
                                              const QString &accessibleName, QWidget *parent) {
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(30);
    QHeaderView *header = table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setMinimumSectionSize(70);
    table->setColumnWidth(1, DateEditWidth);
    table->setColumnWidth(2, DateEditWidth);
    return table;
}

QDateEdit *CalendarTableCells::dateEdit(const QDate &date, const QString &objectName,
                                        const QString &accessibleName, QTableWidget *table) {
    auto *edit = new QDateEdit(date, table);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    edit->setCalendarPopup(true);
    edit->setFrame(false);
    return edit;
}

QDate CalendarTableCells::date(const QTableWidget *table, int row, int column) {
    const auto *edit = qobject_cast<const QDateEdit *>(table->cellWidget(row, column));
    return edit ? edit->date() : QDate();
}

QString CalendarTableCells::text(const QTableWidget *table, int row, int column) {
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QTableWidgetItem *CalendarTableCells::readOnly(const QString &text) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

void CalendarTableCells::showCheck(QTableWidget *table, int row, int column, const QString &problem,
                                   const QString &fine) {
    QTableWidgetItem *item = table->item(row, column);
    if (!item)
        return;
    item->setText(problem.isEmpty() ? fine : problem);
    item->setToolTip(item->text());
    item->setForeground(problem.isEmpty() ? table->palette().color(QPalette::Text) : ProblemColour);
}
