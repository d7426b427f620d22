// SPDX-License-Identifier: GPL-3.0-or-later

#include "AdminService.h"
#include "AuditLog.h"
#include "AuditPage.h"
#include "BookingService.h"
#include "CsvImporter.h"
#include "CsvParser.h"
#include "Database.h"
#include "DatabaseUrl.h"
#include "DemoSchool.h"
#include "LockService.h"
#include "Migrator.h"
#include "ProtocolError.h"
#include "Rfc3339.h"
#include "RoomClaimServer.h"
#include "SchoolCalendar.h"
#include "SchoolDirectory.h"
#include "ServerSettings.h"
#include "TestDatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

// The admin's changes in the audit log, as the console makes them (the services its pages call,
// in this process, on a real PostgreSQL with the server running): each kind of change leaves
// exactly its row, by the console, from "local", with what changed; a refused change leaves
// none. Then the audit page: filters narrow the rows, "Load older" pages, the CSV export writes
// what the filters select with a header, and the retention control is stored and recorded.
class tst_AuditConsole : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void roomChangesAreRecorded();
    void teacherChangesAreRecordedWithoutPasswords();
    void calendarScheduleAndRulesAreRecorded();
    void forceReleasedLockAndCancellationAreRecorded();
    void consoleImportIsRecorded();
    void pageShowsNewestFirstAndFilters();
    void pageLoadsOlderEntriesInPages();
    void exportWritesWhatTheFiltersSelect();
    void retentionIsSetFromThePage();

