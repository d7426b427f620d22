// SPDX-License-Identifier: GPL-3.0-or-later

#include "FrameScan.h"

namespace {
qsizetype skipSpaces(QStringView frame, qsizetype at) {
    while (at < frame.size() && frame.at(at).isSpace())
        ++at;
    return at;
}
} // namespace

qint64 FrameScan::number(QStringView frame, QLatin1String quotedKeyColon, qsizetype from) {
    const qsizetype key = frame.indexOf(quotedKeyColon, from);
    if (key < 0)
        return -1;
    qsizetype at = skipSpaces(frame, key + quotedKeyColon.size());
    qint64 value = 0;
    bool any = false;
    while (at < frame.size() && frame.at(at).isDigit()) {
        value = value * 10 + frame.at(at).digitValue();
        any = true;
        ++at;
    }
    return any ? value : -1;
}

QStringView FrameScan::string(QStringView frame, QLatin1String quotedKeyColon, qsizetype from) {
    const qsizetype key = frame.indexOf(quotedKeyColon, from);
    if (key < 0)
        return {};
    const qsizetype open = skipSpaces(frame, key + quotedKeyColon.size());
    if (open >= frame.size() || frame.at(open) != u'"')
        return {};
    const qsizetype close = frame.indexOf(u'"', open + 1);
    return close < 0 ? QStringView() : frame.mid(open + 1, close - open - 1);
}

qint64 FrameScan::bookingId(QStringView frame) {
    const qsizetype booking = frame.indexOf(QLatin1String("\"booking\":"));
    return booking < 0 ? -1 : number(frame, QLatin1String("\"id\":"), booking);
}
