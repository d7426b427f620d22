// SPDX-License-Identifier: GPL-3.0-or-later

#include "SecurityLabel.h"

#include <QStyle>

SecurityLabel::SecurityLabel(QWidget *parent) : QLabel(parent) {
    setObjectName(QStringLiteral("connectionSecurity"));
    setWordWrap(true);
    setAccessibleName(tr("Connection security"));
}

void SecurityLabel::showPlanned(const QUrl &server) {
    if (server.scheme() == QLatin1String("ws")) {
        present(tr("Not encrypted — with a ws:// address your password and bookings cross the "
                   "network readable by anyone on it. Use the wss:// address IT gave you."),
                "plain");
    } else {
        present(tr("Encrypted (TLS) — the server's certificate is checked when you log in."),
                "encrypted");
    }
}

void SecurityLabel::showLink(const Connection::LinkSecurity &link) {
    if (link.encrypted) {
        present(tr("Encrypted (TLS) — certificate verified for %1").arg(link.host), "encrypted");
    } else {
        present(tr("Not encrypted — the connection to %1 uses no TLS: your password and bookings "
                   "cross the network readable by anyone on it.")
                    .arg(link.host),
                "plain");
    }
}

void SecurityLabel::showRefused() {
    present(tr("Not connected — the server's certificate could not be verified."), "refused");
}

QString SecurityLabel::shortText(const Connection::LinkSecurity &link) {
    return link.encrypted ? tr("Encrypted (TLS)") : tr("Not encrypted");
}

void SecurityLabel::present(const QString &text, const char *security) {
    setText(text);
    setAccessibleDescription(text);
    setProperty("security", QString::fromLatin1(security));
    // Property selectors in the style sheet apply only after a re-polish.
    style()->unpolish(this);
    style()->polish(this);
    QLabel::show();
}