private:
    static constexpr int Patience = 15000;

    QStringList rows(const QString &action, const QString &extraColumn = QString()) const {
        const QString extra =
            extraColumn.isEmpty() ? QString() : QStringLiteral(", ") + extraColumn;
        return m_db
            ->scalar(QStringLiteral("SELECT string_agg(concat_ws('|', actor, actor_role, address, "
                                    "subject%1), E'\\n' ORDER BY id) FROM audit_log WHERE action "
                                    "= '%2'")
                         .arg(extra, action))
            .toString()
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    int total() const {
        return m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    }
    qint64 teacherId(const QString &username) const {
        return m_db
            ->scalar(QStringLiteral("SELECT id FROM teachers WHERE username = '%1'").arg(username))
            .toLongLong();
    }
    static Teacher teacherNamed(const QString &username) {
        for (const Teacher &teacher : SchoolDirectory::teachers(true))
            if (teacher.username == username)
                return teacher;
        return {};
    }
    static QList<CsvRow> readCsv(const QString &path) {
        QFile file(path);
        QList<CsvRow> records;
        QString error;
        if (!file.open(QIODevice::ReadOnly) ||
            !CsvParser::parse(QString::fromUtf8(file.readAll()), &records, &error))
            qWarning("cannot read %s: %s", qPrintable(path), qPrintable(error));
        return records;
    }
    Room room(const QString &name) const {
        for (const Room &room : SchoolDirectory::rooms(true))
            if (room.name == name)
                return room;
        return {};
    }
    static QStringList column(const QTableWidget *table, int column) {
        QStringList texts;
        for (int row = 0; row < table->rowCount(); ++row)
            texts << (table->item(row, column) ? table->item(row, column)->text() : QString());
        return texts;
    }
    // Waits for the page's next load to finish.
    static bool loaded(AuditPage &page, const std::function<void()> &change) {
        QSignalSpy spy(&page, &AuditPage::loaded);
        change();
        return spy.wait(Patience);
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<RoomClaimServer> m_server;
    QTemporaryDir m_dir;
};

void tst_AuditConsole::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QString error;
    ServerSettings settings;
    settings.database = DatabaseUrl::parse(m_db->url(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    settings.listenAddress = QHostAddress::LocalHost;
    settings.listenPort = 0;
    Database::configure(settings.database);
    Migrator::migrate();
    QVERIFY(DemoSchool::createIfEmpty());
    m_server = std::make_unique<RoomClaimServer>(settings);
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QCOMPARE(total(), 0);
}

void tst_AuditConsole::cleanupTestCase() {
    m_server.reset();
    m_db.reset();
}

void tst_AuditConsole::roomChangesAreRecorded() {
    Room drama;
    drama.name = QStringLiteral("Drama Hall");
    drama.building = QStringLiteral("Arts");
    drama.capacity = 60;
    drama = AdminService::saveRoom(drama);
    QCOMPARE(rows(QStringLiteral("room.created"), QStringLiteral("details->>'capacity'")),
             QStringList{QStringLiteral("console|admin|local|Drama Hall|60")});

    drama.capacity = 80;
    AdminService::saveRoom(drama);
    QCOMPARE(rows(QStringLiteral("room.updated"),
                  QStringLiteral("details #>> '{changes,capacity,from}', details #>> "
                                 "'{changes,capacity,to}', details->'changes' ? 'name'")),
             QStringList{QStringLiteral("console|admin|local|Drama Hall|60|80|f")});
    // Saved unchanged: nothing happened, nothing is recorded.
    const int before = total();
    AdminService::saveRoom(drama);
    QCOMPARE(total(), before);
    // Refused (the name is taken): nothing written, nothing recorded.
    Room duplicate;
    duplicate.name = QStringLiteral("Room 101");
    QVERIFY_THROWS_EXCEPTION(ProtocolError, AdminService::saveRoom(duplicate));
    QCOMPARE(total(), before);

    AdminService::setRoomActive(drama.id, false);
    AdminService::setRoomActive(drama.id, true);
    AdminService::setRoomRestricted(drama.id, true);
    AdminService::setRoomRestricted(drama.id, false);
    QCOMPARE(rows(QStringLiteral("room.deactivated")),
             QStringList{QStringLiteral("console|admin|local|Drama Hall")});
    QCOMPARE(rows(QStringLiteral("room.reactivated")),
             QStringList{QStringLiteral("console|admin|local|Drama Hall")});
    QCOMPARE(rows(QStringLiteral("room.restricted")),
             QStringList{QStringLiteral("console|admin|local|Drama Hall")});
    QCOMPARE(rows(QStringLiteral("room.unrestricted")),
             QStringList{QStringLiteral("console|admin|local|Drama Hall")});
}

void tst_AuditConsole::teacherChangesAreRecordedWithoutPasswords() {
    Teacher newcomer;
    newcomer.username = QStringLiteral("new.colleague");
    newcomer.name = QStringLiteral("New Colleague");
    newcomer.email = QStringLiteral("new@school.example");
    newcomer = AdminService::saveTeacher(newcomer, QStringLiteral("secret-first-77"));
    QCOMPARE(rows(QStringLiteral("teacher.created"), QStringLiteral("details->>'name'")),
             QStringList{QStringLiteral("console|admin|local|new.colleague|New Colleague")});

    AdminService::setPassword(newcomer.id, QStringLiteral("secret-second-88"));
    Teacher promoted = newcomer;
    promoted.role = QStringLiteral("admin");
    promoted.email = QStringLiteral("colleague@school.example");
    AdminService::saveTeacher(promoted, QStringLiteral("secret-third-99"));
    AdminService::setTeacherActive(newcomer.id, false);
    AdminService::setTeacherActive(newcomer.id, true);
    AdminService::setTeacherActive(newcomer.id, false);

    // The set password: one row for setPassword, one for the form that also gave one.
    QCOMPARE(rows(QStringLiteral("teacher.password_set")),
             QStringList({QStringLiteral("console|admin|local|new.colleague"),
                          QStringLiteral("console|admin|local|new.colleague")}));
    QCOMPARE(rows(QStringLiteral("teacher.role_changed"),
                  QStringLiteral("details->>'from', details->>'to'")),
             QStringList{QStringLiteral("console|admin|local|new.colleague|teacher|admin")});
    QCOMPARE(
        rows(QStringLiteral("teacher.updated"), QStringLiteral("details #>> '{changes,email,to}'")),
        QStringList{QStringLiteral("console|admin|local|new.colleague|"
                                   "colleague@school.example")});
    QCOMPARE(rows(QStringLiteral("teacher.deactivated")),
             QStringList({QStringLiteral("console|admin|local|new.colleague"),
                          QStringLiteral("console|admin|local|new.colleague")}));
    QCOMPARE(rows(QStringLiteral("teacher.reactivated")),
             QStringList{QStringLiteral("console|admin|local|new.colleague")});

    const QString everything =
        m_db->scalar(QStringLiteral("SELECT string_agg(a::text, E'\\n') FROM audit_log a"))
            .toString();
    const QString hash =
        m_db->scalar(QStringLiteral("SELECT password_hash FROM teachers WHERE username = "
                                    "'new.colleague'"))
            .toString();
    QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
    for (const QString &secret :
         {QStringLiteral("secret-first-77"), QStringLiteral("secret-second-88"),
          QStringLiteral("secret-third-99"), hash, QStringLiteral("argon2")})
        QVERIFY2(!everything.contains(secret), qPrintable(secret));
}

void tst_AuditConsole::calendarScheduleAndRulesAreRecorded() {
    BookingRuleSet rules = AdminService::bookingRules();
    rules.maxDaysAhead = 21;
    AdminService::saveBookingRules(rules);
    AdminService::saveBookingRules(rules); // the same again: no second row
    QCOMPARE(rows(QStringLiteral("rules.changed"),
                  QStringLiteral("details #>> '{maxDaysAhead,from}', details #>> "
                                 "'{maxDaysAhead,to}', details ? 'maxActiveBookings'")),
             QStringList{QStringLiteral("console|admin|local|booking rules|0|21|f")});

    const QList<ClosedRange> closed = SchoolCalendar::closedRanges();
    const QDate sportsDay = QDate::currentDate().addDays(200);
    AdminService::saveCalendar(
        SchoolCalendar::terms(),
        closed +
            QList<ClosedRange>{ClosedRange{0, QStringLiteral("Sports day"), sportsDay, sportsDay}});
    QCOMPARE(
        rows(QStringLiteral("calendar.changed"), QStringLiteral("details->>'added'")),
        QStringList{QStringLiteral("console|admin|local|calendar|[\"closed Sports day %1..%1\"]")
                        .arg(sportsDay.toString(Qt::ISODate))});

    // Tuesday's last period ends ten minutes later.
    QList<Period> schedule = SchoolCalendar::bellSchedule();
    for (Period &period : schedule)
        if (period.weekday == 2 && period.name == QLatin1String("Period 6"))
            period.end = period.end.addSecs(600);
    AdminService::saveBellSchedule(schedule);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT concat_ws('|', actor, subject, "
                                         "(SELECT string_agg(k, ',') FROM jsonb_object_keys("
                                         "details->'changes') k)) FROM audit_log WHERE action = "
                                         "'periods.changed'"))
                 .toString(),
             QStringLiteral("console|bell schedule|Tue"));
    QVERIFY(m_db->scalar(QStringLiteral("SELECT details #>> '{changes,Tue,to}' FROM audit_log "
                                        "WHERE action = 'periods.changed'"))
                .toString()
                .endsWith(QLatin1String("Period 6 14:05-15:05")));
}

