// SPDX-License-Identifier: GPL-3.0-or-later

#include "RequestReplay.h"

#include "ErrorCodes.h"
#include "ProtocolLimits.h"
#include "RequestKeyStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcReplay, "roomclaim.requests.replay")

RequestReplay::Key RequestReplay::key(const std::optional<QString> &requestId,
                                      const QStringList &content) {
    if (!requestId)
        return {};
    if (requestId->isEmpty() || requestId->size() > ProtocolLimits::MaxRequestIdLength)
        throw ProtocolError::badRequest(
            QStringLiteral("Field 'requestId' must be a string of 1 to %1 characters")
                .arg(ProtocolLimits::MaxRequestIdLength));
    // Each part's length first, so that no two different contents join into the same text.
    QByteArray joined;
    for (const QString &part : content) {
        const QByteArray bytes = part.toUtf8();
        joined += QByteArray::number(bytes.size()) + ':' + bytes;
    }
    return {*requestId, QString::fromLatin1(
                            QCryptographicHash::hash(joined, QCryptographicHash::Sha256).toHex())};
}

std::optional<RequestReplay::Earlier> RequestReplay::earlier(const Teacher &teacher,
                                                             const Key &key) {
    if (!key.isSet())
        return std::nullopt;
    const std::optional<RequestKeyStore::Entry> entry = RequestKeyStore::find(teacher.id, key.id);
    if (!entry)
        return std::nullopt;
    if (entry->fingerprint != key.fingerprint)
        throw reused();
    qCInfo(lcReplay).noquote() << teacher.name << "sent request" << key.id
                               << "again; answered with its first outcome";
    return Earlier{entry->bookingId, entry->reply};
}

bool RequestReplay::ownLock(const QString &holder, const Teacher &teacher) {
    return !holder.isEmpty() && holder == teacher.name;
}

bool RequestReplay::waitForEarlier(qint64 startedMs) {
    if (QDateTime::currentMSecsSinceEpoch() - startedMs > InFlightPatienceMs)
        return false;
    QThread::msleep(InFlightPollMs);
    return true;
}

int RequestReplay::sweepExpired() {
    const int removed = RequestKeyStore::removeOlderThan(KeepHours);
    if (removed > 0)
        qCInfo(lcReplay) << "removed" << removed << "request keys older than" << KeepHours << "h";
    return removed;
}

ProtocolError RequestReplay::reused() {
    return ProtocolError(409, QString(ErrorCodes::RequestIdReused),
                         QStringLiteral("This requestId was already used for a different "
                                        "request; send a new requestId"));
}
