#include "ServerProcess.h"
#include "TestClient.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QtTest>

class tst_Smoke : public QObject {
    Q_OBJECT
private slots:
    void loginSearchConfirm() {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        ServerProcess server;
        QVERIFY2(server.start(db.url(), {QStringLiteral("--demo")}), qPrintable(server.error()));
        TestClient a;
        QVERIFY(a.open(server.url()));
        const QJsonObject login = a.login(QStringLiteral("teacher.a"), QStringLiteral("demo-a"));
        QVERIFY2(login.value(QStringLiteral("ok")).toBool(), QJsonDocument(login).toJson().constData());
        const QDateTime start = QDateTime(QDate::currentDate().addDays(1), QTime(9, 0));
        const QJsonObject search = a.request(QStringLiteral("searchRooms"),
            {{QStringLiteral("start"), start.toOffsetFromUtc(start.offsetFromUtc()).toString(Qt::ISODate)},
             {QStringLiteral("end"), start.addSecs(3000).toOffsetFromUtc(start.offsetFromUtc()).toString(Qt::ISODate)}});
        qDebug().noquote() << QJsonDocument(search).toJson(QJsonDocument::Compact).left(400);
        QVERIFY(search.value(QStringLiteral("ok")).toBool());
    }
};

QTEST_GUILESS_MAIN(tst_Smoke)
#include "tst_smoke.moc"
