// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>

// What every libFuzzer target shares: one QCoreApplication for the whole run (time zones,
// QRegularExpression and the services' statics expect one), one fixed time zone so that a
// crash replays the same way anywhere, Qt's own messages kept quiet (thousands of runs a
// second), and a check that turns a broken promise into a crash libFuzzer reports and keeps.
namespace FuzzSupport {

inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message) {
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

// Call once, from LLVMFuzzerInitialize.
inline void start() {
    // A zone with daylight saving, so that local dates and offsets are not all trivial.
    qputenv("TZ", "Europe/London");
    tzset();
    static int argc = 1;
    static char name[] = "roomclaim-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    qInstallMessageHandler(quietMessages);
}

// The bytes as the server would see them: a WebSocket text frame or a file read as UTF-8.
inline QString text(const uint8_t *data, size_t size) {
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

[[noreturn]] inline void fail(const char *check, const char *file, int line,
                              const QString &detail) {
    std::fprintf(stderr, "%s:%d: broken: %s\n  %s\n", file, line, check,
                 detail.toUtf8().left(2000).constData());
    std::abort();
}

} // namespace FuzzSupport

// Like assert, but always on and with the input (or what went wrong) printed.
#define FUZZ_CHECK(condition, detail)                                                              \
    do {                                                                                           \
        if (!(condition))                                                                          \
            FuzzSupport::fail(#condition, __FILE__, __LINE__, (detail));                           \
    } while (false)
