// SPDX-License-Identifier: GPL-3.0-or-later

// Favourite rooms and the teacher's own calendar in the teacher client, driven through its
// widgets against the real server and PostgreSQL: a starred card comes first and stays first
// after a new search and a new login; "Add to my calendar" writes an .ics that parses back; the
// feed dialog's URL serves the bookings over HTTP, forgets a canceled one, and "Reset link…"
// retires the old URL.
#include "CalendarActions.h"
#include "CalendarFeedDialog.h"
#include "ClientTestKit.h"
#include "FavouriteRooms.h"
#include "ICalendarReader.h"
#include "ReplyChecks.h"
#include "Rfc3339.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QClipboard>
#include <QJsonArray>
#include <QMenu>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <memory>

using namespace ClientTestKit;
using namespace ICalendarReader;

class tst_FavouritesFeed : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void starredCardComesFirst();
    void starFollowsTheTeacherToANewLogin();
    void icsExportParsesBack();
    void feedDialogServesTheBookings();
    void canceledBookingLeavesTheFeed();
    void resetLinkRetiresTheOldUrl();
    void guessedUrlIs404();

private:
    qint64 book(const QString &room, const QDate &date, int period, const QString &purpose);
    QList<qint64> myBookingIds();
    QString openFeedDialog();

    std::unique_ptr<TestDatabase> m_db;
    ServerProcess m_server;
    TestClient m_teacher; // teacher.a through the protocol, to set up bookings
    QHash<QString, qint64> m_rooms;
    QStringList m_bookable; // rooms a teacher may book (not restricted)
    Seat m_seat;            // teacher.a at a staff-room PC
    QString m_feedUrl;
};

