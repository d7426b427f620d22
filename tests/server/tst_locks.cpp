// SPDX-License-Identifier: GPL-3.0-or-later

#include "AdminService.h"
#include "BookingService.h"
#include "BookingStore.h"
#include "Database.h"
#include "DatabaseError.h"
#include "DatabaseUrl.h"
#include "ErrorCodes.h"
#include "LockService.h"
#include "Migrator.h"
#include "PasswordHasher.h"
#include "ProtocolError.h"
#include "RoomStore.h"
#include "TeacherStore.h"
#include "TestDatabase.h"

#include <QtTest>
#include <memory>

// The lock service and the booking flow's lock handling, in process on a migrated database.
class tst_Locks : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void acquireIsGranted();
    void overlappingAcquireIsDeniedWithHolderName();
    void disjointTouchingOrOtherRoomIsGranted_data();
    void disjointTouchingOrOtherRoomIsGranted();
    void releaseThenReacquire();
    void expiredLockNoLongerBlocks();
    void cleanupRemovesOnlyExpiredLocks();
    void failedBookingLeavesNoLock();
    void successfulBookingLeavesNoLock();
    void bookingInsertWithoutRowFailsCleanly();
    void savingRoomOrTeacherThatIsGoneIs404();

private:
    static Interval at(int dayOffset, int hour, int minute, int minutes);
    int lockRows() const {
        return m_db->scalar(QStringLiteral("SELECT count(*) FROM locks")).toInt();
    }

    std::unique_ptr<TestDatabase> m_db;
    Room m_room1, m_room2;
    Teacher m_alice, m_bob;
};

Interval tst_Locks::at(int dayOffset, int hour, int minute, int minutes) {
    // Far in the future so the booking flow never calls it "already over".
    const QDateTime start(QDate(2031, 3, 3).addDays(dayOffset), QTime(hour, minute));
    return Interval(start, start.addSecs(qint64(minutes) * 60));
}

void tst_Locks::initTestCase() {
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QString error;
    const DatabaseUrl url = DatabaseUrl::parse(m_db->url(), &error);
    QVERIFY2(url.isValid(), qPrintable(error));
    Database::configure(url);
    Migrator::migrate();

    Room room;
    room.name = QStringLiteral("Lock Room 1");
    room.building = QStringLiteral("Main");
    room.capacity = 25;
    m_room1 = RoomStore::upsert(room);
    room.name = QStringLiteral("Lock Room 2");
    m_room2 = RoomStore::upsert(room);

    // A cheap hash: these teachers never log in.
    const QString hash = PasswordHasher::pbkdf2Hash(QStringLiteral("unused"), 1000);
    Teacher teacher;
    teacher.username = QStringLiteral("alice");
    teacher.name = QStringLiteral("Alice Archer");
    m_alice = TeacherStore::upsert(teacher, hash);
    teacher.username = QStringLiteral("bob");
    teacher.name = QStringLiteral("Bob Baker");
    m_bob = TeacherStore::upsert(teacher, hash);
    QVERIFY(m_room1.id > 0 && m_room2.id > 0 && m_alice.id > 0 && m_bob.id > 0);
}

void tst_Locks::init() {
    LockService::setTimeToLive(30);
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM locks")));
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM bookings")));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE rooms SET active = true")));
}

void tst_Locks::cleanupTestCase() {
    LockService::setTimeToLive(30);
    // Let go of this thread's connection before the database is dropped.
    Database::connection().close();
    m_db.reset();
}

void tst_Locks::acquireIsGranted() {
    const LockService::Acquired lock =
        LockService::acquire(m_room1.id, at(0, 9, 0, 60), m_alice.id);
    QVERIFY(lock.granted);
    QVERIFY(lock.lockId > 0);
    QCOMPARE(lockRows(), 1);
    QCOMPARE(LockService::holder(m_room1.id, at(0, 9, 30, 5)).value_or(QString()), m_alice.name);
    const QList<LockInfo> locks = LockService::list();
    QCOMPARE(locks.size(), 1);
    QCOMPARE(locks.first().id, lock.lockId);
    QCOMPARE(locks.first().roomId, m_room1.id);
    QCOMPARE(locks.first().holderName, m_alice.name);
    QVERIFY(locks.first().interval == at(0, 9, 0, 60));
}

void tst_Locks::overlappingAcquireIsDeniedWithHolderName() {
    QVERIFY(LockService::acquire(m_room1.id, at(0, 9, 0, 60), m_alice.id).granted);
    // Not only the identical interval: any overlap, inside, around, or at either edge.
    for (const Interval &interval :
         {at(0, 9, 0, 60), at(0, 9, 59, 30), at(0, 8, 30, 31), at(0, 9, 15, 5), at(0, 8, 0, 180)}) {
        const LockService::Acquired denied = LockService::acquire(m_room1.id, interval, m_bob.id);
        QVERIFY(!denied.granted);
        QCOMPARE(denied.lockId, 0);
        QCOMPARE(denied.holder, m_alice.name);
    }
    QCOMPARE(lockRows(), 1);
}

