// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ClosedRange.h"

#include <QGroupBox>
#include <QList>
#include <QMap>

class QPushButton;
class QTableWidget;
class TermsEditor;

// The closed days of the school calendar (holidays and inset days inside a term) in an
// editable table: reason, first and last day, and a check column the page fills.
class ClosedDaysEditor : public QGroupBox {
    Q_OBJECT
public:
    // terms: where a new closed range starts, inside a term if there is one.
    explicit ClosedDaysEditor(const TermsEditor *terms, QWidget *parent = nullptr);

    // Replaces the rows with the stored closed ranges; not an edit.
    void setRanges(const QList<ClosedRange> &ranges);
    QList<ClosedRange> ranges() const;
    // A one-day range today (or on the first term's first day), its reason ready to type.
    void addRange();
    void removeSelected();
    // problems: by the validator's index, whose first closed-days row is firstIndex.
    void showChecks(const QMap<int, QString> &problems, int firstIndex);

signals:
    // The admin changed, added or removed a closed range.
    void edited();

private:
    void appendRange(const ClosedRange &range);
    void reportEdit();

    const TermsEditor *m_terms;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_loading = false;
};
