// SPDX-License-Identifier: GPL-3.0-or-later

#include "JsonWriter.h"

void JsonWriter::separate() {
    if (m_needsComma)
        m_out->append(',');
    m_needsComma = true;
}

JsonWriter &JsonWriter::beginObject() {
    separate();
    m_out->append('{');
    m_needsComma = false;
    return *this;
}

JsonWriter &JsonWriter::endObject() {
    m_out->append('}');
    m_needsComma = true;
    return *this;
}

JsonWriter &JsonWriter::beginArray() {
    separate();
    m_out->append('[');
    m_needsComma = false;
    return *this;
}

JsonWriter &JsonWriter::endArray() {
    m_out->append(']');
    m_needsComma = true;
    return *this;
}

JsonWriter &JsonWriter::key(const char *name) {
    separate();
    m_out->append('"').append(name).append("\":");
    m_needsComma = false;
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number) {
    separate();
    m_out->append(QByteArray::number(number));
    return *this;
}

JsonWriter &JsonWriter::value(bool flag) {
    separate();
    m_out->append(flag ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::value(const QString &text) {
    separate();
    appendString(m_out, text);
    return *this;
}

JsonWriter &JsonWriter::null() {
    separate();
    m_out->append("null");
    return *this;
}

JsonWriter &JsonWriter::raw(const QByteArray &json) {
    separate();
    m_out->append(json);
    return *this;
}

void JsonWriter::appendString(QByteArray *out, const QString &text) {
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out->reserve(out->size() + utf8.size() + 2);
    out->append('"');
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (byte) {
        case '"':
            out->append("\\\"");
            break;
        case '\\':
            out->append("\\\\");
            break;
        case '\b':
            out->append("\\b");
            break;
        case '\f':
            out->append("\\f");
            break;
        case '\n':
            out->append("\\n");
            break;
        case '\r':
            out->append("\\r");
            break;
        case '\t':
            out->append("\\t");
            break;
        default:
            if (byte < 0x20) {
                const char escaped[] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xf]};
                out->append(escaped, sizeof escaped);
            } else {
                out->append(c);
            }
        }
    }
    out->append('"');
}
