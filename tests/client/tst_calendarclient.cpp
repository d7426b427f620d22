// SPDX-License-Identifier: GPL-3.0-or-later

// The school calendar in the teacher client, driven through its widgets against the real
// server and PostgreSQL: week labels and closed days in the search, a repeat preview that
// marks taken and closed dates, a series booked and grouped in My Bookings, canceling its
// later dates, all-or-nothing, a colleague's series arriving live, and the school's rules
// refusing a claim in a sentence.
#include "AdminService.h"
#include "ClientTestKit.h"
#include "Database.h"
#include "DatabaseUrl.h"
#include "DisplayText.h"
#include "RepeatChoice.h"
#include "RepeatPreview.h"
#include "Rfc3339.h"
#include "SeriesGroup.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <memory>

using namespace ClientTestKit;

namespace {
// The calendar the suite imports, relative to next Monday (lessonDay(0)): one term from this
// week's Monday for ten weeks with an A/B cycle (this week is an A-week, so next week is a
// B-week), and half term in the fourth week from next Monday.
QDate monday() {
    return lessonDay(0);
}
QDate termFirst() {
    return monday().addDays(-7);
}
QDate termLast() {
    return monday().addDays(7 * 10 - 1);
}
QDate halfTermFirst() {
    return monday().addDays(21);
}
QDate halfTermLast() {
    return monday().addDays(25);
}

QString calendarCsv(const QString &termName, const QString &closedName,
                    const QDate &closedLast = halfTermLast()) {
    return QStringLiteral("kind,name,first,last,weeks\n"
                          "term,%1,%2,%3,A;B\n"
                          "closed,%4,%5,%6,\n")
        .arg(termName, termFirst().toString(Qt::ISODate), termLast().toString(Qt::ISODate),
             closedName, halfTermFirst().toString(Qt::ISODate), closedLast.toString(Qt::ISODate));
}

QJsonObject intervalParams(qint64 roomId, const QDate &date, const PeriodSlot &period) {
    return {{QStringLiteral("roomId"), roomId},
            {QStringLiteral("start"), Rfc3339::formatLocal(QDateTime(date, period.start))},
            {QStringLiteral("end"), Rfc3339::formatLocal(QDateTime(date, period.end))}};
}

QString statusOf(const SeriesOccurrence &occurrence) {
    return SeriesOccurrence::statusName(occurrence.status);
}
} // namespace

class tst_CalendarClient : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void dateShowsItsWeekLabel();
    void closedDayShowsItsReason();
    void datePickerMarksClosedDays();
    void repeatPreviewMarksTakenAndClosedDates();
    void bookingTheFreeDatesGroupsTheSeries();
    void cancelThisAndLaterDates();
    void allOrNothingNamesTheTakenDate();
    void colleaguesSeriesAppearsLive();
    void ruleRefusalIsAClearSentence();
    void newCalendarReachesOpenWindows();

private:
    bool importCalendar(const QString &csv, QString *why);
    // Teacher B, through the protocol (a colleague at another PC).
    bool colleagueBooks(qint64 roomId, const QDate &date, const PeriodSlot &period);
    // Opens the claim dialog for the first card and chooses "every week until <until>".
    ClaimDialog *claimWeekly(Seat &seat, const QDate &until, QString *room, QString *why);
    bool waitForPreview(ClaimDialog *dialog, int before);

    std::unique_ptr<TestDatabase> m_db;
    ServerProcess m_server;
    TestClient m_colleague;
    // Filled by the series test, used by the cancel test after it.
    QString m_seriesRoom;
    QList<QDate> m_seriesDates;
};

