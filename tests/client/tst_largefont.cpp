// SPDX-License-Identifier: GPL-3.0-or-later

// The teacher window at 200 % scaling with a large font (18 pt), as a teacher with poor sight
// sets up the staff-room PC: against the real server, the dashboard, a card, My Bookings and
// the claim dialog show every label, button and field whole, nothing cut off or squeezed below
// what its text needs.
#include "ClientTestKit.h"
#include "RepeatChoice.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "Theme.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QScreen>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryFile>
#include <memory>

using namespace ClientTestKit;

namespace {
constexpr int LargePointSize = 18;

// The widgets under root whose text does not fit: a label or button narrower or lower than its
// text needs, a wrapped label lower than its lines, a tab or a combo box cutting its text.
QStringList cutOff(QWidget *root) {
    QStringList found;
    const auto report = [&found](QWidget *widget, const QString &text, const QSize &has,
                                 const QSize &needs) {
        found << QStringLiteral("%1 %2 '%3': %4x%5, needs %6x%7")
                     .arg(QString::fromLatin1(widget->metaObject()->className()),
                          widget->objectName(), text.left(60))
                     .arg(has.width())
                     .arg(has.height())
                     .arg(needs.width())
                     .arg(needs.height());
    };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        // Cut at the edge on purpose, with the whole text in the tooltip.
        if (label->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored)
            continue;
        const QSize needs = label->wordWrap() ? QSize(label->minimumSizeHint().width(),
                                                      label->heightForWidth(label->width()))
                                              : label->sizeHint();
        if (label->width() + 1 < needs.width() || label->height() + 1 < needs.height())
            report(label, label->text(), label->size(), needs);
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        const QSize needs = button->sizeHint();
        if (button->width() + 1 < needs.width() || button->height() + 1 < needs.height())
            report(button, button->text(), button->size(), needs);
    }
    for (QComboBox *combo : root->findChildren<QComboBox *>()) {
        if (!combo->isVisible())
            continue;
        const QSize needs = combo->minimumSizeHint();
        const int text = combo->fontMetrics().horizontalAdvance(combo->currentText());
        if (combo->width() + 1 < needs.width() || combo->width() < text)
            report(combo, combo->currentText(), combo->size(),
                   QSize(qMax(text, needs.width()), needs.height()));
    }
    for (QTabBar *bar : root->findChildren<QTabBar *>()) {
        if (!bar->isVisible())
            continue;
        for (int i = 0; i < bar->count(); ++i) {
            const QString text = QString(bar->tabText(i)).remove(QLatin1Char('&'));
            const QSize needs(bar->fontMetrics().horizontalAdvance(text) + 8,
                              bar->fontMetrics().height());
            if (bar->tabRect(i).width() < needs.width() ||
                bar->tabRect(i).height() < needs.height())
                report(bar, text, bar->tabRect(i).size(), needs);
        }
    }
    return found;
}
} // namespace

class tst_LargeFont : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void dashboardShowsEveryTextWhole();
    void claimDialogShowsEveryTextWhole();

private:
    std::unique_ptr<TestDatabase> m_db;
    ServerProcess m_server;
};

void tst_LargeFont::initTestCase() {
    quietOffscreenNoise();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RoomClaimTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_largefont"));
    QCOMPARE(qApp->devicePixelRatio(), 2.0);
    QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1920, 1080));
    QCOMPARE(QApplication::font().pointSize(), LargePointSize);
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY2(m_server.start(m_db->url(), {QStringLiteral("--demo")}), qPrintable(m_server.error()));
}

void tst_LargeFont::cleanupTestCase() {
    m_server.stop();
}

void tst_LargeFont::dashboardShowsEveryTextWhole() {
    Seat seat;
    QVERIFY2(seat.open(m_server.url(), QStringLiteral("teacher.a"), QStringLiteral("demo-a")),
             qPrintable(seat.loginError));
    const QDate day = lessonDay(1);
    QVERIFY(seat.showSearch(day, 0));
    MainWindow &window = *seat.window;
    // A booking of the teacher's own, for its row in My Bookings.
    QString why;
    ClaimDialog *dialog =
        openClaim(window, window.resultsView()->cards().value(0)->room().name, &why);
    QVERIFY2(dialog, qPrintable(why));
    typePurpose(dialog, QStringLiteral("7B Maths"));
    QVERIFY2(clickConfirm(dialog, &why), qPrintable(why));
    QTRY_VERIFY_WITH_TIMEOUT(!bookingRowTexts(window, day).isEmpty(), Patience);
    QVERIFY(seat.cardsShown());
    QApplication::processEvents();

    const QStringList found = cutOff(&window);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void tst_LargeFont::claimDialogShowsEveryTextWhole() {
    Seat seat;
    QVERIFY2(seat.open(m_server.url(), QStringLiteral("teacher.b"), QStringLiteral("demo-b")),
             qPrintable(seat.loginError));
    QVERIFY(seat.showSearch(lessonDay(2), 0));
    QString why;
    ClaimDialog *dialog =
        openClaim(*seat.window, seat.window->resultsView()->cards().value(0)->room().name, &why);
    QVERIFY2(dialog, qPrintable(why));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QApplication::processEvents();
    QStringList found = cutOff(dialog);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

    // Repeating weekly: the preview's dates and statuses, and the extra button.
    const int before = dialog->previewsCompleted();
    dialog->repeatChoice()->choose(RepeatRule::Every::Week, lessonDay(2).addDays(28));
    QVERIFY(QTest::qWaitFor([&] { return dialog->previewsCompleted() > before; }, Patience));
    QApplication::processEvents();
    found = cutOff(dialog);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    dialog->reject();
}

int main(int argc, char *argv[]) {
    // 200 % scaling on a 3840×2160 screen (1920×1080 left for the windows), as a 4K monitor
    // is set up; the offscreen platform's own screen (800×600) would leave too little room.
    QTemporaryFile screens;
    if (!screens.open() || screens.write(R"({"screens": [{"name": "Large", "x": 0, "y": 0,
        "width": 3840, "height": 2160, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})") < 0)
        return 1;
    screens.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(screens.fileName()));
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    Theme::apply(app);
    QFont font = QApplication::font();
    font.setPointSize(LargePointSize);
    QApplication::setFont(font);
    tst_LargeFont test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_largefont.moc"
