// SPDX-License-Identifier: GPL-3.0-or-later

// The teacher client in French against the real server: the dashboard and the claim dialog
// speak French, a colleague's faster booking (BOOKING_CONFLICT) is a French sentence naming that
// colleague, Qt's own buttons are French, and a code the client does not know shows the
// server's own message. Also the language setting and --lang of the real program.
#include "ClientTestKit.h"
#include "LanguageMenu.h"
#include "ReplyText.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "UiLanguage.h"

#include <QAction>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>
#include <QWebSocket>
#include <QWebSocketServer>
#include <memory>

using namespace ClientTestKit;

class tst_Language : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void dashboardAndClaimDialogSpeakFrench();
    void colleagueWhoWasFasterIsNamedInFrench();
    void knownCodeIsTranslatedUnknownCodeKeepsTheServersMessage();
    void everyCodeHasItsOwnSentence();
    void languageSettingIsSavedForTheNextStart();
    void programTakesItsLanguageFromTheCommandLine();

private:
    // French as the translation has it: the test fails if the text shown is still English.
    static QString french(const char *context, const char *english) {
        return QCoreApplication::translate(context, english);
    }

    std::unique_ptr<TestDatabase> m_db;
    ServerProcess m_server;
};

void tst_Language::initTestCase() {
    quietOffscreenNoise();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RoomClaimTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_language"));
    QSettings().remove(UiLanguage::SettingKey);
    // As main() does for a teacher who chose Français.
    const QLocale locale = UiLanguage::apply(QStringLiteral("fr"));
    QCOMPARE(locale.language(), QLocale::French);
    QVERIFY2(UiLanguage::translationLoaded(), "roomclaim_fr.qm is not built into the client");
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY2(m_server.start(m_db->url(), {QStringLiteral("--demo")}), qPrintable(m_server.error()));
}

void tst_Language::cleanupTestCase() {
    m_server.stop();
    QSettings().remove(UiLanguage::SettingKey);
    UiLanguage::apply(QString());
}

void tst_Language::dashboardAndClaimDialogSpeakFrench() {
    Seat a;
    QVERIFY2(a.open(m_server.url(), QStringLiteral("teacher.a"), QStringLiteral("demo-a")),
             qPrintable(a.loginError));
    // The dashboard.
    QCOMPARE(visibleText(a.window.get(), QStringLiteral("userLabel")),
             QStringLiteral("Connecté en tant que Teacher A"));
    const QLabel *title =
        a.window->searchPanel()->findChild<QLabel *>(QStringLiteral("sectionTitle"));
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("Trouver une salle libre"));
    auto *language = a.window->findChild<QToolButton *>(QStringLiteral("languageButton"));
    QVERIFY(language);
    QVERIFY2(language->text() != QLatin1String("Language"), qPrintable(language->text()));
    QCOMPARE(language->text(), french("MainWindow", "Language"));
    QVERIFY(a.showSearch(lessonDay(1), 1));
    const QString room = cardTitles(*a.window).first();
    auto *claim = cardFor(*a.window, room)->claimButton();
    QVERIFY2(claim->text() != QLatin1String("Claim Room"), qPrintable(claim->text()));

    // The claim dialog, its date in French words.
    QString why;
    ClaimDialog *dialog = openClaim(*a.window, room, &why);
    QVERIFY2(dialog, qPrintable(why));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Réserver la salle"));
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    QVERIFY(confirm);
    QCOMPARE(confirm->text(), QStringLiteral("Confirmer la réservation"));
    const QString date = visibleText(dialog, QStringLiteral("claimDate"));
    QVERIFY2(date.contains(QStringLiteral("mardi")), qPrintable(date)); // lessonDay(1) is a Tuesday
    dialog->reject();

    // Qt's own translation is loaded too: its standard buttons are French.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
}