void tst_CalendarClient::initTestCase() {
    quietOffscreenNoise();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RoomClaimTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_calendarclient"));
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY2(m_server.start(m_db->url(), {QStringLiteral("--demo")}), qPrintable(m_server.error()));
    // Imported after the demo school exists, so that this calendar replaces the demo's.
    QString why;
    QVERIFY2(
        importCalendar(calendarCsv(QStringLiteral("Test term"), QStringLiteral("Half term")), &why),
        qPrintable(why));
    // In process only to change the rules the way the console does.
    const DatabaseUrl url = DatabaseUrl::parse(m_db->url(), &why);
    QVERIFY2(url.isValid(), qPrintable(why));
    Database::configure(url);
    QVERIFY(m_colleague.open(m_server.url()));
    QVERIFY(m_colleague.login(QStringLiteral("teacher.b"), QStringLiteral("demo-b"))
                .value(QStringLiteral("ok"))
                .toBool());
}

void tst_CalendarClient::cleanupTestCase() {
    m_colleague.close();
    m_server.stop();
}

bool tst_CalendarClient::importCalendar(const QString &csv, QString *why) {
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/calendar-XXXXXX.csv"));
    if (!file.open()) {
        *why = QStringLiteral("cannot write the calendar file");
        return false;
    }
    file.write(csv.toUtf8());
    file.flush();
    const ServerProcess::Result result =
        ServerProcess::run({QStringLiteral("--import-calendar"), file.fileName(),
                            QStringLiteral("--db"), m_db->url()});
    if (result.exitCode != 0) {
        *why = QStringLiteral("--import-calendar exited with %1: %2%3")
                   .arg(result.exitCode)
                   .arg(result.out, result.err);
        return false;
    }
    return true;
}

bool tst_CalendarClient::colleagueBooks(qint64 roomId, const QDate &date,
                                        const PeriodSlot &period) {
    QJsonObject params = intervalParams(roomId, date, period);
    params.insert(QStringLiteral("purpose"), QStringLiteral("8A Physics"));
    const QJsonObject reply = m_colleague.request(QStringLiteral("confirmBooking"), params);
    if (!reply.value(QStringLiteral("ok")).toBool())
        qWarning() << "the colleague's booking failed:" << reply;
    return reply.value(QStringLiteral("ok")).toBool();
}

bool tst_CalendarClient::waitForPreview(ClaimDialog *dialog, int before) {
    return QTest::qWaitFor([&] { return dialog->previewsCompleted() > before; }, Patience);
}

ClaimDialog *tst_CalendarClient::claimWeekly(Seat &seat, const QDate &until, QString *room,
                                             QString *why) {
    *room = cardTitles(*seat.window).value(0);
    ClaimDialog *dialog = openClaim(*seat.window, *room, why);
    if (!dialog)
        return nullptr;
    typePurpose(dialog, QStringLiteral("9C Chemistry"));
    // As a teacher does it: Repeat "Every week", then "until a date…" and the date.
    auto *every = dialog->findChild<QComboBox *>(QStringLiteral("repeatEvery"));
    auto *untilChoice = dialog->findChild<QComboBox *>(QStringLiteral("repeatUntil"));
    auto *untilDate = dialog->findChild<QDateEdit *>(QStringLiteral("repeatUntilDate"));
    if (!every || !untilChoice || !untilDate) {
        *why = QStringLiteral("the Repeat controls are missing");
        return nullptr;
    }
    every->setCurrentIndex(every->findText(QStringLiteral("Every week")));
    untilChoice->setCurrentIndex(untilChoice->findText(QStringLiteral("until a date…")));
    const int before = dialog->previewsCompleted();
    untilDate->setDate(until);
    if (!waitForPreview(dialog, before)) {
        *why = QStringLiteral("no preview arrived");
        return nullptr;
    }
    // A preview for an earlier choice may have answered first: wait for the one for this date.
    if (!QTest::qWaitFor(
            [&] {
                const QList<SeriesOccurrence> &dates = dialog->repeatPreview()->occurrences();
                return !dates.isEmpty() &&
                       dates.last().interval.start().toLocalTime().date() <= until &&
                       dates.last().interval.start().toLocalTime().date() > until.addDays(-7);
            },
            Patience)) {
        *why = QStringLiteral("the preview does not end at the chosen date: ") +
               dialog->repeatPreview()->rowTexts().join(QLatin1Char('|'));
        return nullptr;
    }
    return dialog;
}

