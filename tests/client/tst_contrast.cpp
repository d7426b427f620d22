// SPDX-License-Identifier: GPL-3.0-or-later

// WCAG 2.1 AA contrast of the teacher client, read from what the client really uses: the
// stylesheet (resources/style/client.qss, as built into the program), the palette Theme sets,
// and the day grid's cell colours. Text needs 4.5:1 against its background; focus marks and
// the selection need 3:1 against what surrounds them. A failure names the selector.
#include "BookingGrid.h"
#include "BookingGridModel.h"
#include "Theme.h"

#include <QApplication>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>
#include <cmath>

namespace {

// WCAG 2.1 relative luminance and contrast ratio.
double luminance(const QColor &colour) {
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b) {
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// The first colour in a declaration's value ("2px solid #1d2733" -> #1d2733); invalid for
// none or transparent.
QColor colourIn(const QString &value) {
    for (const QString &word :
         value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        if (word == QLatin1String("transparent"))
            return {};
        const QColor colour = QColor::fromString(word);
        if (colour.isValid())
            return colour;
    }
    return {};
}

// The stylesheet's rules, each selector of a list on its own, with what a comment right
// before a rule says it is drawn on ("on: #headerBar").
class StyleSheetColours {
public:
    explicit StyleSheetColours(QString sheet) {
        static const QRegularExpression rule(
            QStringLiteral(R"(\s*(?:/\*\s*on:\s*([^*]*)\*/\s*)?([^{}]+?)\s*\{([^}]*)\})"));
        // Other comments out of the way (those saying "on:" stay with their rule).
        sheet.remove(QRegularExpression(QStringLiteral(R"(/\*(?!\s*on:)[\s\S]*?\*/)")));
        for (auto match = rule.globalMatch(sheet); match.hasNext();) {
            const QRegularExpressionMatch found = match.next();
            QStringList on;
            for (const QString &part :
                 found.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts))
                on << part.trimmed();
            QHash<QString, QString> declarations;
            for (const QString &declaration :
                 found.captured(3).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                const qsizetype colon = declaration.indexOf(QLatin1Char(':'));
                if (colon > 0)
                    declarations.insert(declaration.left(colon).trimmed(),
                                        declaration.mid(colon + 1).trimmed());
            }
            for (const QString &selector : found.captured(2).split(QLatin1Char(','))) {
                const QString name = selector.trimmed();
                m_order.removeAll(name);
                m_order << name;
                for (auto it = declarations.cbegin(); it != declarations.cend(); ++it)
                    m_declarations[name].insert(it.key(), it.value());
                if (!on.isEmpty())
                    m_on.insert(name, on);
            }
        }
    }

    QStringList selectors() const { return m_order; }

    // "#claimButton:hover" -> "#claimButton"; "#toast[kind=\"warning\"]" -> "#toast"; "" at the
    // end.
    static QString base(const QString &selector) {
        QString stripped = selector;
        if (stripped.contains(QLatin1Char(':')))
            return stripped.left(stripped.indexOf(QLatin1Char(':')));
        if (stripped.contains(QLatin1Char('[')))
            return stripped.left(stripped.indexOf(QLatin1Char('[')));
        return {};
    }

    QString own(const QString &selector, const QStringList &properties) const {
        for (const QString &property : properties) {
            const QString value = m_declarations.value(selector).value(property);
            if (!value.isEmpty())
                return value;
        }
        return {};
    }

    // A property of the selector, else of the selector it refines (hover of a button, ...).
    QColor resolved(const QString &selector, const QStringList &properties) const {
        for (QString current = selector; !current.isEmpty(); current = base(current)) {
            const QString value = own(current, properties);
            if (!value.isEmpty())
                return colourIn(value);
        }
        return {};
    }

    static QStringList textProperties() { return {QStringLiteral("color")}; }
    static QStringList backgroundProperties() {
        return {QStringLiteral("background-color"), QStringLiteral("background")};
    }
    static QStringList borderProperties() {
        return {QStringLiteral("border-color"), QStringLiteral("border"),
                QStringLiteral("border-bottom-color"), QStringLiteral("border-bottom")};
    }

    // What is around the widget: the backgrounds named by "on:", else the window and white.
    QList<QColor> surroundings(const QString &selector, const QList<QColor> &defaults) const {
        for (QString current = selector; !current.isEmpty(); current = base(current)) {
            if (!m_on.contains(current))
                continue;
            QList<QColor> colours;
            for (const QString &on : m_on.value(current)) {
                const QColor colour = resolved(on, backgroundProperties());
                if (colour.isValid())
                    colours << colour;
            }
            return colours;
        }
        return defaults;
    }

    // Every text below 4.5:1 and focus mark below 3:1, one line each, naming the selector.
    QStringList failures(const QList<QColor> &defaults) const {
        QStringList found;
        for (const QString &selector : m_order) {
            // Disabled controls are exempt (WCAG 1.4.3); sub-controls carry no text of their own.
            if (selector.contains(QLatin1String(":disabled")) ||
                selector.contains(QLatin1String("::")))
                continue;
            const bool ownColours = !own(selector, textProperties()).isEmpty() ||
                                    !own(selector, backgroundProperties()).isEmpty();
            const QColor text = resolved(selector, textProperties());
            if (ownColours && text.isValid()) {
                const QColor background = resolved(selector, backgroundProperties());
                const QList<QColor> behind = background.isValid()
                                                 ? QList<QColor>{background}
                                                 : surroundings(selector, defaults);
                for (const QColor &colour : behind) {
                    const double ratio = contrast(text, colour);
                    if (ratio < 4.5)
                        found << QStringLiteral("%1: text %2 on %3 is %4:1, needs 4.5:1")
                                     .arg(selector, text.name(), colour.name())
                                     .arg(ratio, 0, 'f', 2);
                }
            }
            if (!selector.contains(QLatin1String(":focus")))
                continue;
            const QColor mark = colourIn(own(selector, borderProperties()));
            if (!mark.isValid()) {
                found << QStringLiteral("%1: no visible focus mark").arg(selector);
                continue;
            }
            for (const QColor &colour : surroundings(selector, defaults)) {
                const double ratio = contrast(mark, colour);
                if (ratio < 3.0)
                    found << QStringLiteral("%1: focus mark %2 on %3 is %4:1, needs 3:1")
                                 .arg(selector, mark.name(), colour.name())
                                 .arg(ratio, 0, 'f', 2);
            }
        }
        return found;
    }

private:
    QStringList m_order;
    QHash<QString, QHash<QString, QString>> m_declarations;
    QHash<QString, QStringList> m_on;
};

QList<QColor> pageColours() {
    return {Theme::windowColour(), Theme::baseColour()};
}

} // namespace