void tst_AuditConsole::forceReleasedLockAndCancellationAreRecorded() {
    const Teacher teacherA = teacherNamed(QStringLiteral("teacher.a"));
    const Room lab = room(QStringLiteral("Room 101"));
    const QDate day = QDate::currentDate().addDays(3);
    const Interval interval(QDateTime(day, QTime(9, 25)), QDateTime(day, QTime(10, 15)));
    const LockService::Acquired lock = LockService::acquire(lab.id, interval, teacherA.id);
    QVERIFY(lock.granted);
    QVERIFY(AdminService::forceReleaseLock(lock.lockId));
    QVERIFY(!AdminService::forceReleaseLock(lock.lockId)); // gone already: nothing recorded
    QCOMPARE(rows(QStringLiteral("lock.force_released"), QStringLiteral("details->>'holder'")),
             QStringList{QStringLiteral("console|admin|local|Room 101|%1").arg(teacherA.name)});

    const Booking booking = BookingService::confirm(teacherA, lab.id, interval, QString());
    AdminService::cancelBooking(booking.id, QStringLiteral("Room needed for exams"));
    // The teacher's own booking is theirs (from this machine); the cancellation the console's.
    QCOMPARE(
        rows(QStringLiteral("booking.created")),
        QStringList{QStringLiteral("%1|%2|local|Room 101").arg(teacherA.username, teacherA.role)});
    QCOMPARE(rows(QStringLiteral("booking.canceled"),
                  QStringLiteral("details->>'reason', details->>'teacher'")),
             QStringList{QStringLiteral("console|admin|local|Room 101|Room needed for exams|%1")
                             .arg(teacherA.name)});
}