void tst_CalendarClient::dateShowsItsWeekLabel() {
    Seat a;
    QVERIFY2(a.open(m_server.url(), QStringLiteral("teacher.a"), QStringLiteral("demo-a")),
             qPrintable(a.loginError));
    QVERIFY(a.showSearch(monday().addDays(1), 0));
    QCOMPARE(a.window->searchPanel()->dayInfoText(), QStringLiteral("Week B · Test term"));
    QVERIFY(!a.window->resultsView()->cards().isEmpty());
    QVERIFY(a.showSearch(monday().addDays(8), 0));
    QCOMPARE(a.window->searchPanel()->dayInfoText(), QStringLiteral("Week A · Test term"));

    // The claim dialog names the week and offers "every A-week".
    QString why;
    ClaimDialog *dialog = openClaim(*a.window, cardTitles(*a.window).first(), &why);
    QVERIFY2(dialog, qPrintable(why));
    QVERIFY2(visibleText(dialog, QStringLiteral("claimDate")).endsWith(QStringLiteral("Week A")),
             qPrintable(visibleText(dialog, QStringLiteral("claimDate"))));
    auto *every = dialog->findChild<QComboBox *>(QStringLiteral("repeatEvery"));
    QVERIFY(every);
    QVERIFY(every->findText(QStringLiteral("Every A-week")) >= 0);
    dialog->reject();
}

void tst_CalendarClient::closedDayShowsItsReason() {
    Seat a;
    QVERIFY2(a.open(m_server.url(), QStringLiteral("teacher.a"), QStringLiteral("demo-a")),
             qPrintable(a.loginError));
    const QDate closed = halfTermFirst().addDays(1);
    SearchPanel *panel = a.window->searchPanel();
    const int before = a.window->searchesCompleted();
    panel->setDate(closed);
    QVERIFY(QTest::qWaitFor([&] { return a.window->searchesCompleted() > before; }, Patience));
    QCOMPARE(panel->dayInfoText(), QStringLiteral("School closed: Half term"));
    QVERIFY(a.window->resultsView()->cards().isEmpty());
    QCOMPARE(visibleText(a.window->resultsView(), QStringLiteral("resultsMessage")),
             QStringLiteral("School closed: Half term"));

    // The next open day searches again.
    QVERIFY(a.showSearch(halfTermLast().addDays(4), 1));
    QVERIFY(!a.window->resultsView()->cards().isEmpty());
    QVERIFY(panel->dayInfoText().startsWith(QStringLiteral("Week ")));
}

void tst_CalendarClient::datePickerMarksClosedDays() {
    Seat a;
    QVERIFY2(a.open(m_server.url(), QStringLiteral("teacher.a"), QStringLiteral("demo-a")),
             qPrintable(a.loginError));
    auto *calendar = a.window->searchPanel()
                         ->findChild<QDateEdit *>(QStringLiteral("dateEdit"))
                         ->calendarWidget();
    const QDate closed = halfTermFirst().addDays(2);
    calendar->setCurrentPage(closed.year(), closed.month());
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return calendar->dateTextFormat(closed).toolTip() ==
                            QStringLiteral("School closed: Half term");
                 },
                 Patience),
             qPrintable(calendar->dateTextFormat(closed).toolTip()));
    const QDate open = halfTermLast().addDays(3); // the Monday after half term
    QVERIFY(calendar->dateTextFormat(open).toolTip().startsWith(QStringLiteral("Week ")));
    QVERIFY(!calendar->dateTextFormat(open).fontStrikeOut());
}

