// SPDX-License-Identifier: GPL-3.0-or-later

// Built only with ThreadSanitizer (`scripts/test --sanitize=thread`). Debian's Qt is not built
// with it, so RoomClaim tells ThreadSanitizer about its hand-overs through Qt (HandOff) and has
// it ignore what happens inside Qt. This test proves both halves of that: a result handed over
// by Background::run is quiet, and a real race around the same hand-over is still reported, so
// a quiet sanitized run of the suite means something.

#include "Background.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <vector>

namespace {
// Written by both threads in race(), and read at its end so that no write is optimised away.
int shared = 0;

// Workers write, and each result reaches the main thread through Background::run: ordered.
// Many at once, so that pool threads are reused and the main thread is often busy when a result
// arrives (it then takes it without sleeping in between, which would order it anyway).
int handOff() {
    constexpr int Runs = 2000;
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    QObject context;
    int done = 0;
    long long sum = 0;
    for (int i = 0; i < Runs; ++i) {
        auto *cell = new std::vector<int>();
        Background::run(
            &pool, &context,
            [cell, i] {
                cell->assign(16, i);
                return cell;
            },
            [&](const Background::Result<std::vector<int> *> &result) {
                std::vector<int> *filled = result.value();
                sum += filled->back();
                delete filled;
                if (++done == Runs)
                    QCoreApplication::quit();
            });
    }
    QCoreApplication::exec();
    return sum == static_cast<long long>(Runs) * (Runs - 1) / 2 ? 0 : 1;
}

// The main thread writes after handing the work over, and the work writes too: a race around
// Background::run's own hand-over, which must still be reported. The relaxed flag only makes
// sure the main thread has written first (it orders nothing, as far as the memory model and
// ThreadSanitizer go), so the race is there in every run.
int race() {
    QThreadPool pool;
    QObject context;
    std::atomic<bool> written{false};
    Background::run(
        &pool, &context,
        [&written] {
            while (!written.load(std::memory_order_relaxed))
                QThread::yieldCurrentThread();
            shared = 1;
        },
        [](const Background::Result<void> &) { QCoreApplication::quit(); });
    shared = 2;
    written.store(true, std::memory_order_relaxed);
    QCoreApplication::exec();
    // Read, so that the compiler keeps both writes.
    return shared == 1 ? 0 : 3;
}

QString runChild(const QString &mode) {
    QProcess child;
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), mode});
    if (!child.waitForFinished(120000))
        return QStringLiteral("(did not finish)");
    return QString::fromLocal8Bit(child.readAll()) +
           QStringLiteral("\nexit code %1").arg(child.exitCode());
}
} // namespace

class TsanSelfCheck : public QObject {
    Q_OBJECT

private slots:
    void handOffThroughBackgroundIsQuiet() {
        const QString output = runChild(QStringLiteral("handoff"));
        QVERIFY2(!output.contains(QLatin1String("ThreadSanitizer")), qPrintable(output));
        QVERIFY2(output.endsWith(QLatin1String("exit code 0")), qPrintable(output));
    }

    void raceAroundTheHandOffIsReported() {
        const QString output = runChild(QStringLiteral("race"));
        QVERIFY2(output.contains(QLatin1String("WARNING: ThreadSanitizer: data race")),
                 qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("#0 race ")), qPrintable(output));
    }
};

int main(int argc, char **argv) {
    if (argc == 3 && qstrcmp(argv[1], "--child") == 0) {
        QCoreApplication app(argc, argv);
        return qstrcmp(argv[2], "race") == 0 ? race() : handOff();
    }
    QCoreApplication app(argc, argv);
    TsanSelfCheck check;
    return QTest::qExec(&check, argc, argv);
}

#include "tst_tsanselfcheck.moc"