void tst_Language::colleagueWhoWasFasterIsNamedInFrench() {
    Seat a, b;
    QVERIFY2(a.open(m_server.url(), QStringLiteral("teacher.a"), QStringLiteral("demo-a")),
             qPrintable(a.loginError));
    QVERIFY2(b.open(m_server.url(), QStringLiteral("teacher.b"), QStringLiteral("demo-b")),
             qPrintable(b.loginError));
    QVERIFY(a.showSearch(lessonDay(2), 2));
    QVERIFY(b.showSearch(lessonDay(2), 2));
    const QString room = cardTitles(*a.window).first();
    QString why;
    ClaimDialog *dialogA = openClaim(*a.window, room, &why);
    QVERIFY2(dialogA, qPrintable(why));
    ClaimDialog *dialogB = openClaim(*b.window, room, &why);
    QVERIFY2(dialogB, qPrintable(why));
    const QPointer<ClaimDialog> watchA(dialogA);
    const QPointer<ClaimDialog> watchB(dialogB);

    QVERIFY2(clickConfirm(dialogA, &why), qPrintable(why));
    QVERIFY(QTest::qWaitFor([&] { return !watchA || !watchA->isVisible(); }, Patience));
    QVERIFY2(clickConfirm(dialogB, &why), qPrintable(why));
    QVERIFY(QTest::qWaitFor([&] { return !watchB || !watchB->errorText().isEmpty(); }, Patience));
    QVERIFY2(watchB && watchB->isVisible(), "B's dialog closed although A had the room");

    // The server said "Room already booked by Teacher A"; the teacher reads French.
    const QString error = dialogB->errorText();
    QVERIFY2(error.contains(QLatin1String("Teacher A")), qPrintable(error));
    QVERIFY2(error != QLatin1String("Room already booked by Teacher A"), qPrintable(error));
    QCOMPARE(error,
             french("ReplyText", "Room already booked by %1").arg(QStringLiteral("Teacher A")));
    QVERIFY2(error.contains(QStringLiteral("réservée")), qPrintable(error));
    dialogB->reject();
}

void tst_Language::knownCodeIsTranslatedUnknownCodeKeepsTheServersMessage() {
    // A known code from the real server: a wrong password, in French.
    {
        Connection connection;
        const QString error = logInThroughDialog(&connection, m_server.url(),
                                                 QStringLiteral("teacher.a"), QStringLiteral("no"));
        QVERIFY2(error != QLatin1String("Wrong username or password. Please try again.") &&
                     error != QLatin1String("Wrong username or password"),
                 qPrintable(error));
        QCOMPARE(error, french("ReplyText", "Wrong username or password. Please try again."));
    }

    // A newer server with a code this client has never heard of: its own sentence is all there
    // is to show, word for word.
    const QString unknownCode = QStringLiteral("SCHOOL_ON_STRIKE");
    const QString message = QStringLiteral("Logins are paused while the school is on strike");
    QVERIFY(!ReplyText::isKnownCode(unknownCode));
    QWebSocketServer newer(QStringLiteral("newer"), QWebSocketServer::NonSecureMode);
    QVERIFY(newer.listen(QHostAddress::LocalHost, 0));
    connect(&newer, &QWebSocketServer::newConnection, this, [&] {
        QWebSocket *socket = newer.nextPendingConnection();
        socket->setParent(&newer);
        connect(socket, &QWebSocket::textMessageReceived, socket, [&, socket](const QString &text) {
            const QJsonObject request = QJsonDocument::fromJson(text.toUtf8()).object();
            const QJsonObject reply{{QStringLiteral("re"), request.value(QStringLiteral("id"))},
                                    {QStringLiteral("ok"), false},
                                    {QStringLiteral("status"), 403},
                                    {QStringLiteral("code"), unknownCode},
                                    {QStringLiteral("message"), message}};
            socket->sendTextMessage(
                QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact)));
        });
    });
    Connection connection;
    const QString error =
        logInThroughDialog(&connection, QStringLiteral("ws://127.0.0.1:%1").arg(newer.serverPort()),
                           QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
    QCOMPARE(error, message);
}