void tst_FavouritesFeed::initTestCase() {
    quietOffscreenNoise();
    QStandardPaths::setTestModeEnabled(true);
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY2(m_server.start(m_db->url(), {QStringLiteral("--demo")}), qPrintable(m_server.error()));
    QVERIFY(m_teacher.open(m_server.url()));
    VERIFY_OK(m_teacher.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a")));
    for (const QJsonValue &room :
         m_teacher.request(QStringLiteral("listRooms")).value(QStringLiteral("rooms")).toArray()) {
        const QString name = room.toObject().value(QStringLiteral("name")).toString();
        m_rooms.insert(name, room.toObject().value(QStringLiteral("id")).toInteger());
        if (!room.toObject().value(QStringLiteral("restricted")).toBool())
            m_bookable << name;
    }
    QVERIFY(m_bookable.size() >= 2);
    QVERIFY2(m_seat.open(m_server.url(), QStringLiteral("teacher.a"), QStringLiteral("demo-a")),
             qPrintable(m_seat.loginError));
}

void tst_FavouritesFeed::cleanupTestCase() {
    m_seat.window.reset();
    m_teacher.close();
    m_server.stop();
}

qint64 tst_FavouritesFeed::book(const QString &room, const QDate &date, int period,
                                const QString &purpose) {
    const QJsonObject periods = m_teacher.request(
        QStringLiteral("listPeriods"), {{QStringLiteral("date"), date.toString(Qt::ISODate)}});
    const QJsonObject slot =
        periods.value(QStringLiteral("periods")).toArray().at(period).toObject();
    const QJsonObject reply =
        m_teacher.request(QStringLiteral("confirmBooking"),
                          {{QStringLiteral("roomId"), m_rooms.value(room)},
                           {QStringLiteral("start"), slot.value(QStringLiteral("start"))},
                           {QStringLiteral("end"), slot.value(QStringLiteral("end"))},
                           {QStringLiteral("purpose"), purpose}});
    if (!reply.value(QStringLiteral("ok")).toBool())
        qWarning("booking failed: %s", qPrintable(json(reply)));
    return reply.value(QStringLiteral("booking"))
        .toObject()
        .value(QStringLiteral("id"))
        .toInteger();
}

QList<qint64> tst_FavouritesFeed::myBookingIds() {
    QList<qint64> ids;
    for (const QJsonValue &booking : m_teacher.request(QStringLiteral("myBookings"))
                                         .value(QStringLiteral("bookings"))
                                         .toArray())
        ids << booking.toObject().value(QStringLiteral("id")).toInteger();
    return ids;
}

void tst_FavouritesFeed::starredCardComesFirst() {
    QVERIFY(m_seat.showSearch(lessonDay(0), 1));
    MainWindow &window = *m_seat.window;
    const QStringList before = cardTitles(window);
    QVERIFY2(before.size() >= 3, qPrintable(before.join(QLatin1String(", "))));
    const QString last = before.last();
    RecommendationCard *card = cardFor(window, last);
    QToolButton *star = card->favouriteButton();
    QCOMPARE(star->accessibleName(), QStringLiteral("Favourite: %1").arg(last));
    QVERIFY(star->isCheckable());
    QVERIFY(!star->isChecked());
    QVERIFY(star->focusPolicy() & Qt::TabFocus);

    // Keyboard: focus the star and press Space.
    star->setFocus();
    QTest::keyClick(star, Qt::Key_Space);
    QVERIFY(star->isChecked());
    QVERIFY(window.favourites()->isFavourite(m_rooms.value(last)));
    // At once, without a new search: the starred room moves to the front.
    QCOMPARE(cardTitles(window).first(), last);
    // The server agrees: the next search puts it first too, and the star stays on.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return m_teacher.request(QStringLiteral("listFavourites"))
                .value(QStringLiteral("roomIds"))
                .toArray()
                .contains(QJsonValue(m_rooms.value(last)));
        },
        Patience));
    const int searches = window.searchesCompleted();
    window.search();
    QVERIFY(QTest::qWaitFor([&] { return window.searchesCompleted() > searches; }, Patience));
    QVERIFY(m_seat.cardsShown());
    QCOMPARE(cardTitles(window).first(), last);
    QVERIFY(cardFor(window, last)->isFavourite());
    // Every other card is not a favourite, and in the server's order.
    QStringList rest = cardTitles(window).mid(1);
    QStringList expected = before;
    expected.removeAll(last);
    QCOMPARE(rest, expected);

    // A second star, by mouse: both favourites come before every other room.
    const QString second = before.at(1);
    QString why;
    QVERIFY2(click(cardFor(window, second)->favouriteButton(), &why), qPrintable(why));
    QVERIFY(
        QTest::qWaitFor([&] { return cardTitles(window).mid(0, 2).contains(second); }, Patience));
    QCOMPARE(cardTitles(window).at(0), last);
    QCOMPARE(window.favourites()->roomIds().size(), 2);
}

void tst_FavouritesFeed::starFollowsTheTeacherToANewLogin() {
    const QList<qint64> favourites = m_seat.window->favourites()->roomIds();
    QCOMPARE(favourites.size(), 2);
    // The same teacher at another PC.
    Seat other;
    QVERIFY2(other.open(m_server.url(), QStringLiteral("teacher.a"), QStringLiteral("demo-a")),
             qPrintable(other.loginError));
    QVERIFY(QTest::qWaitFor([&] { return other.window->favourites()->roomIds() == favourites; },
                            Patience));
    QVERIFY(other.showSearch(lessonDay(0), 1));
    const QStringList titles = cardTitles(*other.window);
    for (int i = 0; i < titles.size(); ++i) {
        const bool favourite = favourites.contains(m_rooms.value(titles.at(i)));
        QCOMPARE(cardFor(*other.window, titles.at(i))->isFavourite(), favourite);
        QCOMPARE(favourite, i < favourites.size()); // favourites first
    }
    // Unstarred there, the star goes off there at once and the server forgets it.
    const QString first = titles.first();
    QString why;
    QVERIFY2(click(cardFor(*other.window, first)->favouriteButton(), &why), qPrintable(why));
    QVERIFY(!cardFor(*other.window, first)->isFavourite());
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !m_teacher.request(QStringLiteral("listFavourites"))
                        .value(QStringLiteral("roomIds"))
                        .toArray()
                        .contains(QJsonValue(m_rooms.value(first)));
        },
        Patience));
    // Another teacher has favourites of their own.
    Seat colleague;
    QVERIFY2(colleague.open(m_server.url(), QStringLiteral("teacher.b"), QStringLiteral("demo-b")),
             qPrintable(colleague.loginError));
    QTest::qWait(300);
    QVERIFY(colleague.window->favourites()->roomIds().isEmpty());
}

