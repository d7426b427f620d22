// SPDX-License-Identifier: GPL-3.0-or-later

// Dates and times in the teacher's locale: the clock (12- or 24-hour), the weekday and month
// names and the first day of the week, as the search panel, the repeat choice, the week view and
// every line built with DisplayText show them. Read from the widgets a teacher looks at.
#include "Connection.h"
#include "DisplayText.h"
#include "RepeatChoice.h"
#include "SearchPanel.h"
#include "UiLanguage.h"
#include "WeekView.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QTimeEdit>
#include <QtTest>

class tst_LocaleFormat : public QObject {
    Q_OBJECT
private slots:
    void cleanup();

    void unitedStatesShowsTwelveHoursAndStartsOnSunday();
    void germanyShowsTwentyFourHoursAndStartsOnMonday();
    void frenchNamesTheDaysInFrench();
    void chosenLanguageSetsTheLocale();

private:
    // A Wednesday: its week starts three days earlier on Sunday, two on Monday.
    static QDate wednesday() { return {2027, 3, 3}; }
    static QDateEdit *dateEdit(QWidget *parent, const char *name) {
        return parent->findChild<QDateEdit *>(QLatin1String(name));
    }
};

void tst_LocaleFormat::cleanup() {
    QLocale::setDefault(QLocale::c());
}

void tst_LocaleFormat::unitedStatesShowsTwelveHoursAndStartsOnSunday() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(DisplayText::clock(QTime(14, 5)), QStringLiteral("2:05 PM"));
    QCOMPARE(DisplayText::clock(QTime(8, 30)), QStringLiteral("8:30 AM"));
    QCOMPARE(DisplayText::day(wednesday()), QStringLiteral("Wed, Mar 3"));
    QCOMPARE(DisplayText::shortDate(wednesday()), QStringLiteral("Mar 3"));
    QCOMPARE(DisplayText::weekStart(wednesday()), QDate(2027, 2, 28));
    QCOMPARE(DisplayText::weekStart(wednesday()).dayOfWeek(), int(Qt::Sunday));

    // The search panel's own time fields and date picker.
    SearchPanel panel;
    auto *start = panel.findChild<QTimeEdit *>(QStringLiteral("startTime"));
    QVERIFY(start);
    start->setTime(QTime(13, 15));
    QCOMPARE(start->text(), QStringLiteral("1:15 PM"));
    QDateEdit *date = dateEdit(&panel, "dateEdit");
    QVERIFY(date && date->calendarWidget());
    QCOMPARE(date->calendarWidget()->firstDayOfWeek(), Qt::Sunday);
    date->setDate(QDate::currentDate().addDays(1));
    QCOMPARE(date->text(), QLocale().toString(date->date(), QStringLiteral("ddd, MMM d, yyyy")));

    // The last date of a series is picked in the same calendar.
    RepeatChoice repeat(wednesday(), QString(), false);
    QDateEdit *until = dateEdit(&repeat, "repeatUntilDate");
    QVERIFY(until && until->calendarWidget());
    QCOMPARE(until->calendarWidget()->firstDayOfWeek(), Qt::Sunday);

    // The week view's week begins on Sunday too.
    Connection connection;
    WeekView week(&connection, nullptr);
    week.setWeek(wednesday());
    QCOMPARE(week.firstDay(), QDate(2027, 2, 28));
    week.setWeek(QDate(2027, 2, 28));
    QCOMPARE(week.firstDay(), QDate(2027, 2, 28));
}

void tst_LocaleFormat::germanyShowsTwentyFourHoursAndStartsOnMonday() {
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(DisplayText::clock(QTime(14, 5)), QStringLiteral("14:05"));
    QCOMPARE(DisplayText::clock(QTime(8, 30)), QStringLiteral("08:30"));
    QCOMPARE(DisplayText::day(wednesday()), QStringLiteral("Mi., 3. März"));
    QCOMPARE(DisplayText::longDay(wednesday()), QStringLiteral("Mittwoch, 3. März 2027"));
    QCOMPARE(DisplayText::weekStart(wednesday()), QDate(2027, 3, 1));
    QCOMPARE(DisplayText::weekStart(wednesday()).dayOfWeek(), int(Qt::Monday));

    SearchPanel panel;
    auto *start = panel.findChild<QTimeEdit *>(QStringLiteral("startTime"));
    QVERIFY(start);
    start->setTime(QTime(13, 15));
    QCOMPARE(start->text(), QStringLiteral("13:15"));
    QDateEdit *date = dateEdit(&panel, "dateEdit");
    QVERIFY(date && date->calendarWidget());
    QCOMPARE(date->calendarWidget()->firstDayOfWeek(), Qt::Monday);

    Connection connection;
    WeekView week(&connection, nullptr);
    week.setWeek(wednesday());
    QCOMPARE(week.firstDay(), QDate(2027, 3, 1));
    // A Sunday belongs to the week that began the Monday before.
    week.setWeek(QDate(2027, 3, 7));
    QCOMPARE(week.firstDay(), QDate(2027, 3, 1));
}

void tst_LocaleFormat::frenchNamesTheDaysInFrench() {
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QCOMPARE(DisplayText::clock(QTime(14, 5)), QStringLiteral("14:05"));
    QCOMPARE(DisplayText::day(wednesday()), QStringLiteral("mer. 3 mars"));
    QCOMPARE(DisplayText::longDay(wednesday()), QStringLiteral("mercredi 3 mars 2027"));
    QCOMPARE(DisplayText::weekStart(wednesday()), QDate(2027, 3, 1));
}

void tst_LocaleFormat::chosenLanguageSetsTheLocale() {
    // Choosing a language brings its dates and times along, not only its words.
    QCOMPARE(UiLanguage::apply(QStringLiteral("de")).language(), QLocale::German);
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(DisplayText::clock(QTime(14, 5)), QStringLiteral("14:05"));
    QCOMPARE(UiLanguage::apply(QStringLiteral("es")).language(), QLocale::Spanish);
    QCOMPARE(QLocale().firstDayOfWeek(), Qt::Monday);
    QVERIFY2(DisplayText::longDay(wednesday()).startsWith(QStringLiteral("miércoles")),
             qPrintable(DisplayText::longDay(wednesday())));
    QCOMPARE(UiLanguage::apply(QStringLiteral("en")).language(), QLocale::English);
    UiLanguage::apply(QStringLiteral("system"));
    QCOMPARE(QLocale(), QLocale::system());
    QVERIFY(!UiLanguage::isOffered(QStringLiteral("xx")));
    QVERIFY(UiLanguage::isOffered(QStringLiteral("FR")));
}

QTEST_MAIN(tst_LocaleFormat)
#include "tst_localeformat.moc"
