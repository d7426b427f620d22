// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "CertificatePair.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// Makes the certificates a school without a certificate of its own needs: a school CA that the
// staff-room PCs trust, and server certificates signed by it. EC P-256 keys, SHA-256, X.509 v3.
//
// Both functions throw nothing. On bad input (an empty or malformed host name, notAfter not
// after notBefore, an authority whose key does not belong to its certificate) or an OpenSSL
// failure they return an empty pair (isNull()) and, when `error` is given, set it to one English
// sentence naming the problem.
class CertificateFactory {
public:
    // A school CA: basicConstraints CA:TRUE (critical, path length 0), keyUsage keyCertSign and
    // cRLSign (critical), CN = commonName.
    static CertificatePair createAuthority(const QString &commonName, const QDateTime &notBefore,
                                           const QDateTime &notAfter, QString *error = nullptr);

    // A server certificate signed by `authority`: subjectAltName with DNS: or, for a host that
    // parses as an IP address, IP: for every host; extendedKeyUsage serverAuth; CA:FALSE;
    // CN = the first host. Host names may start with a "*." wildcard label.
    static CertificatePair issueServer(const CertificatePair &authority, const QStringList &hosts,
                                       const QDateTime &notBefore, const QDateTime &notAfter,
                                       QString *error = nullptr);

    // Whether issueServer accepts `host`: an IPv4 or IPv6 address, or a DNS name (letters,
    // digits, hyphens; optionally "*." first).
    static bool isValidHost(const QString &host);
};