void tst_CalendarClient::repeatPreviewMarksTakenAndClosedDates() {
    Seat a;
    QVERIFY2(a.open(m_server.url(), QStringLiteral("teacher.a"), QStringLiteral("demo-a")),
             qPrintable(a.loginError));
    // Tuesdays, Period 3: the fourth Tuesday falls in half term.
    const QDate first = monday().addDays(1);
    QVERIFY(a.showSearch(first, 2));
    const PeriodSlot period = a.window->searchPanel()->periods().at(2);
    const QString room = cardTitles(*a.window).first();
    QVERIFY(colleagueBooks(cardFor(*a.window, room)->room().id, first.addDays(14), period));
    const QDate until = first.addDays(28);

    QString why, claimed;
    ClaimDialog *dialog = claimWeekly(a, until, &claimed, &why);
    QVERIFY2(dialog, qPrintable(why));
    QCOMPARE(claimed, room);
    const QList<SeriesOccurrence> dates = dialog->repeatPreview()->occurrences();
    QCOMPARE(dates.size(), 5);
    QCOMPARE(statusOf(dates.at(0)), QStringLiteral("free"));
    QCOMPARE(statusOf(dates.at(1)), QStringLiteral("free"));
    QCOMPARE(statusOf(dates.at(2)), QStringLiteral("booked"));
    QCOMPARE(statusOf(dates.at(3)), QStringLiteral("closed"));
    QCOMPARE(statusOf(dates.at(4)), QStringLiteral("free"));
    // What the teacher reads.
    const QStringList rows = dialog->repeatPreview()->rowTexts();
    QVERIFY2(rows.at(2).endsWith(QStringLiteral("Taken by Teacher B (8A Physics)")),
             qPrintable(rows.at(2)));
    QVERIFY2(rows.at(3).endsWith(QStringLiteral("School closed: Half term")),
             qPrintable(rows.at(3)));
    QVERIFY2(rows.at(0).endsWith(QStringLiteral("Free")), qPrintable(rows.at(0)));
    QCOMPARE(visibleText(dialog, QStringLiteral("previewSummary")),
             QStringLiteral("3 of 5 dates will be booked."));
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    auto *allOrNothing = dialog->findChild<QPushButton *>(QStringLiteral("allOrNothingButton"));
    QCOMPARE(confirm->text(), QStringLiteral("Book the free dates"));
    QVERIFY(allOrNothing->isVisible());
    QCOMPARE(allOrNothing->text(), QStringLiteral("Book only if all are free"));

    // Back to "Once": a plain booking again, nothing written by the preview.
    auto *every = dialog->findChild<QComboBox *>(QStringLiteral("repeatEvery"));
    every->setCurrentIndex(every->findText(QStringLiteral("Once")));
    QCOMPARE(confirm->text(), QStringLiteral("Confirm Booking"));
    QVERIFY(!allOrNothing->isVisible());
    QVERIFY(!dialog->repeatPreview()->isVisible());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM series")).toInt(), 0);
    dialog->reject();
}

