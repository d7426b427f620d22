// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ServerReply.h"

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QList>
#include <QSslError>
#include <QUrl>

// Why a wss:// connection was refused, as one of the client's TLS codes (Connection::TlsUntrusted
// and its siblings) and a sentence a teacher can pass on to IT. Never a reason to retry in
// plain text.
class TlsFailure {
    Q_DECLARE_TR_FUNCTIONS(TlsFailure)

public:
    // The certificate did not verify: the most fundamental reason wins (an untrusted
    // certificate could claim any host name or date, so those come second).
    static ServerReply fromSslErrors(const QList<QSslError> &errors, const QUrl &server);
    // The handshake failed without a verification error (e.g. the server speaks no TLS).
    static ServerReply fromSocketError(const QString &socketErrorText, const QUrl &server);
    static bool isTlsCode(const QString &code);
};
