// SPDX-License-Identifier: GPL-3.0-or-later

#include "CsvParser.h"

bool CsvParser::parse(const QString &text, QList<CsvRow> *rows, QString *error) {
    rows->clear();
    QString content = text;
    if (content.startsWith(QChar(0xFEFF)))
        content.remove(0, 1);

    int line = 1;
    CsvRow row{line, {}};
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    bool rowHasContent = false;
    auto endField = [&] {
        row.fields << field;
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRow = [&] {
        endField();
        if (rowHasContent || row.fields.size() > 1 || !row.fields.first().isEmpty())
            rows->append(row);
        row = CsvRow{line, {}};
        rowHasContent = false;
    };

    for (int i = 0; i < content.size(); ++i) {
        const QChar c = content.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < content.size() && content.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted) {
                *error = QStringLiteral("line %1: unexpected quote inside a field").arg(line);
                return false;
            }
            quoted = true;
            fieldWasQuoted = true;
            rowHasContent = true;
        } else if (c == QLatin1Char(',')) {
            endField();
            rowHasContent = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < content.size() &&
                content.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRow();
        } else {
            if (fieldWasQuoted) {
                *error = QStringLiteral("line %1: text after a closing quote").arg(line);
                return false;
            }
            field += c;
            rowHasContent = true;
        }
    }
    if (quoted) {
        *error = QStringLiteral("line %1: quoted field is never closed").arg(row.line);
        return false;
    }
    endRow();
    return true;
}