void tst_CalendarClient::bookingTheFreeDatesGroupsTheSeries() {
    Seat a;
    QVERIFY2(a.open(m_server.url(), QStringLiteral("teacher.a"), QStringLiteral("demo-a")),
             qPrintable(a.loginError));
    // The same Tuesdays as above: the colleague holds the third, half term the fourth.
    const QDate first = monday().addDays(1);
    QVERIFY(a.showSearch(first, 2));
    QString why, room;
    ClaimDialog *dialog = claimWeekly(a, first.addDays(28), &room, &why);
    QVERIFY2(dialog, qPrintable(why));
    const QPointer<ClaimDialog> watch(dialog);
    QVERIFY2(clickConfirm(dialog, &why), qPrintable(why));
    QVERIFY(QTest::qWaitFor(
        [&] { return !watch || !watch->resultText().isEmpty() || !watch->errorText().isEmpty(); },
        Patience));
    QVERIFY2(watch && watch->errorText().isEmpty(),
             qPrintable(watch ? watch->errorText() : QStringLiteral("the dialog closed")));

    // The result names what was skipped and why.
    const QString result = dialog->resultText();
    QVERIFY2(result.startsWith(QStringLiteral("Booked 3 of 5 dates of %1.").arg(room)),
             qPrintable(result));
    QVERIFY2(result.contains(
                 QStringLiteral("%1: taken by Teacher B").arg(DisplayText::day(first.addDays(14)))),
             qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("%1: school closed (Half term)")
                                 .arg(DisplayText::day(first.addDays(21)))),
             qPrintable(result));
    QVERIFY2(
        hasToast(*a.window, QStringLiteral("Series booked: %1, 3 dates. Not booked: 2.").arg(room)),
        qPrintable(toastTexts(*a.window).join(QLatin1Char('|'))));
    QString closeWhy;
    QVERIFY2(click(dialog->findChild<QPushButton *>(QStringLiteral("cancelButton")), &closeWhy),
             qPrintable(closeWhy));
    QVERIFY(QTest::qWaitFor([&] { return !watch || !watch->isVisible(); }, Patience));

    // Stored as one series of three bookings.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(DISTINCT b.series_id) FROM bookings b "
                                         "JOIN teachers t ON t.id = b.teacher_id WHERE "
                                         "t.username = 'teacher.a' AND b.series_id IS NOT NULL "
                                         "AND b.canceled_at IS NULL"))
                 .toInt(),
             1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM bookings WHERE series_id IS NOT "
                                         "NULL AND canceled_at IS NULL"))
                 .toInt(),
             3);

    // My Bookings groups it under one heading.
    QVERIFY(QTest::qWaitFor([&] { return a.window->myBookings()->seriesGroups().size() == 1; },
                            Patience));
    SeriesGroup *group = a.window->myBookings()->seriesGroups().first();
    QCOMPARE(group->bookings().size(), 3);
    // Named by its period once the weekday's bell schedule has arrived.
    const QString title = QStringLiteral("%1 · Tuesdays Period 3 · 3 dates until %2")
                              .arg(room, DisplayText::shortDate(first.addDays(28)));
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     const QList<SeriesGroup *> groups = a.window->myBookings()->seriesGroups();
                     return groups.size() == 1 &&
                            visibleText(groups.first(), QStringLiteral("seriesTitle")) == title;
                 },
                 Patience),
             qPrintable(visibleText(a.window->myBookings()->seriesGroups().value(0),
                                    QStringLiteral("seriesTitle"))));
    group = a.window->myBookings()->seriesGroups().first();
    QCOMPARE(visibleText(group, QStringLiteral("seriesPurpose")), QStringLiteral("9C Chemistry"));
    QVERIFY(bookingRowTexts(*a.window).isEmpty()); // no single rows for the series' dates
    m_seriesRoom = room;
    for (const Booking &booking : group->bookings())
        m_seriesDates << booking.interval.start().toLocalTime().date();
    QCOMPARE(m_seriesDates, (QList<QDate>{first, first.addDays(7), first.addDays(28)}));
}