void tst_AuditConsole::consoleImportIsRecorded() {
    const ImportPlan plan = CsvImporter::planRooms(
        QStringLiteral("name,building,capacity,features\nRoom 101,Main,31,projector\n"
                       "Studio 2,Arts,12,\n"));
    QVERIFY2(plan.isValid(), qPrintable(plan.problemText()));
    CsvImporter::apply(plan);
    QCOMPARE(rows(QStringLiteral("import.applied"),
                  QStringLiteral("details->>'added', details->>'updated'")),
             QStringList{QStringLiteral("console|admin|local|rooms|1|1")});
    QCOMPARE(rows(QStringLiteral("room.created")).last(),
             QStringLiteral("console|admin|local|Studio 2"));
    QCOMPARE(rows(QStringLiteral("room.updated"), QStringLiteral("details #>> "
                                                                 "'{changes,capacity,to}'"))
                 .last(),
             QStringLiteral("console|admin|local|Room 101|31"));
}

void tst_AuditConsole::pageShowsNewestFirstAndFilters() {
    AuditPage page(m_server->workers());
    page.resize(1200, 600);
    page.show();
    QVERIFY(loaded(page, [&] { page.refresh(); }));
    auto *table = page.table();
    QCOMPARE(table->rowCount(), total());
    // Newest first: the import is the last thing the console did.
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("CSV import"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Console"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("local"));

    // Kind of action: the two passwords set, nothing else.
    auto *action = page.findChild<QComboBox *>(QStringLiteral("auditActionCombo"));
    QVERIFY(action);
    const int passwords = action->findData(QStringLiteral("teacher.password_set"));
    QVERIFY(passwords > 0);
    QVERIFY(loaded(page, [&] {
        action->setCurrentIndex(passwords);
        emit action->activated(passwords);
    }));
    QCOMPARE(column(table, 3),
             QStringList({QStringLiteral("Password set"), QStringLiteral("Password set")}));
    QCOMPARE(column(table, 4),
             QStringList({QStringLiteral("new.colleague"), QStringLiteral("new.colleague")}));

    // A kind: every room action, and only those.
    QVERIFY(loaded(page, [&] { page.setActionFilter(QStringLiteral("room.")); }));
    QCOMPARE(table->rowCount(),
             m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE "
                                         "'room.%'"))
                 .toInt());
    for (const QString &text : column(table, 3))
        QVERIFY2(text.startsWith(QLatin1String("Room ")), qPrintable(text));

    // Free text, with any action: the reason of the cancellation.
    QVERIFY(loaded(page, [&] { page.setActionFilter(QString()); }));
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("auditSearchEdit"));
    QVERIFY(search);
    QVERIFY(loaded(page, [&] { QTest::keyClicks(search, QStringLiteral("for EXAMS")); }));
    QCOMPARE(column(table, 3), QStringList{QStringLiteral("Booking canceled")});
    QVERIFY(table->item(0, 5)->text().contains(QStringLiteral("reason: Room needed for exams")));

    // Who: the teacher who booked, with the text filter cleared.
    QVERIFY(loaded(page, [&] { page.setSearchText(QString()); }));
    const Teacher teacherA = teacherNamed(QStringLiteral("teacher.a"));
    QVERIFY(loaded(page, [&] { page.setTeacherFilter(teacherA.id); }));
    QCOMPARE(column(table, 3), QStringList{QStringLiteral("Booking made")});
    QCOMPARE(column(table, 1),
             QStringList{QStringLiteral("%1 (%2)").arg(teacherA.name, teacherA.username)});

    // A date range without entries.
    QVERIFY(loaded(page, [&] { page.setTeacherFilter(0); }));
    QVERIFY(loaded(page, [&] {
        page.setDateRange(QDate::currentDate().addDays(-20), QDate::currentDate().addDays(-10));
    }));
    QCOMPARE(table->rowCount(), 0);
    auto *empty = page.findChild<QLabel *>(QStringLiteral("auditEmptyLabel"));
    QVERIFY(empty && empty->isVisible());
    QVERIFY(empty->text().startsWith(QLatin1String("No audit entries from")));
}

