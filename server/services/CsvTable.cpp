// SPDX-License-Identifier: GPL-3.0-or-later

#include "CsvTable.h"

#include "CsvParser.h"

#include <algorithm>

bool CsvTable::read(const QString &csv, const QStringList &required,
                    QList<ImportPlan::Problem> *problems) {
    m_records.clear();
    m_columns.clear();
    QList<CsvRow> rows;
    QString error;
    if (!CsvParser::parse(csv, &rows, &error)) {
        const int line = error.section(QLatin1Char(':'), 0, 0).section(QLatin1Char(' '), 1).toInt();
        problems->append({line, error.section(QLatin1String(": "), 1)});
        return false;
    }
    if (rows.isEmpty()) {
        problems->append({1, QStringLiteral("the file is empty; expected the header %1")
                                 .arg(required.join(QLatin1Char(',')))});
        return false;
    }
    const CsvRow &header = rows.first();
    for (int i = 0; i < header.fields.size(); ++i)
        m_columns.insert(header.fields.at(i).trimmed().toLower(), i);
    const qsizetype before = problems->size();
    for (const QString &name : required) {
        if (!m_columns.contains(name))
            problems->append({header.line, QStringLiteral("the header lacks the column '%1' "
                                                          "(expected %2)")
                                               .arg(name, required.join(QLatin1Char(',')))});
    }
    if (problems->size() > before)
        return false;
    for (int i = 1; i < rows.size(); ++i) {
        const CsvRow &row = rows.at(i);
        if (row.fields.size() != header.fields.size())
            problems->append({row.line, QStringLiteral("has %1 fields, the header has %2")
                                            .arg(row.fields.size())
                                            .arg(header.fields.size())});
        else if (std::any_of(row.fields.cbegin(), row.fields.cend(),
                             [](const QString &field) { return field.contains(QChar(0)); }))
            problems->append({row.line, QStringLiteral("contains a NUL character")});
        m_records << row;
    }
    return problems->size() == before;
}

QString CsvTable::field(const CsvRow &record, const QString &column) const {
    return raw(record, column).trimmed();
}

QString CsvTable::raw(const CsvRow &record, const QString &column) const {
    return record.fields.value(m_columns.value(column));
}
