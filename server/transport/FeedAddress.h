// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHostAddress>
#include <QString>
#include <QUrl>

// Where teachers reach the calendar feed, to put into the URL that calendarFeed returns:
// feed/publicUrl when the school set one (e.g. https://roomclaim.school.example:7401), otherwise
// the address the teacher's own WebSocket connection reached (so the URL works from that PC)
// and the feed port.
struct FeedAddress {
    bool enabled = false;
    bool secure = false; // HTTPS (TLS configured)
    quint16 port = 0;
    QUrl publicUrl;

    // "http://10.0.0.5:7401" without a trailing slash; empty when the feed is off.
    QString baseFor(const QHostAddress &localAddress) const;
    // The host for the feed's UIDs: stable whichever address a client used.
    QString uidHost() const;
};
