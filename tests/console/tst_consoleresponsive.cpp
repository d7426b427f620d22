// SPDX-License-Identifier: GPL-3.0-or-later

#include "ConsoleWindow.h"
#include "Database.h"
#include "DatabaseError.h"
#include "DatabaseUrl.h"
#include "DemoSchool.h"
#include "LogBuffer.h"
#include "Migrator.h"
#include "RoomClaimServer.h"
#include "SchoolDirectory.h"
#include "ServerSettings.h"
#include "TeachersPage.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <vector>

// The thread that serves the teachers' WebSockets also draws the console. While a colleague's
// session on another connection holds a table lock the console needs, the console's reads and
// saves wait on a worker: a teacher's listRooms and the window's own timer stay fast, and the
// console shows the answer, or the error, when it comes. A real PostgreSQL, the server in
// process, a real WebSocket client.
class tst_ConsoleResponsive : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void aReadOnThisThreadWouldWaitForTheLock();
    void blockedConsoleReadLeavesTheConnectionsAlone();
    void blockedConsoleSaveFailsOnTheLockTimeoutAndSaysSo();

private:
    // What a teacher and the window felt while the console waited for the database.
    struct Figures {
        std::vector<double> listRoomsMs;
        qint64 longestTickGapMs = 0;
        double percentile(double p) const;
        double slowest() const;
    };

    static constexpr int LockTimeoutMs = 2000;
    static constexpr int Patience = 15000;

    // Sends listRooms over the teacher's socket, one after another, for durationMs while a
    // 20 ms timer on this thread records its longest gap.
    Figures measure(int durationMs);
    // Opens a second connection of its own and takes an exclusive lock on teachers in an
    // open transaction, as a colleague's long migration or a stuck session would.
    bool lockTeachers();
    void releaseTeachers(const QString &finish);
    void report(const char *what, const Figures &figures);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<RoomClaimServer> m_server;
    std::unique_ptr<ConsoleWindow> m_window;
    std::unique_ptr<TestClient> m_teacher;
    DatabaseUrl m_url;
};

double tst_ConsoleResponsive::Figures::percentile(double p) const {
    if (listRoomsMs.empty())
        return -1;
    std::vector<double> sorted = listRoomsMs;
    std::sort(sorted.begin(), sorted.end());
    return sorted.at(std::min(sorted.size() - 1, size_t(p * double(sorted.size()))));
}

double tst_ConsoleResponsive::Figures::slowest() const {
    return listRoomsMs.empty() ? -1 : *std::max_element(listRoomsMs.begin(), listRoomsMs.end());
}

tst_ConsoleResponsive::Figures tst_ConsoleResponsive::measure(int durationMs) {
    Figures figures;
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer tick;
    tick.setInterval(20);
    connect(&tick, &QTimer::timeout, this, [&] {
        figures.longestTickGapMs = std::max(figures.longestTickGapMs, sinceTick.restart());
    });
    tick.start();
    QElapsedTimer window;
    window.start();
    while (window.elapsed() < durationMs) {
        QElapsedTimer roundTrip;
        roundTrip.start();
        const QJsonObject reply = m_teacher->request(QStringLiteral("listRooms"));
        const double ms = double(roundTrip.nsecsElapsed()) / 1e6;
        if (reply.value(QStringLiteral("rooms")).toArray().isEmpty())
            return Figures{}; // no answer: the caller's checks fail on the empty figures
        figures.listRoomsMs.push_back(ms);
        QTest::qWait(10);
    }
    figures.longestTickGapMs = std::max(figures.longestTickGapMs, sinceTick.elapsed());
    return figures;
}

bool tst_ConsoleResponsive::lockTeachers() {
    QSqlDatabase db =
        QSqlDatabase::contains(QStringLiteral("blocker"))
            ? QSqlDatabase::database(QStringLiteral("blocker"), false)
            : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("blocker"));
    db.setHostName(m_url.host);
    db.setPort(m_url.port);
    db.setUserName(m_url.user);
    db.setPassword(m_url.password);
    db.setDatabaseName(m_url.databaseName);
    if (!db.isOpen() && !db.open())
        return false;
    QSqlQuery query(db);
    return query.exec(QStringLiteral("BEGIN")) &&
           query.exec(QStringLiteral("LOCK TABLE teachers IN ACCESS EXCLUSIVE MODE"));
}

