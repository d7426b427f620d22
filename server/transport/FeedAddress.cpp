// SPDX-License-Identifier: GPL-3.0-or-later

#include "FeedAddress.h"

QString FeedAddress::baseFor(const QHostAddress &localAddress) const {
    if (!enabled)
        return QString();
    if (publicUrl.isValid() && !publicUrl.isEmpty()) {
        QString base = publicUrl.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        return base;
    }
    QHostAddress address = localAddress;
    // An IPv4 client of a dual-stack socket shows up as ::ffff:a.b.c.d.
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4);
    if (isIpv4)
        address = QHostAddress(ipv4);
    QString host = address.isNull() ? QStringLiteral("localhost") : address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        host = host.section(QLatin1Char('%'), 0, 0); // no scope id in a URL
        host = QStringLiteral("[%1]").arg(host);
    }
    return QStringLiteral("%1://%2:%3")
        .arg(secure ? QStringLiteral("https") : QStringLiteral("http"), host)
        .arg(port);
}

QString FeedAddress::uidHost() const {
    // The teacher client's .ics export writes the same UIDs, whatever address the feed has: a
    // teacher who imports the file and also subscribes sees each booking once, not twice.
    return QStringLiteral("roomclaim");
}
