// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

// Whom the client trusts for wss://: the system's certificate authorities plus, optionally, the
// school's own (the school-ca.crt that `roomclaim-server --init-tls` wrote and IT deployed).
// A school CA file that cannot be used is an error the teacher sees, never silently skipped:
// skipping it would only turn into a puzzling "not trusted" later.
class TlsTrust {
    Q_DECLARE_TR_FUNCTIONS(TlsTrust)

public:
    // System CAs only.
    TlsTrust() = default;
    // System CAs plus the certificates in caFile (PEM or DER); an empty path means none.
    // origin names where the path came from, for the error ("--ca", "the setting tls/ca").
    static TlsTrust load(const QString &caFile, const QString &origin);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString caFile() const { return m_caFile; }
    QString origin() const { return m_origin; }
    QList<QSslCertificate> schoolCertificates() const { return m_school; }
    // The configuration for the client socket: verify the peer, against both sets of CAs.
    QSslConfiguration configuration() const;

private:
    QString m_caFile;
    QString m_origin;
    QList<QSslCertificate> m_school;
    QString m_error;
};
