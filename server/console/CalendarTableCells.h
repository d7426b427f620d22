// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QString>

class QDateEdit;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

// The cells the calendar's editing tables share: a name, two date edits, a check column.
class CalendarTableCells {
public:
    // A single-selection table of rows whose columns 1 and 2 hold the first and last day.
    static QTableWidget *editorTable(int columns, const QString &objectName,
                                     const QString &accessibleName, QWidget *parent);
    // A date edit for a cell; edited() is connected by the caller.
    static QDateEdit *dateEdit(const QDate &date, const QString &objectName,
                               const QString &accessibleName, QTableWidget *table);
    static QDate date(const QTableWidget *table, int row, int column);
    static QString text(const QTableWidget *table, int row, int column);
    static QTableWidgetItem *readOnly(const QString &text);
    // The check column: the problem in red, or else what is fine about the row.
    static void showCheck(QTableWidget *table, int row, int column, const QString &problem,
                          const QString &fine);
};