void tst_FavouritesFeed::icsExportParsesBack() {
    const QStringList &rooms = m_bookable;
    QVERIFY(book(rooms.at(0), lessonDay(1), 0, QStringLiteral("7B Maths")) > 0);
    QVERIFY(book(rooms.at(1), lessonDay(1), 2, QStringLiteral("9C Chemistry; titration, part 2")) >
            0);
    QVERIFY(book(rooms.at(0), lessonDay(2), 1, QString()) > 0);
    const QList<qint64> ids = myBookingIds();
    QCOMPARE(ids.size(), 3);

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("roomclaim-bookings.ics"));
    QSignalSpy exported(m_seat.window->calendarActions(), &CalendarActions::exported);
    m_seat.window->calendarActions()->exportTo(path);
    QVERIFY(exported.wait(Patience));
    QCOMPARE(exported.first().at(1).toInt(), 3);
    QVERIFY(hasToast(*m_seat.window, QStringLiteral("3 bookings saved")));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    const Calendar calendar = parseCalendar(ics);
    QVERIFY2(calendar.problem.isEmpty(), qPrintable(calendar.problem));
    QCOMPARE(calendar.events.size(), 3);
    const QJsonArray bookings =
        m_teacher.request(QStringLiteral("myBookings")).value(QStringLiteral("bookings")).toArray();
    for (int i = 0; i < bookings.size(); ++i) {
        const QJsonObject booking = bookings.at(i).toObject();
        const auto &event = calendar.events.at(i);
        QCOMPARE(event.value("UID"), QByteArray("booking-") +
                                         QByteArray::number(booking.value("id").toInteger()) +
                                         "@roomclaim");
        QVERIFY2(event.value("DTSTART").endsWith('Z'), event.value("DTSTART").constData());
        QVERIFY2(event.value("DTEND").endsWith('Z'), event.value("DTEND").constData());
        QCOMPARE(utcFromStamp(event.value("DTSTART")),
                 Rfc3339::parse(booking.value("start").toString()).toUTC());
        QCOMPARE(utcFromStamp(event.value("DTEND")),
                 Rfc3339::parse(booking.value("end").toString()).toUTC());
        QVERIFY(event.value("SUMMARY").startsWith(booking.value("roomName").toString().toUtf8()));
        QVERIFY(event.contains("DTSTAMP"));
    }
}

QString tst_FavouritesFeed::openFeedDialog() {
    // "Calendar" beside My Bookings, then "Subscribe in my calendar…".
    QToolButton *menuButton = m_seat.window->myBookings()->calendarButton();
    if (!menuButton->isVisible() ||
        !menuButton->menu()->actions().contains(m_seat.window->myBookings()->subscribeAction()))
        return {};
    m_seat.window->myBookings()->subscribeAction()->trigger();
    CalendarActions *actions = m_seat.window->calendarActions();
    if (!QTest::qWaitFor(
            [&] { return actions->feedDialog() && !actions->feedDialog()->url().isEmpty(); },
            Patience))
        return {};
    return actions->feedDialog()->url();
}

void tst_FavouritesFeed::feedDialogServesTheBookings() {
    m_feedUrl = openFeedDialog();
    QVERIFY2(m_feedUrl.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(m_feedUrl));
    CalendarFeedDialog *dialog = m_seat.window->calendarActions()->feedDialog();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->urlField()->isReadOnly());
    QVERIFY(!dialog->urlField()->accessibleName().isEmpty());
    QString why;
    QVERIFY2(click(dialog->copyButton(), &why), qPrintable(why));
    QCOMPARE(QGuiApplication::clipboard()->text(), m_feedUrl);

    const HttpResult result = httpGet(m_feedUrl);
    QCOMPARE(result.status, 200);
    QVERIFY2(result.contentType.startsWith("text/calendar"), result.contentType.constData());
    const Calendar calendar = parseCalendar(result.body);
    QVERIFY2(calendar.problem.isEmpty(), qPrintable(calendar.problem));
    QStringList expected;
    for (qint64 id : myBookingIds())
        expected << QStringLiteral("booking-%1@roomclaim").arg(id);
    QCOMPARE(calendar.uids(), expected);
    for (const auto &event : calendar.events)
        QVERIFY(event.value("DTSTART").endsWith('Z') && event.value("DTEND").endsWith('Z'));
}

