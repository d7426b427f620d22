// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "CsvRow.h"
#include "ImportPlan.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// A CSV file with a header row (contract section 3), read for an import: columns by name,
// every problem of its shape reported with its line number.
class CsvTable {
public:
    // Parses csv; the header must name every required column (in any order), and every record
    // must have as many fields as the header and no NUL character. Returns false and appends
    // line-numbered problems otherwise.
    bool read(const QString &csv, const QStringList &required,
              QList<ImportPlan::Problem> *problems);

    // The records after the header.
    const QList<CsvRow> &records() const { return m_records; }
    // The named field of a record, trimmed; raw() keeps the spaces (passwords).
    QString field(const CsvRow &record, const QString &column) const;
    QString raw(const CsvRow &record, const QString &column) const;

private:
    QList<CsvRow> m_records;
    QHash<QString, int> m_columns;
};