void tst_AuditConsole::pageLoadsOlderEntriesInPages() {
    // A busy year: 1,200 old bookings.
    QVERIFY(m_db->exec(QStringLiteral(
        "INSERT INTO audit_log (at, actor, actor_role, address, action, subject) SELECT now() - "
        "interval '3 days' + n * interval '1 second', 'teacher.busy', 'teacher', '10.0.0.' || "
        "(n % 200), 'booking.created', 'Busy ' || n FROM generate_series(1, 1200) AS n")));
    AuditPage page(m_server->workers());
    page.show();
    QVERIFY(loaded(page, [&] { page.setSearchText(QStringLiteral("Busy ")); }));
    auto *more = page.findChild<QPushButton *>(QStringLiteral("auditLoadMoreButton"));
    QVERIFY(more);
    QCOMPARE(page.table()->rowCount(), AuditPage::PageRows);
    QVERIFY(page.hasMore() && more->isVisible());
    QCOMPARE(page.table()->item(0, 4)->text(), QStringLiteral("Busy 1200"));
    QVERIFY(loaded(page, [&] { QTest::mouseClick(more, Qt::LeftButton); }));
    QCOMPARE(page.table()->rowCount(), 2 * AuditPage::PageRows);
    QVERIFY(loaded(page, [&] { page.loadMore(); }));
    QCOMPARE(page.table()->rowCount(), 1200);
    QVERIFY(!page.hasMore() && !more->isVisible());
    QCOMPARE(page.table()->item(1199, 4)->text(), QStringLiteral("Busy 1"));
    // Every row once, newest first.
    QStringList expected;
    for (int n = 1200; n >= 1; --n)
        expected << QStringLiteral("Busy %1").arg(n);
    QCOMPARE(column(page.table(), 4), expected);

    // The search text is literal text: LIKE's wildcards in it match only themselves.
    QVERIFY(loaded(page, [&] { page.setSearchText(QStringLiteral("Busy 12")); }));
    QCOMPARE(page.table()->rowCount(), 12); // 1200, 129 … 120, 12
    QVERIFY(loaded(page, [&] { page.setSearchText(QStringLiteral("Busy 12_")); }));
    QCOMPARE(page.table()->rowCount(), 0);
    QVERIFY(loaded(page, [&] { page.setSearchText(QStringLiteral("Busy %")); }));
    QCOMPARE(page.table()->rowCount(), 0);
}