void tst_FavouritesFeed::canceledBookingLeavesTheFeed() {
    QVERIFY(!m_feedUrl.isEmpty());
    const QList<qint64> ids = myBookingIds();
    QVERIFY(ids.size() >= 2);
    VERIFY_OK(m_teacher.request(QStringLiteral("cancelBooking"),
                                {{QStringLiteral("bookingId"), ids.first()}}));
    const Calendar calendar = parseCalendar(httpGet(m_feedUrl).body);
    QVERIFY2(calendar.problem.isEmpty(), qPrintable(calendar.problem));
    QCOMPARE(calendar.events.size(), ids.size() - 1);
    QVERIFY(!calendar.uids().contains(QStringLiteral("booking-%1@roomclaim").arg(ids.first())));
}

void tst_FavouritesFeed::resetLinkRetiresTheOldUrl() {
    CalendarFeedDialog *dialog = m_seat.window->calendarActions()->feedDialog();
    QVERIFY(dialog);
    const QString old = dialog->url();
    QString why;
    QVERIFY2(click(dialog->resetButton(), &why), qPrintable(why));
    QVERIFY(QTest::qWaitFor(
        [&] { return dialog->resetPrompt() && dialog->resetPrompt()->isVisible(); }, Patience));
    QMessageBox *prompt = dialog->resetPrompt();
    QVERIFY2(prompt->text().contains(QLatin1String("stops working")), qPrintable(prompt->text()));
    // "Keep the Old Link" changes nothing.
    QAbstractButton *keep = nullptr;
    QAbstractButton *renew = nullptr;
    for (QAbstractButton *button : prompt->buttons())
        (prompt->buttonRole(button) == QMessageBox::DestructiveRole ? renew : keep) = button;
    QVERIFY(keep && renew);
    QVERIFY2(click(keep, &why), qPrintable(why));
    QTest::qWait(300);
    QCOMPARE(dialog->url(), old);
    QCOMPARE(httpGet(old).status, 200);

    dialog->askToReset();
    QVERIFY(QTest::qWaitFor(
        [&] { return dialog->resetPrompt() && dialog->resetPrompt()->isVisible(); }, Patience));
    for (QAbstractButton *button : dialog->resetPrompt()->buttons()) {
        if (dialog->resetPrompt()->buttonRole(button) == QMessageBox::DestructiveRole)
            renew = button;
    }
    QSignalSpy shown(dialog, &CalendarFeedDialog::urlShown);
    QVERIFY2(click(renew, &why), qPrintable(why));
    QVERIFY(shown.wait(Patience));
    const QString renewed = dialog->url();
    QVERIFY(!renewed.isEmpty() && renewed != old);
    QCOMPARE(httpGet(old).status, 404);
    const HttpResult result = httpGet(renewed);
    QCOMPARE(result.status, 200);
    QCOMPARE(parseCalendar(result.body).events.size(), myBookingIds().size());
    m_feedUrl = renewed;
    dialog->close();
}

void tst_FavouritesFeed::guessedUrlIs404() {
    QVERIFY(!m_feedUrl.isEmpty());
    const QString secret = QUrl(m_feedUrl).fileName().chopped(4);
    QString guess;
    for (int i = 0; i < secret.size(); ++i)
        guess += QString::number(QRandomGenerator::global()->bounded(16), 16);
    QVERIFY(guess != secret);
    QCOMPARE(httpGet(QString(m_feedUrl).replace(secret, guess)).status, 404);
    QCOMPARE(httpGet(QString(m_feedUrl).replace(secret, QString())).status, 404);
    QCOMPARE(httpGet(m_feedUrl).status, 200);
}

QTEST_MAIN(tst_FavouritesFeed)
#include "tst_favouritesfeed.moc"