void tst_ConsoleResponsive::releaseTeachers(const QString &finish) {
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("blocker"), false));
    if (!query.exec(finish))
        qWarning("blocker: %s", qPrintable(query.lastError().text()));
}

void tst_ConsoleResponsive::report(const char *what, const Figures &figures) {
    qInfo("%s: %zu listRooms round trips, p50 %.2f ms, p95 %.2f ms, slowest %.2f ms; longest gap "
          "between 20 ms ticks of the main thread %lld ms",
          what, figures.listRoomsMs.size(), figures.percentile(0.5), figures.percentile(0.95),
          figures.slowest(), qint64(figures.longestTickGapMs));
}

void tst_ConsoleResponsive::initTestCase() {
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
    m_url = DatabaseUrl::parse(m_db->url(), &error);
    QVERIFY2(m_url.isValid(), qPrintable(error));
    // Before any connection opens: every connection pins its timeouts when it connects.
    Database::setTimeouts(10000, LockTimeoutMs);
    Database::configure(m_url);
    Migrator::migrate();
    QVERIFY(DemoSchool::createIfEmpty());

    ServerSettings settings;
    settings.database = m_url;
    settings.listenAddress = QHostAddress::LocalHost;
    settings.listenPort = 0;
    m_server = std::make_unique<RoomClaimServer>(settings);
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_window = std::make_unique<ConsoleWindow>(m_server.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    // Logged in before the lock: logging in reads the teachers table itself.
    m_teacher = std::make_unique<TestClient>();
    QVERIFY(m_teacher->open(QStringLiteral("ws://127.0.0.1:%1/").arg(m_server->port())));
    QVERIFY(m_teacher->login(QStringLiteral("teacher.a"), QStringLiteral("demo-a"))
                .value(QStringLiteral("ok"))
                .toBool());
    m_window->tabs()->setCurrentWidget(m_window->teachersPage());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->teachersPage()->isBusy(), Patience);
    report("listRooms, nothing locked", measure(1000));
}

void tst_ConsoleResponsive::cleanupTestCase() {
    m_teacher.reset();
    m_window.reset();
    if (m_server)
        m_server->stop();
    m_server.reset();
    if (QSqlDatabase::contains(QStringLiteral("blocker"))) {
        QSqlDatabase::database(QStringLiteral("blocker"), false).close();
        QSqlDatabase::removeDatabase(QStringLiteral("blocker"));
    }
    Database::connection().close();
    m_db.reset();
}

// The control experiment: the same read made on this thread, as the console used to, stands
// still until the lock timeout ends it. The figures below mean something only because of this.
void tst_ConsoleResponsive::aReadOnThisThreadWouldWaitForTheLock() {
    QVERIFY(lockTeachers());
    QElapsedTimer stood;
    stood.start();
    bool refused = false;
    try {
        SchoolDirectory::teachers(true);
    } catch (const DatabaseError &error) {
        refused = error.message().contains(QLatin1String("lock timeout"));
    }
    const qint64 ms = stood.elapsed();
    releaseTeachers(QStringLiteral("ROLLBACK"));
    qInfo("a teachers read on the main thread under the lock: the window and every connection "
          "stood still for %lld ms (ended by lock_timeout = %d ms)",
          ms, LockTimeoutMs);
    QVERIFY(refused);
    QVERIFY2(ms >= LockTimeoutMs - 100, qPrintable(QString::number(ms)));
}

