// SPDX-License-Identifier: GPL-3.0-or-later

// A teacher whom the admin deactivates while their window is open sees the login dialog with
// the reason, and RoomClaim does not keep reconnecting with the dead session; once allowed
// back, logging in through that dialog brings the window back to life.
#include "AdminService.h"
#include "ClientTestKit.h"
#include "Database.h"
#include "DatabaseUrl.h"
#include "Migrator.h"
#include "ServerProcess.h"
#include "TestDatabase.h"

#include <QStandardPaths>
#include <memory>

using namespace ClientTestKit;

class tst_SignOut : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void deactivatedTeacherSeesTheLoginDialog();

private:
    qint64 teacherId(const QString &username) const {
        return m_db
            ->scalar(QStringLiteral("SELECT id FROM teachers WHERE username = '%1'").arg(username))
            .toLongLong();
    }

    std::unique_ptr<TestDatabase> m_db;
    ServerProcess m_server;
};

void tst_SignOut::initTestCase() {
    quietOffscreenNoise();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RoomClaimTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_signout"));
    qunsetenv("ROOMCLAIM_DB");
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY2(m_server.start(m_db->url(), {QStringLiteral("--demo")}), qPrintable(m_server.error()));
    // The admin acts from this process, as the console would.
    QString error;
    const DatabaseUrl url = DatabaseUrl::parse(m_db->url(), &error);
    QVERIFY2(url.isValid(), qPrintable(error));
    Database::configure(url);
    Migrator::migrate();
}

void tst_SignOut::cleanupTestCase() {
    m_server.stop();
    Database::connection().close();
    m_db.reset();
}

void tst_SignOut::deactivatedTeacherSeesTheLoginDialog() {
    Seat seat;
    const QString server = QStringLiteral("ws://127.0.0.1:%1").arg(m_server.port());
    QVERIFY2(seat.open(server, QStringLiteral("teacher.a"), QStringLiteral("demo-a")),
             qPrintable(seat.loginError));

    AdminService::setTeacherActive(teacherId(QStringLiteral("teacher.a")), false);

    LoginDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] {
            dialog = seat.window->findChild<LoginDialog *>();
            return dialog && dialog->isVisible();
        },
        Patience));
    QCOMPARE(dialog->errorText(),
             QStringLiteral("You were logged out: Your account was deactivated"));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->text(),
             QStringLiteral("teacher.a"));
    // No reconnect loop with the dead token: the connection stays offline.
    QTest::qWait(1500);
    QCOMPARE(seat.connection->state(), Connection::State::Offline);

    // Allowed back, the teacher logs in again through the same dialog.
    AdminService::setTeacherActive(teacherId(QStringLiteral("teacher.a")), true);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                     QStringLiteral("demo-a"));
    const int searches = seat.window->searchesCompleted();
    QVERIFY(click(dialog->findChild<QPushButton *>(QStringLiteral("logInButton"))));
    QVERIFY(QTest::qWaitFor([&] { return seat.connection->isOnline(); }, Patience));
    QVERIFY(QTest::qWaitFor([&] { return seat.window->searchesCompleted() > searches; }, Patience));
    QVERIFY(seat.window->isVisible());
}

QTEST_MAIN(tst_SignOut)
#include "tst_signout.moc"