void tst_Locks::disjointTouchingOrOtherRoomIsGranted_data() {
    QTest::addColumn<bool>("otherRoom");
    QTest::addColumn<Interval>("interval");
    QTest::newRow("touching after") << false << at(0, 10, 0, 60);
    QTest::newRow("touching before") << false << at(0, 8, 0, 60);
    QTest::newRow("later the same day") << false << at(0, 14, 0, 45);
    QTest::newRow("another day") << false << at(1, 9, 0, 60);
    QTest::newRow("other room, same interval") << true << at(0, 9, 0, 60);
}

void tst_Locks::disjointTouchingOrOtherRoomIsGranted() {
    QFETCH(bool, otherRoom);
    QFETCH(Interval, interval);
    QVERIFY(LockService::acquire(m_room1.id, at(0, 9, 0, 60), m_alice.id).granted);
    const LockService::Acquired lock =
        LockService::acquire(otherRoom ? m_room2.id : m_room1.id, interval, m_bob.id);
    QVERIFY(lock.granted);
    QVERIFY(lock.holder.isEmpty());
    QCOMPARE(lockRows(), 2);
}

void tst_Locks::releaseThenReacquire() {
    const LockService::Acquired first =
        LockService::acquire(m_room1.id, at(0, 9, 0, 60), m_alice.id);
    QVERIFY(first.granted);
    const std::optional<LockInfo> released = LockService::release(first.lockId);
    QVERIFY(released);
    QCOMPARE(released->id, first.lockId);
    QCOMPARE(released->roomId, m_room1.id);
    QCOMPARE(released->holderName, m_alice.name);
    QVERIFY(!LockService::release(first.lockId)); // already gone
    QVERIFY(!LockService::holder(m_room1.id, at(0, 9, 0, 60)));
    const LockService::Acquired second =
        LockService::acquire(m_room1.id, at(0, 9, 0, 60), m_bob.id);
    QVERIFY(second.granted);
    QVERIFY(second.lockId != first.lockId);
    QCOMPARE(LockService::holder(m_room1.id, at(0, 9, 0, 60)).value_or(QString()), m_bob.name);
}

void tst_Locks::expiredLockNoLongerBlocks() {
    LockService::setTimeToLive(1);
    QVERIFY(LockService::acquire(m_room1.id, at(0, 9, 0, 60), m_alice.id).granted);
    QTest::qWait(1500);
    // No cleanup has run: the row is still there, but it no longer counts.
    QCOMPARE(lockRows(), 1);
    QVERIFY(!LockService::holder(m_room1.id, at(0, 9, 0, 60)));
    QVERIFY(LockService::list().isEmpty());
    LockService::setTimeToLive(30);
    const LockService::Acquired lock = LockService::acquire(m_room1.id, at(0, 9, 30, 60), m_bob.id);
    QVERIFY(lock.granted);
    QCOMPARE(LockService::holder(m_room1.id, at(0, 9, 0, 60)).value_or(QString()), m_bob.name);
    QCOMPARE(lockRows(), 1);
}