// The stylesheet as built into the client library (outside any namespace: Q_INIT_RESOURCE
// declares the resource's initialiser where it stands).
static QString clientStyleSheet() {
    Q_INIT_RESOURCE(client);
    QFile file(QStringLiteral(":/style/client.qss"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

class tst_Contrast : public QObject {
    Q_OBJECT
private slots:
    void theCheckFailsOnAPoorColourAndNamesTheSelector();
    void stylesheetTextAndFocusMeetWcagAA();
    void paletteMeetsWcagAA();
    void dayGridCellsMeetWcagAA();
};

void tst_Contrast::theCheckFailsOnAPoorColourAndNamesTheSelector() {
    // Grey on white, white on a pale button when hovered, a pale focus ring, and light text on
    // the dark bar it is drawn on: each named; the good ones are not.
    const StyleSheetColours sheet(QStringLiteral("#bar { background: #1f3b5c; }\n"
                                                 "#faint { color: #9aa5b4; }\n"
                                                 "#button { color: white; background: #1f6fd1; }\n"
                                                 "#button:hover { background: #8fb8ec; }\n"
                                                 "#button:focus { border: 2px solid #c5d7f0; }\n"
                                                 "/* on: #bar */\n#onBar { color: #d8e4f2; }\n"
                                                 "/* on: #bar */\n#darkOnBar { color: #2b4d73; }\n"
                                                 "#button:disabled { color: #eeeeee; }\n"));
    const QString failures = sheet.failures(pageColours()).join(QLatin1Char('\n'));
    QVERIFY2(failures.contains(QLatin1String("#faint: text #9aa5b4 on #ffffff")),
             qPrintable(failures));
    QVERIFY2(failures.contains(QLatin1String("#button:hover: text #ffffff on #8fb8ec")),
             qPrintable(failures));
    QVERIFY2(failures.contains(QLatin1String("#button:focus: focus mark #c5d7f0")),
             qPrintable(failures));
    QVERIFY2(failures.contains(QLatin1String("#darkOnBar: text #2b4d73 on #1f3b5c")),
             qPrintable(failures));
    QVERIFY2(!failures.contains(QLatin1String("#onBar:")), qPrintable(failures));
    QVERIFY2(!failures.contains(QLatin1String("#button: ")), qPrintable(failures));
    QVERIFY2(!failures.contains(QLatin1String(":disabled")), qPrintable(failures));
}

void tst_Contrast::stylesheetTextAndFocusMeetWcagAA() {
    const QString sheet = clientStyleSheet();
    QVERIFY2(!sheet.isEmpty(), "the client's stylesheet is not built in");
    const StyleSheetColours colours(sheet);
    QVERIFY2(colours.selectors().size() > 40,
             qPrintable(QStringLiteral("only %1 selectors read").arg(colours.selectors().size())));
    const QStringList failures = colours.failures(pageColours());
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    // Every styled control that takes the keyboard shows where it is.
    for (const QString &control :
         {QStringLiteral("#claimButton"), QStringLiteral("#confirmButton"),
          QStringLiteral("#logInButton"), QStringLiteral("#alternativeButton"),
          QStringLiteral("#cancelDateButton"), QStringLiteral("#cancelLaterButton"),
          QStringLiteral("#seriesToggle"), QStringLiteral("#favouriteStar"),
          QStringLiteral("#calendarMenuButton"), QStringLiteral("#notificationsButton")})
        QVERIFY2(colours.selectors().contains(control + QStringLiteral(":focus")),
                 qPrintable(control + QStringLiteral(" has no :focus rule")));
}

void tst_Contrast::paletteMeetsWcagAA() {
    Theme::apply(*qApp);
    const QPalette palette = QApplication::palette();
    const struct {
        QPalette::ColorRole text, background;
        double needed;
    } pairs[] = {
        {QPalette::WindowText, QPalette::Window, 4.5},
        {QPalette::Text, QPalette::Base, 4.5},
        {QPalette::ButtonText, QPalette::Button, 4.5},
        {QPalette::HighlightedText, QPalette::Highlight, 4.5},
        {QPalette::PlaceholderText, QPalette::Base, 4.5},
        // Fusion draws focus frames and the selection in the highlight colour.
        {QPalette::Highlight, QPalette::Base, 3.0},
        {QPalette::Highlight, QPalette::Window, 3.0},
    };
    QStringList failures;
    for (const auto &pair : pairs) {
        const double ratio = contrast(palette.color(pair.text), palette.color(pair.background));
        if (ratio < pair.needed)
            failures << QStringLiteral("palette %1 %2 on %3 %4 is %5:1, needs %6:1")
                            .arg(QVariant::fromValue(pair.text).toString(),
                                 palette.color(pair.text).name(),
                                 QVariant::fromValue(pair.background).toString(),
                                 palette.color(pair.background).name())
                            .arg(ratio, 0, 'f', 2)
                            .arg(pair.needed);
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void tst_Contrast::dayGridCellsMeetWcagAA() {
    using State = BookingGridModel::State;
    QStringList failures;
    for (const State state :
         {State::Free, State::Booked, State::Own, State::Locked, State::Closed, State::None}) {
        const QColor text = BookingGridModel::stateColour(state, true);
        const QColor background = BookingGridModel::stateColour(state, false);
        const double ratio = contrast(text, background);
        if (ratio < 4.5)
            failures << QStringLiteral("grid cell %1: %2 on %3 is %4:1")
                            .arg(QVariant::fromValue(state).toString(), text.name(),
                                 background.name())
                            .arg(ratio, 0, 'f', 2);
    }
    // The current cell keeps its text readable.
    const BookingGrid grid;
    const double current = contrast(grid.palette().color(QPalette::HighlightedText),
                                    grid.palette().color(QPalette::Highlight));
    if (current < 4.5)
        failures << QStringLiteral("current grid cell is %1:1").arg(current, 0, 'f', 2);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_Contrast)
#include "tst_contrast.moc"