void tst_Language::everyCodeHasItsOwnSentence() {
    // Every stable code of the protocol says the client's own (French) sentence, never the
    // server's English one, and fills in what the reply carries.
    const QString english = QStringLiteral("An English sentence from the server");
    const QStringList serverCodes = {
        QStringLiteral("BAD_REQUEST"),      QStringLiteral("UNKNOWN_TYPE"),
        QStringLiteral("AUTH_FAILED"),      QStringLiteral("TOO_MANY_ATTEMPTS"),
        QStringLiteral("UNAUTHENTICATED"),  QStringLiteral("FORBIDDEN"),
        QStringLiteral("LOCK_HELD"),        QStringLiteral("BOOKING_CONFLICT"),
        QStringLiteral("ROOM_NOT_FOUND"),   QStringLiteral("BOOKING_NOT_FOUND"),
        QStringLiteral("NOT_FOUND"),        QStringLiteral("UNAVAILABLE"),
        QStringLiteral("INTERNAL"),         QStringLiteral("CLOSED_DAY"),
        QStringLiteral("TOO_FAR_AHEAD"),    QStringLiteral("LIMIT_REACHED"),
        QStringLiteral("ROOM_RESTRICTED"),  QStringLiteral("SERIES_CONFLICT"),
        QStringLiteral("SERIES_NOT_FOUND"), QStringLiteral("REQUEST_ID_REUSED")};
    for (const QString &code : serverCodes) {
        QVERIFY2(ReplyText::isKnownCode(code), qPrintable(code));
        const QString text = ReplyText::of(ServerReply::failure(code, english));
        if (code == QLatin1String("BAD_REQUEST")) {
            // A malformed request is a fault in the client: the server's words are kept for IT,
            // inside a French sentence.
            QCOMPARE(text, french("ReplyText", "The server refused the request: %1").arg(english));
            continue;
        }
        QVERIFY2(!text.isEmpty() && !text.contains(english) && text != code,
                 qPrintable(code + QStringLiteral(": ") + text));
    }
    auto reply = [](const QString &code, const QJsonObject &details) {
        ServerReply failure = ServerReply::failure(code, QStringLiteral("English"));
        failure.body = details;
        return failure;
    };
    const QString holder = ReplyText::of(reply(
        QStringLiteral("LOCK_HELD"), {{QStringLiteral("holder"), QStringLiteral("Teacher C")}}));
    QCOMPARE(holder, french("ReplyText", "%1 is booking this room right now — please wait and try "
                                         "again.")
                         .arg(QStringLiteral("Teacher C")));
    const QString closed = ReplyText::of(reply(
        QStringLiteral("CLOSED_DAY"), {{QStringLiteral("date"), QStringLiteral("2027-10-25")},
                                       {QStringLiteral("reason"), QStringLiteral("Half term")}}));
    QVERIFY2(closed.contains(QStringLiteral("Half term")) &&
                 closed.contains(DisplayText::day(QDate(2027, 10, 25))) &&
                 closed.contains(QStringLiteral("lun.")),
             qPrintable(closed));
    const QString ahead = ReplyText::of(
        reply(QStringLiteral("TOO_FAR_AHEAD"), {{QStringLiteral("maxDaysAhead"), 14}}));
    QVERIFY2(ahead.contains(QStringLiteral("14")) && !ahead.contains(QStringLiteral("ahead")),
             qPrintable(ahead));
    const QString series = ReplyText::of(reply(
        QStringLiteral("SERIES_CONFLICT"),
        {{QStringLiteral("conflicts"),
          QJsonArray{QJsonObject{{QStringLiteral("start"), QStringLiteral("2027-03-02T12:00:00Z")},
                                 {QStringLiteral("end"), QStringLiteral("2027-03-02T12:50:00Z")},
                                 {QStringLiteral("code"), QStringLiteral("CLOSED_DAY")},
                                 {QStringLiteral("message"), english}}}}}));
    QVERIFY2(series.contains(DisplayText::day(QDate(2027, 3, 2))) && !series.contains(english),
             qPrintable(series));
    // The signed-out notice too.
    QCOMPARE(ReplyText::signedOut(QStringLiteral("deactivated"), english),
             french("ReplyText", "Your account was deactivated"));
    QCOMPARE(ReplyText::signedOut(QStringLiteral("somethingNew"), english), english);
}