void tst_CalendarClient::cancelThisAndLaterDates() {
    QVERIFY2(!m_seriesDates.isEmpty(), "needs the series of the previous test");
    Seat a;
    QVERIFY2(a.open(m_server.url(), QStringLiteral("teacher.a"), QStringLiteral("demo-a")),
             qPrintable(a.loginError));
    // Once named by its period, the group stays as it is until something changes.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const QList<SeriesGroup *> groups = a.window->myBookings()->seriesGroups();
            return groups.size() == 1 &&
                   groups.first()->accessibleName().contains(QStringLiteral("Tuesdays Period 3"));
        },
        Patience));
    SeriesGroup *group = a.window->myBookings()->seriesGroups().first();
    QString why;
    QVERIFY2(click(group->toggleButton(), &why), qPrintable(why));
    const qint64 secondId = group->bookings().at(1).id;
    QPushButton *later = nullptr;
    for (QPushButton *button :
         group->findChildren<QPushButton *>(QStringLiteral("cancelLaterButton"))) {
        if (button->property("bookingId").toLongLong() == secondId)
            later = button;
    }
    QVERIFY(later);
    QCOMPARE(later->text(), QStringLiteral("Cancel this and later dates"));
    QVERIFY2(click(later, &why), qPrintable(why));
    QVERIFY(QTest::qWaitFor(
        [&] { return a.window->cancelPrompt() && a.window->cancelPrompt()->isVisible(); },
        Patience));
    QMessageBox *prompt = a.window->cancelPrompt();
    QVERIFY2(prompt->text().contains(QStringLiteral("2 dates in all")), qPrintable(prompt->text()));
    QAbstractButton *yes = nullptr;
    for (QAbstractButton *button : prompt->buttons()) {
        if (button->text() == QLatin1String("Cancel These Dates"))
            yes = button;
    }
    QVERIFY(yes);
    QVERIFY2(click(yes, &why), qPrintable(why));

    QVERIFY(QTest::qWaitFor(
        [&] {
            const QList<SeriesGroup *> groups = a.window->myBookings()->seriesGroups();
            return groups.size() == 1 && groups.first()->bookings().size() == 1;
        },
        Patience));
    QCOMPARE(a.window->myBookings()
                 ->seriesGroups()
                 .first()
                 ->bookings()
                 .first()
                 .interval.start()
                 .toLocalTime()
                 .date(),
             m_seriesDates.first());
    QVERIFY(hasToast(*a.window, QStringLiteral("2 dates of %1 canceled.").arg(m_seriesRoom)));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM bookings WHERE series_id IS NOT "
                                         "NULL AND canceled_at IS NULL"))
                 .toInt(),
             1);
}

void tst_CalendarClient::allOrNothingNamesTheTakenDate() {
    Seat a;
    QVERIFY2(a.open(m_server.url(), QStringLiteral("teacher.a"), QStringLiteral("demo-a")),
             qPrintable(a.loginError));
    // Wednesdays, Period 1, for three weeks; the colleague holds the second.
    const QDate first = monday().addDays(2);
    QVERIFY(a.showSearch(first, 0));
    const PeriodSlot period = a.window->searchPanel()->periods().at(0);
    const QString room = cardTitles(*a.window).first();
    QVERIFY(colleagueBooks(cardFor(*a.window, room)->room().id, first.addDays(7), period));
    const int seriesBefore = m_db->scalar(QStringLiteral("SELECT count(*) FROM series")).toInt();

    QString why, claimed;
    ClaimDialog *dialog = claimWeekly(a, first.addDays(14), &claimed, &why);
    QVERIFY2(dialog, qPrintable(why));
    QCOMPARE(claimed, room);
    QCOMPARE(visibleText(dialog, QStringLiteral("previewSummary")),
             QStringLiteral("2 of 3 dates will be booked."));
    QVERIFY2(click(dialog->findChild<QPushButton *>(QStringLiteral("allOrNothingButton")), &why),
             qPrintable(why));
    QVERIFY(QTest::qWaitFor([&] { return !dialog->errorText().isEmpty(); }, Patience));
    const QString error = dialog->errorText();
    QVERIFY2(error.startsWith(QStringLiteral("Nothing was booked")), qPrintable(error));
    QVERIFY2(error.contains(
                 QStringLiteral("%1: taken by Teacher B").arg(DisplayText::day(first.addDays(7)))),
             qPrintable(error));
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM series")).toInt(), seriesBefore);
    QCOMPARE(
        m_db->scalar(
                QStringLiteral("SELECT count(*) FROM bookings b JOIN rooms r ON r.id = b.room_id "
                               "JOIN teachers t ON t.id = b.teacher_id WHERE r.name = '%1' AND "
                               "t.username = 'teacher.a' AND b.canceled_at IS NULL AND "
                               "lower(b.during)::date IN ('%2', '%3', '%4')")
                    .arg(room, first.toString(Qt::ISODate), first.addDays(7).toString(Qt::ISODate),
                         first.addDays(14).toString(Qt::ISODate)))
            .toInt(),
        0);
    dialog->reject();
}

