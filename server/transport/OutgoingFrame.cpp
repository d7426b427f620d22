// SPDX-License-Identifier: GPL-3.0-or-later

#include "OutgoingFrame.h"

namespace {
constexpr char FinalTextFrame = char(0x81); // FIN set, opcode 1 (text)
constexpr int SixteenBitLength = 126;
constexpr int SixtyFourBitLength = 127;
} // namespace

OutgoingFrame::OutgoingFrame(const QByteArray &json) : m_json(json) {
    const qint64 size = json.size();
    m_wire.reserve(size + 10);
    m_wire.append(FinalTextFrame);
    if (size < SixteenBitLength) {
        m_wire.append(char(size));
    } else if (size <= 0xffff) {
        m_wire.append(char(SixteenBitLength));
        m_wire.append(char(size >> 8));
        m_wire.append(char(size & 0xff));
    } else {
        m_wire.append(char(SixtyFourBitLength));
        for (int shift = 56; shift >= 0; shift -= 8)
            m_wire.append(char((size >> shift) & 0xff));
    }
    m_wire.append(json);
}