void tst_Language::languageSettingIsSavedForTheNextStart() {
    Seat a;
    QVERIFY2(a.open(m_server.url(), QStringLiteral("teacher.a"), QStringLiteral("demo-a")),
             qPrintable(a.loginError));
    auto *menu = a.window->findChild<LanguageMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    QStringList offered;
    for (const QAction *action : menu->actions()) {
        if (action->isCheckable())
            offered << action->text();
    }
    QCOMPARE(offered, (QStringList{french("UiLanguage", "System language"),
                                   QStringLiteral("English"), QStringLiteral("Deutsch"),
                                   QStringLiteral("Français"), QStringLiteral("Español")}));
    QAction *spanish = menu->findChild<QAction *>(QStringLiteral("language_es"));
    QVERIFY(spanish);
    spanish->trigger();
    QCOMPARE(QSettings().value(UiLanguage::SettingKey).toString(), QStringLiteral("es"));
    QCOMPARE(UiLanguage::saved(), QStringLiteral("es"));
    QVERIFY2(hasToast(*a.window, LanguageMenu::changedText(QStringLiteral("es"))),
             qPrintable(toastTexts(*a.window).join(QLatin1Char('|'))));
    menu->findChild<QAction *>(QStringLiteral("language_system"))->trigger();
    QVERIFY(!QSettings().contains(UiLanguage::SettingKey));
    QCOMPARE(UiLanguage::saved(), QString());
}

void tst_Language::programTakesItsLanguageFromTheCommandLine() {
    auto run = [](const QStringList &arguments, int *exitCode = nullptr, QString *error = nullptr) {
        QProcess client;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("LC_ALL"));
        environment.remove(QStringLiteral("LANGUAGE"));
        client.setProcessEnvironment(environment);
        client.start(QStringLiteral(ROOMCLAIM_CLIENT_EXE), arguments);
        if (!client.waitForFinished(20000)) {
            client.kill();
            client.waitForFinished();
        }
        if (exitCode)
            *exitCode = client.exitCode();
        if (error)
            *error = QString::fromUtf8(client.readAllStandardError());
        return QString::fromUtf8(client.readAllStandardOutput());
    };
    const QString frenchHelp =
        run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--help")});
    const QString description = french("main", "RoomClaim teacher client");
    QVERIFY2(description != QLatin1String("RoomClaim teacher client"), qPrintable(description));
    QVERIFY2(frenchHelp.contains(description), qPrintable(frenchHelp));
    QVERIFY2(frenchHelp.contains(QLatin1String("--lang")), qPrintable(frenchHelp));
    const QString englishHelp = run({QStringLiteral("--lang=en"), QStringLiteral("--help")});
    QVERIFY2(englishHelp.contains(QLatin1String("RoomClaim teacher client")),
             qPrintable(englishHelp));

    // An unknown language is refused with a clear line, before any window opens.
    int exitCode = 0;
    QString error;
    run({QStringLiteral("--lang"), QStringLiteral("klingon"), QStringLiteral("--server"),
         QStringLiteral("ws://127.0.0.1:1")},
        &exitCode, &error);
    QCOMPARE(exitCode, 2);
    QVERIFY2(error.contains(QLatin1String("klingon")), qPrintable(error));
}

QTEST_MAIN(tst_Language)
#include "tst_language.moc"