void tst_CalendarClient::colleaguesSeriesAppearsLive() {
    Seat a, b;
    QVERIFY2(a.open(m_server.url(), QStringLiteral("teacher.a"), QStringLiteral("demo-a")),
             qPrintable(a.loginError));
    QVERIFY2(b.open(m_server.url(), QStringLiteral("teacher.b"), QStringLiteral("demo-b")),
             qPrintable(b.loginError));
    // A looks at the second Thursday, Period 4; B books Thursdays, Period 4 at another PC.
    const QDate first = monday().addDays(3);
    QVERIFY(a.showSearch(first.addDays(7), 3));
    const PeriodSlot period = a.window->searchPanel()->periods().at(3);
    const QString room = cardTitles(*a.window).first();
    const qint64 roomId = cardFor(*a.window, room)->room().id;
    QVERIFY(b.window->myBookings()->seriesGroups().isEmpty());

    QJsonObject params = intervalParams(roomId, first, period);
    params.insert(QStringLiteral("repeat"),
                  QJsonObject{{QStringLiteral("every"), QStringLiteral("week")},
                              {QStringLiteral("until"), first.addDays(14).toString(Qt::ISODate)}});
    params.insert(QStringLiteral("policy"), QStringLiteral("freeOnly"));
    params.insert(QStringLiteral("purpose"), QStringLiteral("Orchestra"));
    const QJsonObject reply = m_colleague.request(QStringLiteral("confirmSeries"), params);
    QVERIFY2(reply.value(QStringLiteral("ok")).toBool(),
             qPrintable(QJsonDocument(reply).toJson(QJsonDocument::Compact)));
    QCOMPARE(reply.value(QStringLiteral("bookings")).toArray().size(), 3);

    // A sees the room go, with a word about who took it.
    QVERIFY(QTest::qWaitFor([&] { return !cardFor(*a.window, room); }, Patience));
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return hasToast(*a.window,
                                     QStringLiteral("Teacher B just booked %1").arg(room));
                 },
                 Patience),
             qPrintable(toastTexts(*a.window).join(QLatin1Char('|'))));
    // B's own window, open at another PC, groups the series as it arrives.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const QList<SeriesGroup *> groups = b.window->myBookings()->seriesGroups();
            return groups.size() == 1 && groups.first()->bookings().size() == 3;
        },
        Patience));
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return visibleText(b.window->myBookings()->seriesGroups().first(),
                                        QStringLiteral("seriesTitle")) ==
                            QStringLiteral("%1 · Thursdays Period 4 · 3 dates until %2")
                                .arg(room, DisplayText::shortDate(first.addDays(14)));
                 },
                 Patience),
             qPrintable(visibleText(b.window->myBookings()->seriesGroups().first(),
                                    QStringLiteral("seriesTitle"))));
}

