// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Term.h"

#include <QGroupBox>
#include <QList>
#include <QMap>

class QPushButton;
class QTableWidget;

// The terms of the school calendar in an editable table: name, first and last day, week cycle,
// and a check column the page fills from the calendar's validation.
class TermsEditor : public QGroupBox {
    Q_OBJECT
public:
    explicit TermsEditor(QWidget *parent = nullptr);

    // Replaces the rows with the stored terms; not an edit.
    void setTerms(const QList<Term> &terms);
    QList<Term> terms() const;
    // Twelve weeks, Monday to Friday, after the last term; its name ready to type.
    void addTerm();
    void removeSelected();
    // problems: by the validator's index, whose first terms-table row is firstIndex.
    void showChecks(const QMap<int, QString> &problems, int firstIndex);

signals:
    // The admin changed, added or removed a term.
    void edited();

private:
    void appendTerm(const Term &term);
    void reportEdit();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_loading = false;
};
