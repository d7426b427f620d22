// SPDX-License-Identifier: GPL-3.0-or-later

// The admin console for keyboard and screen-reader users, on the demo school with a real
// PostgreSQL and the server in process: on every page, Tab reaches every control, and each
// control has a name a screen reader can announce.
#include "ConsoleWindow.h"
#include "Database.h"
#include "DatabaseUrl.h"
#include "DemoSchool.h"
#include "FocusWalk.h"
#include "LogBuffer.h"
#include "Migrator.h"
#include "RoomClaimServer.h"
#include "ServerSettings.h"
#include "TestDatabase.h"

#include <QApplication>
#include <QTabBar>
#include <QTabWidget>
#include <QtTest>
#include <memory>

class tst_ConsoleAccess : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyPageIsReachableAndNamed();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<RoomClaimServer> m_server;
    std::unique_ptr<ConsoleWindow> m_window;
};

void tst_ConsoleAccess::initTestCase() {
    static QtMessageHandler previous = nullptr;
    LogBuffer::install();
    previous = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (!message.contains(QLatin1String("propagateSizeHints")) && previous)
                previous(type, context, message);
        });
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QString error;
    const DatabaseUrl url = DatabaseUrl::parse(m_db->url(), &error);
    QVERIFY2(url.isValid(), qPrintable(error));
    Database::configure(url);
    Migrator::migrate();
    QVERIFY(DemoSchool::createIfEmpty());
    ServerSettings settings;
    settings.database = url;
    settings.listenAddress = QHostAddress::LocalHost;
    settings.listenPort = 0;
    m_server = std::make_unique<RoomClaimServer>(settings);
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_window = std::make_unique<ConsoleWindow>(m_server.get());
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_ConsoleAccess::cleanupTestCase() {
    m_window.reset();
    if (m_server)
        m_server->stop();
    m_server.reset();
}

void tst_ConsoleAccess::everyPageIsReachableAndNamed() {
    QTabWidget *tabs = m_window->tabs();
    QStringList problems;
    for (int page = 0; page < tabs->count(); ++page) {
        tabs->setCurrentIndex(page);
        // The page loads on the server's workers; what it shows arrives a moment later.
        QTest::qWait(400);
        const QList<QWidget *> expected = FocusWalk::tabStops(m_window.get());
        const QList<QWidget *> reached = FocusWalk::pressTab(tabs->tabBar());
        const QString found = FocusWalk::problems(expected, reached);
        if (!found.isEmpty()) {
            // Each page's list in the log: a failure message is cut short.
            qWarning().noquote() << tabs->tabText(page) << ":\n" << found;
            problems << QStringLiteral("%1:\n%2").arg(tabs->tabText(page), found);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_ConsoleAccess)
#include "tst_consoleaccess.moc"
