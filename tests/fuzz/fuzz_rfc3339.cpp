// SPDX-License-Identifier: GPL-3.0-or-later

// The RFC 3339 parser every time on the wire goes through (Rfc3339::parse): an accepted time is
// exactly what the text says (no field quietly carried into the next, as Qt does with hour 24
// or an offset's minute 60), and written back (Rfc3339::format, formatLocal) it reads as the
// same instant and offset. Request::requiredTime adds that it can be stored (years 1 to 9999).

#include "FuzzSupport.h"

#include "ProtocolError.h"
#include "Request.h"
#include "Rfc3339.h"

#include <QJsonObject>

namespace {
int number(const QString &text, int from, int length) {
    return QStringView(text).mid(from, length).toInt();
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    FuzzSupport::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > 200)
        return 0; // a time is short; longer text only fails the shape check
    const QString text = FuzzSupport::text(data, size);
    const QDateTime time = Rfc3339::parse(text);
    if (time.isValid()) {
        // The fields as written: YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM).
        const QDate date = time.date();
        const QTime clock = time.time();
        FUZZ_CHECK(date.year() == number(text, 0, 4) && date.month() == number(text, 5, 2) &&
                       date.day() == number(text, 8, 2),
                   text + QStringLiteral(" read as ") + time.toString(Qt::ISODateWithMs));
        FUZZ_CHECK(clock.hour() == number(text, 11, 2) && clock.minute() == number(text, 14, 2) &&
                       clock.second() == number(text, 17, 2),
                   text + QStringLiteral(" read as ") + time.toString(Qt::ISODateWithMs));
        const QChar zone = text.at(text.size() - 6);
        int offset = 0;
        if (zone == QLatin1Char('+') || zone == QLatin1Char('-')) {
            const int hours = number(text, int(text.size()) - 5, 2);
            const int minutes = number(text, int(text.size()) - 2, 2);
            FUZZ_CHECK(minutes < 60, text + QStringLiteral(" accepted"));
            offset = (hours * 3600 + minutes * 60) * (zone == QLatin1Char('-') ? -1 : 1);
        }
        FUZZ_CHECK(time.offsetFromUtc() == offset,
                   text + QStringLiteral(" has offset %1").arg(time.offsetFromUtc()));

        // Written back, the same instant (to the second) and offset.
        const QDateTime whole = time.addMSecs(-clock.msec());
        const QString written = Rfc3339::format(time);
        const QDateTime back = Rfc3339::parse(written);
        FUZZ_CHECK(back == whole && back.offsetFromUtc() == offset,
                   text + QStringLiteral(" written as ") + written);
        // In the school's zone (before 1847 London's offset had seconds, which RFC 3339
        // cannot write; such times are not the protocol's).
        const QDateTime inZone = time.toLocalTime();
        if (inZone.date().year() >= 1 && inZone.date().year() <= 9999 &&
            inZone.offsetFromUtc() % 60 == 0) {
            const QString local = Rfc3339::formatLocal(time);
            FUZZ_CHECK(Rfc3339::parse(local) == whole,
                       text + QStringLiteral(" written as ") + local);
        }
    }

    // As a request field.
    const Request request(1, QStringLiteral("searchRooms"), {{QStringLiteral("start"), text}});
    try {
        const QDateTime field = request.requiredTime(QStringLiteral("start"));
        FUZZ_CHECK(field == time, text);
        const int year = field.toUTC().date().year();
        FUZZ_CHECK(year >= 1 && year <= 9999, text);
    } catch (const ProtocolError &error) {
        FUZZ_CHECK(error.status() == 400, error.message());
    }
    return 0;
}