void tst_CalendarClient::ruleRefusalIsAClearSentence() {
    Seat a;
    QVERIFY2(a.open(m_server.url(), QStringLiteral("teacher.a"), QStringLiteral("demo-a")),
             qPrintable(a.loginError));
    const QDate day = monday().addDays(4);
    QVERIFY(a.showSearch(day, 4));
    const QString room = cardTitles(*a.window).first();

    // The school office restricts the room while the teacher looks at it.
    AdminService::setRoomRestricted(cardFor(*a.window, room)->room().id, true);
    QVERIFY(QTest::qWaitFor(
        [&] { return hasToast(*a.window, QStringLiteral("room list was updated")); }, Patience));
    QVERIFY(a.showSearch(day, 4));
    QString why;
    ClaimDialog *dialog = openClaim(*a.window, room, &why);
    QVERIFY2(dialog, qPrintable(why));
    QVERIFY2(clickConfirm(dialog, &why), qPrintable(why));
    QVERIFY(QTest::qWaitFor([&] { return !dialog->errorText().isEmpty(); }, Patience));
    QCOMPARE(dialog->errorText(),
             QStringLiteral("%1 can only be booked by the school office. Please choose another "
                            "room.")
                 .arg(room));
    dialog->reject();
    AdminService::setRoomRestricted(cardFor(*a.window, room)->room().id, false);

    // Bookings at most three days ahead: the claim a week on is refused, with the limit named.
    BookingRuleSet rules;
    rules.maxDaysAhead = 3;
    AdminService::saveBookingRules(rules);
    QVERIFY(a.showSearch(day.addDays(7), 4));
    dialog = openClaim(*a.window, cardTitles(*a.window).first(), &why);
    QVERIFY2(dialog, qPrintable(why));
    QVERIFY2(clickConfirm(dialog, &why), qPrintable(why));
    QVERIFY(QTest::qWaitFor([&] { return !dialog->errorText().isEmpty(); }, Patience));
    QVERIFY2(dialog->errorText().contains(QStringLiteral("at most 3 days ahead")),
             qPrintable(dialog->errorText()));
    QVERIFY(dialog->alternatives().isEmpty()); // nothing else to book: it is the date
    dialog->reject();
    AdminService::saveBookingRules(BookingRuleSet());
}

void tst_CalendarClient::newCalendarReachesOpenWindows() {
    Seat a, b;
    QVERIFY2(a.open(m_server.url(), QStringLiteral("teacher.a"), QStringLiteral("demo-a")),
             qPrintable(a.loginError));
    QVERIFY2(b.open(m_server.url(), QStringLiteral("teacher.b"), QStringLiteral("demo-b")),
             qPrintable(b.loginError));
    const QDate closed = halfTermFirst();
    SearchPanel *panel = a.window->searchPanel();
    const int before = a.window->searchesCompleted();
    panel->setDate(closed);
    QVERIFY(QTest::qWaitFor([&] { return a.window->searchesCompleted() > before; }, Patience));
    QCOMPARE(panel->dayInfoText(), QStringLiteral("School closed: Half term"));
    // B is about to claim a room on the Monday after half term when IT closes that day too.
    const QDate monday = halfTermLast().addDays(3);
    QVERIFY(b.showSearch(monday, 0));
    QString why;
    ClaimDialog *dialog = openClaim(*b.window, cardTitles(*b.window).first(), &why);
    QVERIFY2(dialog, qPrintable(why));
    const QPointer<ClaimDialog> watch(dialog);

    QVERIFY2(
        importCalendar(
            calendarCsv(QStringLiteral("Summer term"), QStringLiteral("Inset day"), monday), &why),
        qPrintable(why));
    QVERIFY2(QTest::qWaitFor(
                 [&] { return panel->dayInfoText() == QStringLiteral("School closed: Inset day"); },
                 Patience),
             qPrintable(panel->dayInfoText()));
    QVERIFY(hasToast(*a.window, QStringLiteral("The school calendar was updated.")));

    // B's dialog still open: the confirmation is refused with the reason, in a sentence.
    QVERIFY(watch);
    QVERIFY2(clickConfirm(dialog, &why), qPrintable(why));
    QVERIFY(QTest::qWaitFor([&] { return !watch || !watch->errorText().isEmpty(); }, Patience));
    QVERIFY(watch);
    QCOMPARE(dialog->errorText(),
             QStringLiteral("The school is closed on %1 (Inset day). Please choose another day.")
                 .arg(DisplayText::day(monday)));
    dialog->reject();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return b.window->searchPanel()->dayInfoText() ==
                   QStringLiteral("School closed: Inset day");
        },
        Patience));
}

QTEST_MAIN(tst_CalendarClient)
#include "tst_calendarclient.moc"