void tst_Locks::cleanupRemovesOnlyExpiredLocks() {
    LockService::setTimeToLive(1);
    const LockService::Acquired old1 =
        LockService::acquire(m_room1.id, at(0, 9, 0, 60), m_alice.id);
    const LockService::Acquired old2 = LockService::acquire(m_room2.id, at(0, 11, 0, 30), m_bob.id);
    QVERIFY(old1.granted && old2.granted);
    QTest::qWait(1500);
    LockService::setTimeToLive(30);
    const LockService::Acquired fresh =
        LockService::acquire(m_room1.id, at(0, 13, 0, 60), m_bob.id);
    QVERIFY(fresh.granted);
    QCOMPARE(lockRows(), 3);

    const QList<LockInfo> removed = LockService::cleanupExpired();
    QCOMPARE(removed.size(), 2);
    QSet<qint64> removedIds;
    for (const LockInfo &lock : removed)
        removedIds << lock.id;
    QCOMPARE(removedIds, (QSet<qint64>{old1.lockId, old2.lockId}));
    for (const LockInfo &lock : removed) {
        QVERIFY(!lock.holderName.isEmpty());
        QVERIFY(!lock.roomName.isEmpty());
    }
    QCOMPARE(lockRows(), 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT id FROM locks")).toLongLong(), fresh.lockId);
    QVERIFY(LockService::cleanupExpired().isEmpty());
    QCOMPARE(lockRows(), 1);
}

void tst_Locks::failedBookingLeavesNoLock() {
    const Booking existing =
        BookingService::confirm(m_alice, m_room1.id, at(2, 9, 0, 60), QStringLiteral("7B Maths"));
    QCOMPARE(existing.teacherName, m_alice.name);
    QCOMPARE(lockRows(), 0);

    try {
        BookingService::confirm(m_bob, m_room1.id, at(2, 9, 30, 60), QStringLiteral("8C Physics"));
        QFAIL("an overlapping booking was accepted");
    } catch (const ProtocolError &error) {
        QCOMPARE(error.status(), 409);
        QCOMPARE(error.code(), QString(ErrorCodes::BookingConflict));
        QCOMPARE(error.message(), QStringLiteral("Room already booked by Alice Archer"));
        QCOMPARE(error.details()
                     .value(QStringLiteral("conflict"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toInteger(),
                 existing.id);
    }
    QCOMPARE(lockRows(), 0);

    QVERIFY(RoomStore::setActive(m_room2.id, false));
    try {
        BookingService::confirm(m_bob, m_room2.id, at(2, 9, 0, 60), QString());
        QFAIL("an inactive room was booked");
    } catch (const ProtocolError &error) {
        QCOMPARE(error.status(), 404);
        QCOMPARE(error.code(), QString(ErrorCodes::RoomNotFound));
    }
    QCOMPARE(lockRows(), 0);

    try {
        BookingService::confirm(m_bob, 987654, at(2, 9, 0, 60), QString());
        QFAIL("a room that does not exist was booked");
    } catch (const ProtocolError &error) {
        QCOMPARE(error.status(), 404);
        QCOMPARE(error.code(), QString(ErrorCodes::RoomNotFound));
    }
    QCOMPARE(lockRows(), 0);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM bookings")).toInt(), 1);
}

void tst_Locks::successfulBookingLeavesNoLock() {
    const Booking booking =
        BookingService::confirm(m_bob, m_room2.id, at(3, 10, 0, 45), QStringLiteral("Choir"));
    QVERIFY(booking.id > 0);
    QCOMPARE(booking.roomId, m_room2.id);
    QVERIFY(booking.interval == at(3, 10, 0, 45));
    QCOMPARE(lockRows(), 0);
    QCOMPARE(m_db->scalar(QStringLiteral(
                              "SELECT count(*) FROM bookings WHERE id = %1 AND canceled_at IS NULL")
                              .arg(booking.id))
                 .toInt(),
             1);
    // The next teacher is told about the booking, not about a lock left behind.
    QVERIFY(!LockService::holder(m_room2.id, at(3, 10, 0, 45)));
}

void tst_Locks::bookingInsertWithoutRowFailsCleanly() {
    // A trigger that swallows the row (an administrator's audit trigger gone wrong) makes
    // INSERT ... RETURNING return nothing: the flow must fail with an error and release its
    // lock, not read a booking that does not exist.
    QVERIFY(m_db->exec(
        QStringLiteral("CREATE FUNCTION swallow_booking() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$BEGIN RETURN NULL; END$$")));
    QVERIFY(m_db->exec(QStringLiteral("CREATE TRIGGER swallow BEFORE INSERT ON bookings FOR EACH "
                                      "ROW EXECUTE FUNCTION swallow_booking()")));
    const auto dropTrigger = qScopeGuard([this] {
        m_db->exec(QStringLiteral("DROP TRIGGER swallow ON bookings"));
        m_db->exec(QStringLiteral("DROP FUNCTION swallow_booking()"));
    });
    bool failed = false;
    try {
        BookingService::confirm(m_alice, m_room1.id, at(4, 9, 0, 60), QStringLiteral("Lost"));
    } catch (const DatabaseError &error) {
        failed = true;
        QVERIFY(!error.connectionLost());
    }
    QVERIFY2(failed, "a booking that was never stored was reported as made");
    QCOMPARE(lockRows(), 0);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM bookings")).toInt(), 0);
}

void tst_Locks::savingRoomOrTeacherThatIsGoneIs404() {
    Room room = m_room1;
    room.id = 987654;
    room.name = QStringLiteral("Nowhere Room");
    try {
        const Room saved = AdminService::saveRoom(room);
        QFAIL(qPrintable(QStringLiteral("saved a room that does not exist (id %1)").arg(saved.id)));
    } catch (const ProtocolError &error) {
        QCOMPARE(error.status(), 404);
        QCOMPARE(error.code(), QString(ErrorCodes::RoomNotFound));
    }
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM rooms WHERE name = 'Nowhere Room'"))
                 .toInt(),
             0);

    Teacher teacher = m_bob;
    teacher.id = 987654;
    teacher.username = QStringLiteral("nobody");
    try {
        const Teacher saved = AdminService::saveTeacher(teacher, QString());
        QFAIL(qPrintable(
            QStringLiteral("saved a teacher that does not exist (id %1)").arg(saved.id)));
    } catch (const ProtocolError &error) {
        QCOMPARE(error.status(), 404);
        QCOMPARE(error.code(), QString(ErrorCodes::NotFound));
    }
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM teachers WHERE username = 'nobody'"))
                 .toInt(),
             0);
}

QTEST_GUILESS_MAIN(tst_Locks)
#include "tst_locks.moc"