void tst_AuditConsole::exportWritesWhatTheFiltersSelect() {
    AuditPage page(m_server->workers());
    page.show();
    // Everything the filters select, not only the rows shown: 1,200 bookings in 2 pages' time.
    QVERIFY(loaded(page, [&] { page.setSearchText(QStringLiteral("Busy ")); }));
    QCOMPARE(page.table()->rowCount(), AuditPage::PageRows);
    const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
    QSignalSpy finished(&page, &AuditPage::exportFinished);
    QVERIFY(page.exportTo(path));
    QVERIFY(!page.exportTo(path)); // one at a time
    QVERIFY(finished.wait(Patience));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(
        finished.first().at(1).toString(),
        QStringLiteral("Exported 1200 audit entries to %1.").arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().endsWith("\r\n"));
    const QList<CsvRow> records = readCsv(path);
    QCOMPARE(records.size(), 1201);
    QCOMPARE(records.first().fields,
             QStringList({QStringLiteral("id"), QStringLiteral("time"), QStringLiteral("actor"),
                          QStringLiteral("actor_name"), QStringLiteral("actor_role"),
                          QStringLiteral("address"), QStringLiteral("action"),
                          QStringLiteral("subject"), QStringLiteral("details")}));
    QCOMPARE(records.at(1).fields.at(7), QStringLiteral("Busy 1200"));
    QCOMPARE(records.at(1).fields.at(6), QStringLiteral("booking.created"));
    QCOMPARE(records.last().fields.at(7), QStringLiteral("Busy 1"));
    QVERIFY(Rfc3339::parse(records.at(1).fields.at(1)).isValid());

    // A narrower filter, with quoting: the cancellation's reason inside its JSON details.
    QVERIFY(loaded(page, [&] { page.setSearchText(QString()); }));
    QVERIFY(loaded(page, [&] { page.setActionFilter(QStringLiteral("booking.canceled")); }));
    finished.clear();
    QVERIFY(page.exportTo(path));
    QVERIFY(finished.wait(Patience));
    QCOMPARE(finished.first().at(1).toString(),
             QStringLiteral("Exported 1 audit entry to %1.").arg(QDir::toNativeSeparators(path)));
    const QList<CsvRow> canceled = readCsv(path);
    QCOMPARE(canceled.size(), 2);
    QCOMPARE(canceled.at(1).fields.at(2), QStringLiteral("console"));
    QCOMPARE(canceled.at(1).fields.at(5), QStringLiteral("local"));
    const QJsonObject details =
        QJsonDocument::fromJson(canceled.at(1).fields.at(8).toUtf8()).object();
    QCOMPARE(details.value(QStringLiteral("reason")).toString(),
             QStringLiteral("Room needed for exams"));

    // An unwritable place: a clear message, no file.
    finished.clear();
    const QString nowhere = m_dir.filePath(QStringLiteral("missing/folder/audit.csv"));
    QVERIFY(page.exportTo(nowhere));
    QVERIFY(finished.wait(Patience));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(finished.first().at(1).toString().startsWith(QStringLiteral("Could not write")),
             qPrintable(finished.first().at(1).toString()));
    QVERIFY(!QFile::exists(nowhere));
}

void tst_AuditConsole::retentionIsSetFromThePage() {
    AuditPage page(m_server->workers());
    page.show();
    QVERIFY(loaded(page, [&] { page.refresh(); }));
    auto *days = page.findChild<QSpinBox *>(QStringLiteral("auditRetentionSpin"));
    auto *save = page.findChild<QPushButton *>(QStringLiteral("auditSaveRetentionButton"));
    QVERIFY(days && save);
    QTRY_COMPARE_WITH_TIMEOUT(days->value(), 365, Patience);
    days->setValue(190);
    QSignalSpy saved(&page, &AuditPage::retentionSaved);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(saved.wait(Patience));
    QCOMPARE(saved.first().at(0).toBool(), true);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT value FROM settings WHERE key = "
                                         "'audit/retentionDays'"))
                 .toString(),
             QStringLiteral("190"));
    QCOMPARE(rows(QStringLiteral("audit.retention_changed"),
                  QStringLiteral("details #>> '{retentionDays,from}', details #>> "
                                 "'{retentionDays,to}'")),
             QStringList{QStringLiteral("console|admin|local|audit log|365|190")});
    // The spin box keeps values in range; the service refuses others all the same.
    QCOMPARE(days->maximum(), 3650);
    QVERIFY_THROWS_EXCEPTION(ProtocolError, AuditLog::setRetentionDays(0));
}

QTEST_MAIN(tst_AuditConsole)
#include "tst_auditconsole.moc"