void tst_ConsoleResponsive::blockedConsoleReadLeavesTheConnectionsAlone() {
    TeachersPage *page = m_window->teachersPage();
    auto *table = page->findChild<QTableWidget *>(QStringLiteral("teachersTable"));
    QVERIFY(table);
    const int before = table->rowCount();
    QVERIFY(lockTeachers());
    // A colleague adds a teacher in the transaction that holds the lock.
    QVERIFY(QSqlQuery(QSqlDatabase::database(QStringLiteral("blocker"), false))
                .exec(QStringLiteral("INSERT INTO teachers (username, name, password_hash) "
                                     "VALUES ('late.arrival', 'Late Arrival', 'x')")));
    page->refresh();
    QVERIFY(page->isBusy());

    // Under the lock timeout: the console's read waits for the lock on a worker.
    const Figures figures = measure(LockTimeoutMs * 3 / 4);
    QVERIFY2(page->isBusy(), "the console's read was not held by the lock");
    QCOMPARE(table->rowCount(), before);
    report("listRooms while the console's read waits for a table lock", figures);
    releaseTeachers(QStringLiteral("COMMIT"));

    // The console then shows what the read found.
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), Patience);
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), before + 1, Patience);
    QStringList usernames;
    for (int row = 0; row < table->rowCount(); ++row)
        usernames << table->item(row, 0)->text();
    QVERIFY(usernames.contains(QStringLiteral("late.arrival")));

    QVERIFY(!figures.listRoomsMs.empty());
    QVERIFY2(figures.slowest() < 500, qPrintable(QString::number(figures.slowest())));
    QVERIFY2(figures.longestTickGapMs < 500, qPrintable(QString::number(figures.longestTickGapMs)));
}

void tst_ConsoleResponsive::blockedConsoleSaveFailsOnTheLockTimeoutAndSaysSo() {
    TeachersPage *page = m_window->teachersPage();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), Patience);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addTeacherButton")),
                      Qt::LeftButton);
    page->findChild<QLineEdit *>(QStringLiteral("teacherUsernameEdit"))
        ->setText(QStringLiteral("n.waiting"));
    page->findChild<QLineEdit *>(QStringLiteral("teacherNameEdit"))
        ->setText(QStringLiteral("Nora Waiting"));
    page->findChild<QLineEdit *>(QStringLiteral("teacherPasswordEdit"))
        ->setText(QStringLiteral("patient-one"));
    auto *save = page->findChild<QPushButton *>(QStringLiteral("saveTeacherButton"));
    auto *status = page->findChild<QLabel *>(QStringLiteral("teacherStatusLabel"));
    QVERIFY(save && status && save->isEnabled());

    QVERIFY(lockTeachers());
    QElapsedTimer answered;
    answered.start();
    // The save hashes the password (Argon2id) and then waits for the lock, both on a worker.
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(page->isBusy());
    QVERIFY(!save->isEnabled()); // a second save waits for this one
    QVERIFY2(status->text().startsWith(QStringLiteral("Saving Nora Waiting")),
             qPrintable(status->text()));
    const Figures figures = measure(LockTimeoutMs * 3 / 4);
    report("listRooms while the console's save (Argon2id, then the lock) waits", figures);

    // The lock outlasts the lock timeout: the save fails and the page says why.
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), Patience);
    const qint64 ms = answered.elapsed();
    releaseTeachers(QStringLiteral("ROLLBACK"));
    qInfo("the console showed the failed save after %lld ms: %s", ms, qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("busy with another task")),
             qPrintable(status->text()));
    QVERIFY(save->isEnabled());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM teachers WHERE username = "
                                         "'n.waiting'"))
                 .toInt(),
             0);
    QVERIFY(!figures.listRoomsMs.empty());
    QVERIFY2(figures.slowest() < 500, qPrintable(QString::number(figures.slowest())));
    QVERIFY2(figures.longestTickGapMs < 500, qPrintable(QString::number(figures.longestTickGapMs)));

    // Without the lock, the same save goes through.
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Added Nora Waiting")),
                              qPrintable(status->text()), Patience);
}

QTEST_MAIN(tst_ConsoleResponsive)
#include "tst_consoleresponsive.moc"
