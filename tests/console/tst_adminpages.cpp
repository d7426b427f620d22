// SPDX-License-Identifier: GPL-3.0-or-later

#include "BellSchedulePage.h"
#include "Database.h"
#include "DatabaseUrl.h"
#include "DemoSchool.h"
#include "ImportPage.h"
#include "Migrator.h"
#include "Rfc3339.h"
#include "RoomClaimServer.h"
#include "RoomsPage.h"
#include "ServerSettings.h"
#include "TeachersPage.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimeEdit>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

// The console's administration pages (rooms, teachers, bell schedule, CSV import), driven
// through their widgets against a real PostgreSQL and an in-process server, with real teacher
// connections checking what the teachers' side sees.
class tst_AdminPages : public QObject {
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<RoomClaimServer> m_server;
    QTemporaryDir m_dir;
    int m_fileCounter = 0;

    QString serverUrl() const { return QStringLiteral("ws://127.0.0.1:%1/").arg(m_server->port()); }

    // A teacher client, logged in; empty pointer (and a failed check) otherwise.
    std::unique_ptr<TestClient> loggedInClient(const QString &username, const QString &password) {
        auto client = std::make_unique<TestClient>();
        if (!client->open(serverUrl()))
            return {};
        const QJsonObject reply = client->login(username, password);
        if (!reply.value(QStringLiteral("ok")).toBool())
            return {};
        return client;
    }

