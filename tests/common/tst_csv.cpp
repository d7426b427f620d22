// SPDX-License-Identifier: GPL-3.0-or-later

#include "CsvParser.h"

#include <QtTest>

namespace {
struct Parsed {
    bool ok = false;
    QList<CsvRow> rows;
    QString error;
};

Parsed parse(const QString &text) {
    Parsed parsed;
    parsed.ok = CsvParser::parse(text, &parsed.rows, &parsed.error);
    return parsed;
}

QList<int> linesOf(const QList<CsvRow> &rows) {
    QList<int> lines;
    for (const CsvRow &row : rows)
        lines << row.line;
    return lines;
}
} // namespace

class tst_Csv : public QObject {
    Q_OBJECT
private slots:
    void simpleRecords() {
        const Parsed parsed =
            parse(QStringLiteral("name,building,capacity,features\nRoom 101,Main,30,projector\n"));
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.rows.size(), 2);
        QCOMPARE(parsed.rows.at(0).fields,
                 (QStringList{QStringLiteral("name"), QStringLiteral("building"),
                              QStringLiteral("capacity"), QStringLiteral("features")}));
        QCOMPARE(parsed.rows.at(1).fields,
                 (QStringList{QStringLiteral("Room 101"), QStringLiteral("Main"),
                              QStringLiteral("30"), QStringLiteral("projector")}));
        QCOMPARE(linesOf(parsed.rows), (QList<int>{1, 2}));
    }

    void fieldsKeepSpacesAndEmptyFields() {
        const Parsed parsed = parse(QStringLiteral("a, b ,,d,\n"));
        QVERIFY(parsed.ok);
        QCOMPARE(parsed.rows.size(), 1);
        QCOMPARE(parsed.rows.at(0).fields,
                 (QStringList{QStringLiteral("a"), QStringLiteral(" b "), QString(),
                              QStringLiteral("d"), QString()}));
    }

    void rowOfOnlyCommasIsKept() {
        const Parsed parsed = parse(QStringLiteral("a,b,c\n,,\n"));
        QVERIFY(parsed.ok);
        QCOMPARE(parsed.rows.size(), 2);
        QCOMPARE(parsed.rows.at(1).fields, (QStringList{QString(), QString(), QString()}));
        QCOMPARE(parsed.rows.at(1).line, 2);
    }

    void quotedFieldWithCommas() {
        const Parsed parsed =
            parse(QStringLiteral("name,building\n\"Room 1, East wing\",\"Main, north\"\n"));
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.rows.size(), 2);
        QCOMPARE(parsed.rows.at(1).fields,
                 (QStringList{QStringLiteral("Room 1, East wing"), QStringLiteral("Main, north")}));
    }

    void doubledQuotes() {
        const Parsed parsed = parse(QStringLiteral("\"say \"\"hi\"\"\",\"\"\"\",\"\"\n"));
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.rows.size(), 1);
        QCOMPARE(parsed.rows.at(0).fields,
                 (QStringList{QStringLiteral("say \"hi\""), QStringLiteral("\""), QString()}));
    }

    void quotedEmptyFieldIsARow() {
        // "" on its own line is a record with one empty field, unlike a blank line.
        const Parsed parsed = parse(QStringLiteral("a\n\"\"\nb\n"));
        QVERIFY(parsed.ok);
        QCOMPARE(parsed.rows.size(), 3);
        QCOMPARE(parsed.rows.at(1).fields, QStringList{QString()});
        QCOMPARE(linesOf(parsed.rows), (QList<int>{1, 2, 3}));
    }

    void embeddedNewlinesKeepLineNumbers() {
        const QString text = QStringLiteral("name,notes\n"
                                            "Room 1,\"first line\nsecond line\nthird line\"\n"
                                            "Room 2,plain\n"
                                            "Room 3,\"a\nb\"\n"
                                            "Room 4,end\n");
        const Parsed parsed = parse(text);
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.rows.size(), 5);
        QCOMPARE(parsed.rows.at(1).fields.at(1),
                 QStringLiteral("first line\nsecond line\nthird line"));
        QCOMPARE(parsed.rows.at(3).fields.at(1), QStringLiteral("a\nb"));
        // Each record reports the physical line it starts on.
        QCOMPARE(linesOf(parsed.rows), (QList<int>{1, 2, 5, 6, 8}));
    }

    void embeddedCrlfInsideQuotesIsKept() {
        const Parsed parsed = parse(QStringLiteral("a,b\r\n\"x\r\ny\",z\r\nnext,row\r\n"));
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.rows.size(), 3);
        QCOMPARE(parsed.rows.at(1).fields,
                 (QStringList{QStringLiteral("x\r\ny"), QStringLiteral("z")}));
        QCOMPARE(linesOf(parsed.rows), (QList<int>{1, 2, 4}));
    }

    void crlfAndLfAreEquivalent() {
        const Parsed lf = parse(QStringLiteral("a,b\n1,2\n3,4\n"));
        const Parsed crlf = parse(QStringLiteral("a,b\r\n1,2\r\n3,4\r\n"));
        const Parsed mixed = parse(QStringLiteral("a,b\r\n1,2\n3,4\r\n"));
        for (const Parsed *parsed : {&lf, &crlf, &mixed}) {
            QVERIFY2(parsed->ok, qPrintable(parsed->error));
            QCOMPARE(parsed->rows.size(), 3);
            QCOMPARE(parsed->rows.at(0).fields,
                     (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
            QCOMPARE(parsed->rows.at(2).fields,
                     (QStringList{QStringLiteral("3"), QStringLiteral("4")}));
            QCOMPARE(linesOf(parsed->rows), (QList<int>{1, 2, 3}));
        }
        // No carriage return leaks into the last field of a line.
        QVERIFY(!crlf.rows.at(1).fields.at(1).contains(QLatin1Char('\r')));
    }

    void byteOrderMarkIsIgnored() {
        const Parsed parsed = parse(QChar(0xFEFF) + QStringLiteral("name,capacity\nRoom 1,30\n"));
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.rows.size(), 2);
        QCOMPARE(parsed.rows.at(0).fields.at(0), QStringLiteral("name"));
        QCOMPARE(linesOf(parsed.rows), (QList<int>{1, 2}));
    }

    void byteOrderMarkBeforeQuotedHeader() {
        const Parsed parsed = parse(QChar(0xFEFF) + QStringLiteral("\"name\",capacity\n"));
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.rows.at(0).fields.at(0), QStringLiteral("name"));
    }

    void trailingNewlineIsOptional() {
        const Parsed with = parse(QStringLiteral("a,b\n1,2\n"));
        const Parsed without = parse(QStringLiteral("a,b\n1,2"));
        const Parsed withCrlf = parse(QStringLiteral("a,b\r\n1,2\r\n"));
        for (const Parsed *parsed : {&with, &without, &withCrlf}) {
            QVERIFY(parsed->ok);
            QCOMPARE(parsed->rows.size(), 2);
            QCOMPARE(parsed->rows.at(1).fields,
                     (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        }
        // A quoted last field without a final newline is complete, too.
        const Parsed quoted = parse(QStringLiteral("a,b\n1,\"2, 3\""));
        QVERIFY2(quoted.ok, qPrintable(quoted.error));
        QCOMPARE(quoted.rows.at(1).fields,
                 (QStringList{QStringLiteral("1"), QStringLiteral("2, 3")}));
    }

    void blankLinesAreSkippedButCounted() {
        const Parsed parsed = parse(QStringLiteral("a,b\n\n1,2\r\n\r\n\n3,4\n\n"));
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.rows.size(), 3);
        QCOMPARE(parsed.rows.at(1).fields, (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(parsed.rows.at(2).fields, (QStringList{QStringLiteral("3"), QStringLiteral("4")}));
        QCOMPARE(linesOf(parsed.rows), (QList<int>{1, 3, 6}));
    }

    void emptyInput() {
        for (const QString &text : {QString(), QStringLiteral("\n"), QStringLiteral("\r\n\r\n"),
                                    QString(QChar(0xFEFF))}) {
            const Parsed parsed = parse(text);
            QVERIFY(parsed.ok);
            QVERIFY(parsed.rows.isEmpty());
        }
    }

    void previousRowsAreClearedOnEachParse() {
        QList<CsvRow> rows{CsvRow{9, {QStringLiteral("stale")}}};
        QString error;
        QVERIFY(CsvParser::parse(QStringLiteral("a\n"), &rows, &error));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).fields, QStringList{QStringLiteral("a")});
    }

    void unterminatedQuoteNamesItsLine() {
        const Parsed parsed =
            parse(QStringLiteral("name,building\nRoom 1,Main\nRoom 2,\"Main\nRoom 3,Annex\n"));
        QVERIFY(!parsed.ok);
        QVERIFY2(parsed.error.startsWith(QStringLiteral("line 3:")), qPrintable(parsed.error));
        QVERIFY2(parsed.error.contains(QStringLiteral("never closed")), qPrintable(parsed.error));
    }

    void unterminatedQuoteAfterMultilineField() {
        // The open quote is on physical line 5, after a record that itself spans two lines.
        const Parsed parsed = parse(QStringLiteral("a,b\n\"x\ny\",1\n2,3\n\"open,4\n"));
        QVERIFY(!parsed.ok);
        QVERIFY2(parsed.error.startsWith(QStringLiteral("line 5:")), qPrintable(parsed.error));
    }

    void unterminatedQuoteOnCrlfFile() {
        const Parsed parsed = parse(QStringLiteral("a,b\r\n1,2\r\n\"3,4\r\n"));
        QVERIFY(!parsed.ok);
        QVERIFY2(parsed.error.startsWith(QStringLiteral("line 3:")), qPrintable(parsed.error));
    }

    void textAfterClosingQuote() {
        const Parsed parsed = parse(QStringLiteral("a,b\n1,2\n\"Room 1\" East,3\n"));
        QVERIFY(!parsed.ok);
        QVERIFY2(parsed.error.startsWith(QStringLiteral("line 3:")), qPrintable(parsed.error));
        QVERIFY2(parsed.error.contains(QStringLiteral("after a closing quote")),
                 qPrintable(parsed.error));
    }

    void textAfterClosingQuoteAfterMultilineField() {
        const Parsed parsed = parse(QStringLiteral("a,b\n\"x\ny\",1\n\"z\"q,2\n"));
        QVERIFY(!parsed.ok);
        QVERIFY2(parsed.error.startsWith(QStringLiteral("line 4:")), qPrintable(parsed.error));
        QVERIFY2(parsed.error.contains(QStringLiteral("after a closing quote")),
                 qPrintable(parsed.error));
    }

    void quoteInsideUnquotedField() {
        const Parsed parsed = parse(QStringLiteral("a,b\nRoom \"1\",2\n"));
        QVERIFY(!parsed.ok);
        QVERIFY2(parsed.error.startsWith(QStringLiteral("line 2:")), qPrintable(parsed.error));
    }
};

QTEST_GUILESS_MAIN(tst_Csv)
#include "tst_csv.moc"
