// SPDX-License-Identifier: GPL-3.0-or-later

// Every translation is complete for the sources as they are: lupdate is run over the sources
// into a copy of each committed .ts file (the file itself is never touched), and the test fails
// when the copy has a message that is not translated (unfinished), a translation whose source
// text is gone (vanished or obsolete), or a message the committed file does not have yet
// (missing: someone added a tr() and nobody ran lupdate). Each is listed with its source text.
//
// Which sources feed which file mirrors the CMake files: client/*.cpp, *.h for roomclaim_*.ts
// (client/CMakeLists.txt), server/console/*.cpp, *.h for roomclaim-server_*.ts
// (server/app/CMakeLists.txt). Every language the product ships must have both files.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {
struct Message {
    QString context;
    QString source;
    QString comment;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    bool translated = false;

    QString key() const { return context + QChar(0) + source + QChar(0) + comment; }
    QString describe() const {
        QString text = QStringLiteral("%1: \"%2\"").arg(context, source);
        if (!comment.isEmpty())
            text += QStringLiteral(" (%1)").arg(comment);
        return text;
    }
};

struct TsFile {
    QString error;
    QString language;
    QList<Message> messages;
};

TsFile readTs(const QString &path) {
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inMessage = false;
    bool anyEmptyForm = false;
    bool anyForm = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                message = Message();
                message.context = context;
                anyEmptyForm = false;
                anyForm = false;
            } else if (inMessage && name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                // A plural message holds one <numerusform> per form of the language; all must
                // be filled. Otherwise the text itself is the translation.
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                       !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                        anyForm = true;
                        if (xml.readElementText().trimmed().isEmpty())
                            anyEmptyForm = true;
                    } else if (xml.isCharacters()) {
                        text += xml.text();
                    }
                }
                message.translated = anyForm ? !anyEmptyForm : !text.trimmed().isEmpty();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1 is not a valid .ts file: %2 (line %3)")
                       .arg(path, xml.errorString())
                       .arg(xml.lineNumber());
    return ts;
}

QStringList sourcesIn(const QString &folder) {
    const QDir dir(QStringLiteral(ROOMCLAIM_SOURCE_DIR "/") + folder);
    QStringList files;
    for (const QString &name :
         dir.entryList({QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

QString list(const QStringList &lines) {
    return QStringLiteral("\n    ") + lines.join(QStringLiteral("\n    "));
}
} // namespace

class tst_Translations : public QObject {
    Q_OBJECT
private slots:
    void everyTranslationIsComplete_data();
    void everyTranslationIsComplete();
};

void tst_Translations::everyTranslationIsComplete_data() {
    QTest::addColumn<QString>("tsName");
    QTest::addColumn<QString>("sourceFolder");
    for (const char *language : {"de", "fr", "es"}) {
        const QString client = QStringLiteral("roomclaim_%1.ts").arg(QLatin1String(language));
        QTest::newRow(qPrintable(client)) << client << QStringLiteral("client");
        const QString server =
            QStringLiteral("roomclaim-server_%1.ts").arg(QLatin1String(language));
        QTest::newRow(qPrintable(server)) << server << QStringLiteral("server/console");
    }
}

void tst_Translations::everyTranslationIsComplete() {
    QFETCH(QString, tsName);
    QFETCH(QString, sourceFolder);
    const QString committedPath = QStringLiteral(ROOMCLAIM_SOURCE_DIR "/translations/") + tsName;
    QVERIFY2(QFile::exists(committedPath),
             qPrintable(QStringLiteral("%1 is missing: every language has its file").arg(tsName)));
    const TsFile committed = readTs(committedPath);
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
    QVERIFY2(!committed.language.isEmpty(), "the .ts file names no language");

    // lupdate writes into a copy; the committed file stays as it is.
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString fresh = temp.filePath(tsName);
    QVERIFY(QFile::copy(committedPath, fresh));
    QFile::setPermissions(fresh, QFile::ReadOwner | QFile::WriteOwner);
    const QStringList sources = sourcesIn(sourceFolder);
    QVERIFY2(!sources.isEmpty(), qPrintable(sourceFolder));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments{
        QStringLiteral("-locations"), QStringLiteral("none"),
        QStringLiteral("-I"),         QStringLiteral(ROOMCLAIM_SOURCE_DIR "/") + sourceFolder,
        QStringLiteral("-I"),         QStringLiteral(ROOMCLAIM_SOURCE_DIR "/common")};
    arguments << sources << QStringLiteral("-ts") << fresh;
    lupdate.start(QStringLiteral(ROOMCLAIM_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(180000), "lupdate did not finish");
    const QString output = QString::fromUtf8(lupdate.readAll());
    QVERIFY2(
        lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
        qPrintable(QStringLiteral("%1 failed: %2").arg(QStringLiteral(ROOMCLAIM_LUPDATE), output)));

    const TsFile updated = readTs(fresh);
    QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));
    QSet<QString> known;
    for (const Message &message : committed.messages)
        known.insert(message.key());
    QStringList missing, unfinished, vanished;
    for (const Message &message : updated.messages) {
        if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete"))
            vanished << message.describe();
        else if (!known.contains(message.key()))
            missing << message.describe();
        else if (message.type == QLatin1String("unfinished") || !message.translated)
            unfinished << message.describe();
    }
    QStringList problems;
    if (!missing.isEmpty())
        problems << QStringLiteral("%1 missing (in the sources, not in %2; run lupdate and "
                                   "translate):%3")
                        .arg(missing.size())
                        .arg(tsName, list(missing));
    if (!unfinished.isEmpty())
        problems << QStringLiteral("%1 unfinished (not translated yet):%2")
                        .arg(unfinished.size())
                        .arg(list(unfinished));
    if (!vanished.isEmpty())
        problems << QStringLiteral("%1 vanished (no longer in the sources; remove them with "
                                   "lupdate -no-obsolete):%2")
                        .arg(vanished.size())
                        .arg(list(vanished));
    if (!problems.isEmpty())
        QFAIL(qPrintable(QStringLiteral("%1 (%2 messages) is not complete:\n%3")
                             .arg(tsName)
                             .arg(updated.messages.size())
                             .arg(problems.join(QLatin1Char('\n')))));
    qInfo("%s: %d messages, all translated", qPrintable(tsName), int(updated.messages.size()));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