    QString writeFile(const QByteArray &bytes) {
        const QString path = m_dir.filePath(QStringLiteral("console-%1.csv").arg(++m_fileCounter));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // A fingerprint of a whole table, to prove a refused change wrote nothing at all.
    QString snapshot(const QString &table) const {
        return m_db
            ->scalar(QStringLiteral(
                         "SELECT coalesce(string_agg(t::text, '|' ORDER BY t.id), '') FROM %1 t")
                         .arg(table))
            .toString();
    }

    static QJsonObject tomorrowAt(int startHour, int endHour) {
        const QDate day = QDate::currentDate().addDays(1);
        return {
            {QStringLiteral("start"), Rfc3339::formatLocal(QDateTime(day, QTime(startHour, 0)))},
            {QStringLiteral("end"), Rfc3339::formatLocal(QDateTime(day, QTime(endHour, 0)))}};
    }

    static QStringList foundRoomNames(const QJsonObject &reply) {
        QStringList names;
        for (const QJsonValue &room : reply.value(QStringLiteral("rooms")).toArray())
            names << room.toObject().value(QStringLiteral("name")).toString();
        return names;
    }

    static QStringList columnTexts(const QTableWidget *table, int column) {
        QStringList texts;
        for (int row = 0; row < table->rowCount(); ++row)
            texts << (table->item(row, column) ? table->item(row, column)->text() : QString());
        return texts;
    }

    static int rowOf(const QTableWidget *table, int column, const QString &text) {
        return int(columnTexts(table, column).indexOf(text));
    }

    static QStringList listTexts(const QListWidget *list) {
        QStringList texts;
        for (int i = 0; i < list->count(); ++i)
            texts << list->item(i)->text();
        return texts;
    }

    // The pages read and write on the server's workers.
    QThreadPool *workers() const { return m_server->workers(); }

    template <typename T> static T *child(QWidget *page, const char *name) {
        T *widget = page->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no %s named %s", T::staticMetaObject.className(), name);
        return widget;
    }

    static void typeInto(QLineEdit *edit, const QString &text) {
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    // Answers the next modal dialog (a confirmation or the password dialog) once it is open.
    static void whenModalOpens(std::function<void(QWidget *)> answer) {
        auto *timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, [timer, answer] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                timer->stop();
                timer->deleteLater();
                answer(modal);
            }
        });
        timer->start();
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        QString error;
        ServerSettings settings;
        settings.database = DatabaseUrl::parse(m_db->url(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        settings.listenAddress = QHostAddress::LocalHost;
        settings.listenPort = 0;
        settings.headless = true;
        Database::configure(settings.database);
        Migrator::migrate();
        QVERIFY(DemoSchool::createIfEmpty());
        m_server = std::make_unique<RoomClaimServer>(settings);
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void cleanupTestCase() {
        m_server.reset();
        m_db.reset();
    }

    // --- rooms (T3) ---

    void addedRoomReachesConnectedTeachers() {
        const auto client = loggedInClient(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
        QVERIFY(client);
        RoomsPage page(workers());
        page.show();
        auto *table = child<QTableWidget>(&page, "roomsTable");
        QTRY_COMPARE(table->rowCount(), 12);
        QTRY_VERIFY(!page.isBusy());

        QTest::mouseClick(child<QPushButton>(&page, "addRoomButton"), Qt::LeftButton);
        typeInto(child<QLineEdit>(&page, "roomNameEdit"), QStringLiteral("Drama Hall"));
        typeInto(child<QLineEdit>(&page, "roomBuildingEdit"), QStringLiteral("Arts"));
        child<QSpinBox>(&page, "roomCapacitySpin")->setValue(60);
        auto *features = child<QListWidget>(&page, "roomFeaturesList");
        const QList<QListWidgetItem *> projector =
            features->findItems(QStringLiteral("projector"), Qt::MatchExactly);
        QCOMPARE(projector.size(), 1);
        projector.first()->setCheckState(Qt::Checked);
        typeInto(child<QLineEdit>(&page, "roomExtraFeaturesEdit"),
                 QStringLiteral("Stage lighting, sound desk"));
        QTest::mouseClick(child<QPushButton>(&page, "saveRoomButton"), Qt::LeftButton);

        QVERIFY2(!client->waitForEvent(QStringLiteral("roomsChanged"), 10000).isEmpty(),
                 "the teacher's connection got no roomsChanged");
        // The page reloads its list once the save has answered.
        QTRY_VERIFY2(rowOf(table, 0, QStringLiteral("Drama Hall")) >= 0,
                     qPrintable(columnTexts(table, 0).join(QLatin1Char(','))));
        const int row = rowOf(table, 0, QStringLiteral("Drama Hall"));
        QCOMPARE(table->item(row, 1)->text(), QStringLiteral("Arts"));
        QCOMPARE(table->item(row, 2)->text(), QStringLiteral("60"));
        QCOMPARE(table->item(row, 3)->text(),
                 QStringLiteral("projector, sound desk, stage lighting"));
        QCOMPARE(table->item(row, 4)->text(), QStringLiteral("Active"));
        QVERIFY(
            child<QLabel>(&page, "roomStatusLabel")->text().contains(QStringLiteral("Drama Hall")));

        // Only the new room seats 60 and has stage lighting: the teacher's search finds it.
        QJsonObject search = tomorrowAt(10, 11);
        search.insert(QStringLiteral("minCapacity"), 60);
        search.insert(QStringLiteral("features"), QJsonArray{QStringLiteral("stage lighting")});
        const QJsonObject reply = client->request(QStringLiteral("searchRooms"), search);
        QVERIFY2(reply.value(QStringLiteral("ok")).toBool(),
                 qPrintable(QJsonDocument(reply).toJson()));
        QCOMPARE(foundRoomNames(reply), QStringList{QStringLiteral("Drama Hall")});
    }

    void editedRoomIsStoredAndAnnounced() {
        const auto client = loggedInClient(QStringLiteral("teacher.b"), QStringLiteral("demo-b"));
        QVERIFY(client);
        RoomsPage page(workers());
        page.show();
        auto *table = child<QTableWidget>(&page, "roomsTable");
        QTRY_VERIFY(rowOf(table, 0, QStringLiteral("Room 202")) >= 0);
        QTRY_VERIFY(!page.isBusy());
        const int row = rowOf(table, 0, QStringLiteral("Room 202"));
        table->selectRow(row);
        QCOMPARE(child<QLineEdit>(&page, "roomNameEdit")->text(), QStringLiteral("Room 202"));
        QCOMPARE(child<QSpinBox>(&page, "roomCapacitySpin")->value(), 16);
        child<QSpinBox>(&page, "roomCapacitySpin")->setValue(18);
        QTest::mouseClick(child<QPushButton>(&page, "saveRoomButton"), Qt::LeftButton);
        QVERIFY(!client->waitForEvent(QStringLiteral("roomsChanged"), 10000).isEmpty());
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT capacity FROM rooms WHERE name = 'Room 202'"))
                     .toInt(),
                 18);
        QTRY_COMPARE(table->item(rowOf(table, 0, QStringLiteral("Room 202")), 2)->text(),
                     QStringLiteral("18"));
    }

    void duplicateRoomNameIsRefusedWithAMessage() {
        const QString before = snapshot(QStringLiteral("rooms"));
        RoomsPage page(workers());
        page.show();
        QTRY_VERIFY(!page.isBusy());
        QTest::mouseClick(child<QPushButton>(&page, "addRoomButton"), Qt::LeftButton);
        typeInto(child<QLineEdit>(&page, "roomNameEdit"), QStringLiteral("Room 101"));
        QTest::mouseClick(child<QPushButton>(&page, "saveRoomButton"), Qt::LeftButton);
        QTRY_COMPARE(child<QLabel>(&page, "roomStatusLabel")->text(),
                     QStringLiteral("There is already a room called 'Room 101'."));
        QCOMPARE(snapshot(QStringLiteral("rooms")), before);
    }

    void deactivatedRoomDisappearsFromSearchesAndComesBack() {
        const auto client = loggedInClient(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
        QVERIFY(client);
        RoomsPage page(workers());
        page.show();
        auto *table = child<QTableWidget>(&page, "roomsTable");
        auto *toggle = child<QPushButton>(&page, "toggleRoomActiveButton");
        QTRY_VERIFY(rowOf(table, 0, QStringLiteral("Music Room")) >= 0);
        QTRY_VERIFY(!page.isBusy());
        table->selectRow(rowOf(table, 0, QStringLiteral("Music Room")));
        QCOMPARE(toggle->text(), QStringLiteral("Deactivate"));

        // Cancel in the confirmation changes nothing.
        whenModalOpens([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            QVERIFY(box->text().contains(QStringLiteral("Music Room")));
            box->button(QMessageBox::Cancel)->click();
        });
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT active FROM rooms WHERE name = 'Music Room'"))
                     .toBool(),
                 true);

        whenModalOpens([](QWidget *modal) {
            qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!client->waitForEvent(QStringLiteral("roomsChanged"), 10000).isEmpty());
        QTRY_COMPARE(table->item(rowOf(table, 0, QStringLiteral("Music Room")), 4)->text(),
                     QStringLiteral("Inactive"));
        QTRY_COMPARE(toggle->text(), QStringLiteral("Reactivate"));
        QTRY_VERIFY(toggle->isEnabled());
        QJsonObject search = tomorrowAt(9, 10);
        search.insert(QStringLiteral("features"), QJsonArray{QStringLiteral("piano")});
        QVERIFY(!foundRoomNames(client->request(QStringLiteral("searchRooms"), search))
                     .contains(QStringLiteral("Music Room")));

        whenModalOpens([](QWidget *modal) {
            qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!client->waitForEvent(QStringLiteral("roomsChanged"), 10000).isEmpty());
        QTRY_COMPARE(table->item(rowOf(table, 0, QStringLiteral("Music Room")), 4)->text(),
                     QStringLiteral("Active"));
        QCOMPARE(foundRoomNames(client->request(QStringLiteral("searchRooms"), search)),
                 QStringList{QStringLiteral("Music Room")});
    }

    // --- teachers ---

    void passwordSetInTheConsoleIsTheOneThatLogsIn() {
        TeachersPage page(workers());
        page.show();
        auto *table = child<QTableWidget>(&page, "teachersTable");
        QTRY_VERIFY(rowOf(table, 0, QStringLiteral("teacher.b")) >= 0);
        QTRY_VERIFY(!page.isBusy());
        table->selectRow(rowOf(table, 0, QStringLiteral("teacher.b")));
        QCOMPARE(child<QLineEdit>(&page, "teacherNameEdit")->text(), QStringLiteral("Teacher B"));

        whenModalOpens([](QWidget *modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("setPasswordDialog"));
            typeInto(modal->findChild<QLineEdit *>(QStringLiteral("newPasswordEdit")),
                     QStringLiteral("violet-7-kite"));
            typeInto(modal->findChild<QLineEdit *>(QStringLiteral("repeatPasswordEdit")),
                     QStringLiteral("violet-7-kite"));
            modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QTest::mouseClick(child<QPushButton>(&page, "setPasswordButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(&page, "teacherStatusLabel")
                        ->text()
                        .contains(QStringLiteral("New password set for Teacher B")));

        TestClient client;
        QVERIFY(client.open(serverUrl()));
        const QJsonObject old = client.login(QStringLiteral("teacher.b"), QStringLiteral("demo-b"));
        QCOMPARE(old.value(QStringLiteral("code")).toString(), QStringLiteral("AUTH_FAILED"));
        const QJsonObject fresh =
            client.login(QStringLiteral("teacher.b"), QStringLiteral("violet-7-kite"));
        QVERIFY2(fresh.value(QStringLiteral("ok")).toBool(),
                 qPrintable(QJsonDocument(fresh).toJson()));
        QCOMPARE(fresh.value(QStringLiteral("teacher")).toObject().value(QStringLiteral("name")),
                 QJsonValue(QStringLiteral("Teacher B")));
    }

    void tooShortPasswordIsRefusedInTheDialog() {
        TeachersPage page(workers());
        page.show();
        auto *table = child<QTableWidget>(&page, "teachersTable");
        QTRY_VERIFY(rowOf(table, 0, QStringLiteral("teacher.a")) >= 0);
        QTRY_VERIFY(!page.isBusy());
        table->selectRow(rowOf(table, 0, QStringLiteral("teacher.a")));
        const QString before = snapshot(QStringLiteral("teachers"));
        QString problem;
        whenModalOpens([&problem](QWidget *modal) {
            typeInto(modal->findChild<QLineEdit *>(QStringLiteral("newPasswordEdit")),
                     QStringLiteral("abc"));
            typeInto(modal->findChild<QLineEdit *>(QStringLiteral("repeatPasswordEdit")),
                     QStringLiteral("abc"));
            modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            // The server's answer comes from a worker.
            auto *label = modal->findChild<QLabel *>(QStringLiteral("passwordProblemLabel"));
            QTRY_COMPARE(label->text(),
                         QStringLiteral("The password must have at least 6 characters."));
            problem = label->text();
            // The dialog stays open to let the admin correct it.
            QVERIFY(modal->isVisible());
            qobject_cast<QDialog *>(modal)->reject();
        });
        QTest::mouseClick(child<QPushButton>(&page, "setPasswordButton"), Qt::LeftButton);
        QCOMPARE(problem, QStringLiteral("The password must have at least 6 characters."));
        QCOMPARE(snapshot(QStringLiteral("teachers")), before);
    }

    void teacherAddedInTheFormLogsInWithItsRole() {
        TeachersPage page(workers());
        page.show();
        QTRY_VERIFY(!page.isBusy());
        QTest::mouseClick(child<QPushButton>(&page, "addTeacherButton"), Qt::LeftButton);
        typeInto(child<QLineEdit>(&page, "teacherUsernameEdit"), QStringLiteral("c.okafor"));
        typeInto(child<QLineEdit>(&page, "teacherNameEdit"), QStringLiteral("Chioma Okafor"));
        typeInto(child<QLineEdit>(&page, "teacherEmailEdit"),
                 QStringLiteral("c.okafor@school.example"));
        auto *role = child<QComboBox>(&page, "teacherRoleCombo");
        role->setCurrentIndex(role->findData(QStringLiteral("admin")));
        typeInto(child<QLineEdit>(&page, "teacherPasswordEdit"), QStringLiteral("first-pass"));
        QTest::mouseClick(child<QPushButton>(&page, "saveTeacherButton"), Qt::LeftButton);
        auto *table = child<QTableWidget>(&page, "teachersTable");
        QTRY_VERIFY2(rowOf(table, 0, QStringLiteral("c.okafor")) >= 0,
                     qPrintable(child<QLabel>(&page, "teacherStatusLabel")->text()));
        const int row = rowOf(table, 0, QStringLiteral("c.okafor"));
        QCOMPARE(table->item(row, 3)->text(), QStringLiteral("Admin"));
        QTRY_VERIFY(!page.isBusy());

        // Editing the password in the form replaces it as well.
        typeInto(child<QLineEdit>(&page, "teacherPasswordEdit"), QStringLiteral("second-pass"));
        QTest::mouseClick(child<QPushButton>(&page, "saveTeacherButton"), Qt::LeftButton);
        QTRY_VERIFY2(child<QLabel>(&page, "teacherStatusLabel")
                         ->text()
                         .startsWith(QStringLiteral("Saved Chioma Okafor. The new password")),
                     qPrintable(child<QLabel>(&page, "teacherStatusLabel")->text()));

        TestClient client;
        QVERIFY(client.open(serverUrl()));
        QCOMPARE(client.login(QStringLiteral("c.okafor"), QStringLiteral("first-pass"))
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("AUTH_FAILED"));
        const QJsonObject reply =
            client.login(QStringLiteral("c.okafor"), QStringLiteral("second-pass"));
        QVERIFY2(reply.value(QStringLiteral("ok")).toBool(),
                 qPrintable(QJsonDocument(reply).toJson()));
        QCOMPARE(reply.value(QStringLiteral("teacher")).toObject().value(QStringLiteral("role")),
                 QJsonValue(QStringLiteral("admin")));
    }

    void deactivatedTeacherCannotLogIn() {
        TeachersPage page(workers());
        page.show();
        auto *table = child<QTableWidget>(&page, "teachersTable");
        QTRY_VERIFY(rowOf(table, 0, QStringLiteral("c.okafor")) >= 0);
        QTRY_VERIFY(!page.isBusy());
        table->selectRow(rowOf(table, 0, QStringLiteral("c.okafor")));
        whenModalOpens([](QWidget *modal) {
            qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(child<QPushButton>(&page, "toggleTeacherActiveButton"), Qt::LeftButton);
        QTRY_COMPARE(table->item(rowOf(table, 0, QStringLiteral("c.okafor")), 4)->text(),
                     QStringLiteral("Inactive"));
        TestClient client;
        QVERIFY(client.open(serverUrl()));
        QVERIFY(!client.login(QStringLiteral("c.okafor"), QStringLiteral("second-pass"))
                     .value(QStringLiteral("ok"))
                     .toBool());
    }

    // --- bell schedule ---

    void overlappingBellScheduleIsRefusedWithAClearMessage() {
        const QString before = snapshot(QStringLiteral("periods"));
        BellSchedulePage page(workers());
        page.show();
        auto *table = child<QTableWidget>(&page, "periodsTable");
        QTRY_COMPARE(table->rowCount(), 6);
        QTRY_VERIFY(!page.isBusy());
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Period 2"));
        // Period 1 runs 08:30-09:20; Period 2 now starts 09:00.
        qobject_cast<QTimeEdit *>(table->cellWidget(1, 1))->setTime(QTime(9, 0));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("overlaps Period 2"));
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("overlaps Period 1"));
        QCOMPARE(table->item(2, 3)->text(), QStringLiteral("50 min"));
        QTest::mouseClick(child<QPushButton>(&page, "saveScheduleButton"), Qt::LeftButton);
        QTRY_COMPARE(child<QLabel>(&page, "scheduleStatusLabel")->text(),
                     QStringLiteral("Not saved: Period 1 overlaps Period 2 on Mon."));
        QCOMPARE(snapshot(QStringLiteral("periods")), before);
    }

    void backwardsAndUnnamedPeriodsAreRefused() {
        BellSchedulePage page(workers());
        page.show();
        auto *table = child<QTableWidget>(&page, "periodsTable");
        QTRY_COMPARE(table->rowCount(), 6);
        QTRY_VERIFY(!page.isBusy());
        qobject_cast<QTimeEdit *>(table->cellWidget(5, 2))->setTime(QTime(14, 0));
        QCOMPARE(table->item(5, 3)->text(), QStringLiteral("ends too early"));
        QTest::mouseClick(child<QPushButton>(&page, "saveScheduleButton"), Qt::LeftButton);
        QTRY_COMPARE(child<QLabel>(&page, "scheduleStatusLabel")->text(),
                     QStringLiteral("Not saved: Period 6 must end after it starts."));
        // Switching tabs refreshes the page: the admin's unsaved edits survive it.
        page.refresh();
        QTest::qWait(200);
        QVERIFY(!page.isBusy());
        QCOMPARE(qobject_cast<QTimeEdit *>(table->cellWidget(5, 2))->time(), QTime(14, 0));
        QTest::mouseClick(child<QPushButton>(&page, "revertScheduleButton"), Qt::LeftButton);
        QTRY_COMPARE(qobject_cast<QTimeEdit *>(table->cellWidget(5, 2))->time(), QTime(14, 55));
        QTRY_VERIFY(!page.isBusy());
        table->item(2, 0)->setText(QStringLiteral("  "));
        QTest::mouseClick(child<QPushButton>(&page, "saveScheduleButton"), Qt::LeftButton);
        QTRY_COMPARE(child<QLabel>(&page, "scheduleStatusLabel")->text(),
                     QStringLiteral("Not saved: Every period needs a name."));
    }

    void addedPeriodIsSavedAndListedToTeachers() {
        BellSchedulePage page(workers());
        page.show();
        // The page opens on Monday's periods.
        QCOMPARE(page.weekday(), 1);
        auto *table = child<QTableWidget>(&page, "periodsTable");
        QTRY_COMPARE(table->rowCount(), 6);
        QTRY_VERIFY(!page.isBusy());
        QTest::mouseClick(child<QPushButton>(&page, "addPeriodButton"), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 7);
        table->item(6, 0)->setText(QStringLiteral("Clubs"));
        // Suggested after the last period (14:55) with a five-minute break.
        QCOMPARE(qobject_cast<QTimeEdit *>(table->cellWidget(6, 1))->time(), QTime(15, 0));
        qobject_cast<QTimeEdit *>(table->cellWidget(6, 2))->setTime(QTime(16, 0));
        const auto listener = loggedInClient(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
        QVERIFY(listener);
        QTest::mouseClick(child<QPushButton>(&page, "saveScheduleButton"), Qt::LeftButton);
        // Open teacher windows hear about it and reload the bell schedule.
        QVERIFY(!listener->waitForEvent(QStringLiteral("periodsChanged"), 10000).isEmpty());
        QTRY_VERIFY2(child<QLabel>(&page, "scheduleStatusLabel")
                         ->text()
                         .startsWith(QStringLiteral("Saved 43 periods on 7 days.")),
                     qPrintable(child<QLabel>(&page, "scheduleStatusLabel")->text()));

        const auto client = loggedInClient(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
        QVERIFY(client);
        QDate monday = QDate::currentDate().addDays(1);
        while (monday.dayOfWeek() != 1)
            monday = monday.addDays(1);
        const QJsonObject reply =
            client->request(QStringLiteral("listPeriods"),
                            {{QStringLiteral("date"), monday.toString(Qt::ISODate)}});
        const QJsonArray periods = reply.value(QStringLiteral("periods")).toArray();
        QCOMPARE(periods.size(), 7);
        const QJsonObject clubs = periods.last().toObject();
        QCOMPARE(clubs.value(QStringLiteral("name")).toString(), QStringLiteral("Clubs"));
        QCOMPARE(Rfc3339::parse(clubs.value(QStringLiteral("end")).toString()).toLocalTime().time(),
                 QTime(16, 0));
    }

    // --- CSV import (T5) ---

    void importWithOneBadRowChangesNothingAndNamesTheLine() {
        const QString before = snapshot(QStringLiteral("rooms"));
        const QString path = writeFile("name,building,capacity,features\n"
                                       "Room 301,Main,30,projector\n"
                                       "Room 101,Main,31,projector;whiteboard\n"
                                       "Room 302,Main,lots,whiteboard\n"
                                       "Room 303,Main,20,\n");
        ImportPage page(workers());
        page.show();
        page.setKind(ImportPlan::Kind::Rooms);
        page.setFilePath(path);
        QTest::mouseClick(child<QPushButton>(&page, "importPreviewButton"), Qt::LeftButton);
        auto *list = child<QListWidget>(&page, "importPreviewList");
        QTRY_COMPARE(listTexts(list),
                     QStringList{QStringLiteral(
                         "Line 4: capacity 'lots' is not a whole number from 0 to 10000")});
        QVERIFY(child<QLabel>(&page, "importSummaryLabel")
                    ->text()
                    .contains(QStringLiteral("cannot be imported")));
        QVERIFY(!child<QPushButton>(&page, "importButton")->isEnabled());

        // Even forced past the preview, the worker re-checks and writes nothing.
        QSignalSpy finished(&page, &ImportPage::importFinished);
        page.startImport();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(
            finished.first().at(1).toString().startsWith(QStringLiteral("Nothing was imported")));
        QVERIFY(listTexts(list).first().startsWith(QStringLiteral("Line 4: ")));
        QVERIFY(child<QLabel>(&page, "importResultLabel")
                    ->text()
                    .startsWith(QStringLiteral("Nothing was imported")));
        QCOMPARE(snapshot(QStringLiteral("rooms")), before);
    }

    void teacherImportRunsInTheBackgroundAndApplies() {
        const auto client = loggedInClient(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
        QVERIFY(client);
        const QString path = writeFile("username,name,email,role,password\n"
                                       "m.lee,Ming Lee,m.lee@school.example,teacher,lee-secret\n"
                                       "r.diaz,Rosa Diaz,,admin,diaz-secret\n"
                                       "teacher.a,Teacher A (Maths),,teacher,\n");
        ImportPage page(workers());
        page.show();
        page.setKind(ImportPlan::Kind::Teachers);
        page.setFilePath(path);
        QTest::mouseClick(child<QPushButton>(&page, "importPreviewButton"), Qt::LeftButton);
        QTRY_COMPARE(
            listTexts(child<QListWidget>(&page, "importPreviewList")),
            (QStringList{QStringLiteral("add teacher m.lee"), QStringLiteral("add teacher r.diaz"),
                         QStringLiteral("update teacher teacher.a")}));
        QVERIFY(child<QLabel>(&page, "importSummaryLabel")
                    ->text()
                    .contains(QStringLiteral("2 new teachers, 1 updated")));
        auto *importButton = child<QPushButton>(&page, "importButton");
        QVERIFY(importButton->isEnabled());

        QSignalSpy finished(&page, &ImportPage::importFinished);
        QTest::mouseClick(importButton, Qt::LeftButton);
        // The work runs on a worker thread: the page shows progress and locks its inputs.
        QVERIFY(child<QProgressBar>(&page, "importProgress")->isVisible());
        QVERIFY(!child<QPushButton>(&page, "importPreviewButton")->isEnabled());
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(!child<QProgressBar>(&page, "importProgress")->isVisible());
        QCOMPARE(child<QLabel>(&page, "importResultLabel")->text(),
                 QStringLiteral("Imported: 2 new teachers, 1 updated."));

        TestClient lee;
        QVERIFY(lee.open(serverUrl()));
        QVERIFY(lee.login(QStringLiteral("m.lee"), QStringLiteral("lee-secret"))
                    .value(QStringLiteral("ok"))
                    .toBool());
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT name FROM teachers WHERE username = "
                                             "'teacher.a'"))
                     .toString(),
                 QStringLiteral("Teacher A (Maths)"));
        // The empty password kept Teacher A's own.
        TestClient a;
        QVERIFY(a.open(serverUrl()));
        QVERIFY(a.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a"))
                    .value(QStringLiteral("ok"))
                    .toBool());
    }

    void unreadableFileIsReportedNotImported() {
        ImportPage page(workers());
        page.setFilePath(m_dir.filePath(QStringLiteral("missing.csv")));
        QSignalSpy previewed(&page, &ImportPage::previewFinished);
        QVERIFY(page.preview());
        QVERIFY(previewed.wait(10000));
        QCOMPARE(previewed.first().at(0).toBool(), false);
        QVERIFY(child<QLabel>(&page, "importSummaryLabel")
                    ->text()
                    .startsWith(QStringLiteral("The file cannot be read")));
        QVERIFY(!child<QPushButton>(&page, "importButton")->isEnabled());
    }
};

QTEST_MAIN(tst_AdminPages)
#include "tst_adminpages.moc"
