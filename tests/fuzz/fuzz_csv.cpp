// SPDX-License-Identifier: GPL-3.0-or-later

// The CSV reader of every import (RFC 4180: quotes, doubled quotes, CRLF or LF, newlines inside
// quotes): CsvParser, and CsvTable on top of it (header, columns by name, field counts, NUL).
// A file it accepts, written back with every field quoted, reads as the same records; a file it
// refuses is refused with a line number that exists.

#include "FuzzSupport.h"

#include "CsvParser.h"
#include "CsvTable.h"

namespace {
QString quoted(const QStringList &fields) {
    QStringList parts;
    for (QString field : fields)
        parts << QLatin1Char('"') + field.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                     QLatin1Char('"');
    return parts.join(QLatin1Char(','));
}

// Lines as the parser counts them: every LF, CRLF or lone CR outside quotes ends one, LF inside.
int lineCount(const QString &text) {
    return int(text.count(QLatin1Char('\n')) + text.count(QLatin1Char('\r'))) + 1;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    FuzzSupport::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = FuzzSupport::text(data, size);
    QList<CsvRow> rows;
    QString error;
    if (!CsvParser::parse(text, &rows, &error)) {
        FUZZ_CHECK(error.startsWith(QStringLiteral("line ")), error);
        const int line = error.section(QLatin1Char(':'), 0, 0).section(QLatin1Char(' '), 1).toInt();
        FUZZ_CHECK(line >= 1 && line <= lineCount(text), error);
    } else {
        int previous = 0;
        QStringList written;
        for (const CsvRow &row : std::as_const(rows)) {
            FUZZ_CHECK(row.line > previous && row.line <= lineCount(text),
                       QStringLiteral("line %1 after %2").arg(row.line).arg(previous));
            FUZZ_CHECK(!row.fields.isEmpty(), text);
            previous = row.line;
            written << quoted(row.fields);
        }
        QList<CsvRow> again;
        QString againError;
        const QString rewritten = written.join(QStringLiteral("\r\n"));
        FUZZ_CHECK(CsvParser::parse(rewritten, &again, &againError), againError);
        FUZZ_CHECK(again.size() == rows.size(), rewritten);
        for (int i = 0; i < rows.size(); ++i)
            FUZZ_CHECK(again.at(i).fields == rows.at(i).fields, rewritten);
    }

    // The shape every import checks first.
    CsvTable table;
    QList<ImportPlan::Problem> problems;
    const QStringList required{QStringLiteral("name"), QStringLiteral("capacity")};
    const bool read = table.read(text, required, &problems);
    FUZZ_CHECK(read == problems.isEmpty(), text);
    for (const ImportPlan::Problem &problem : std::as_const(problems)) {
        FUZZ_CHECK(problem.line >= 1 && problem.line <= lineCount(text),
                   QStringLiteral("line %1: %2").arg(problem.line).arg(problem.reason));
        FUZZ_CHECK(!problem.reason.isEmpty(), text);
    }
    if (read) {
        for (const CsvRow &record : table.records()) {
            FUZZ_CHECK(!table.field(record, QStringLiteral("name")).contains(QChar(0)), text);
            (void)table.raw(record, QStringLiteral("capacity"));
        }
    }
    return 0;
}
