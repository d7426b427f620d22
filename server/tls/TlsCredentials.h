// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <optional>

// The server's certificate (with any intermediate certificates after it) and its private key,
// read from the PEM files of --tls-cert and --tls-key and checked before anything listens.
class TlsCredentials {
public:
    // Reads and checks both files. Returns nothing, with *error set to one English sentence
    // naming the file and the problem, when a file is missing, unreadable, holds no PEM
    // certificate or unencrypted PEM private key, or the key does not belong to the certificate.
    static std::optional<TlsCredentials> load(const QString &certificateFile,
                                              const QString &keyFile, QString *error);

    // For the WebSocket and feed servers: this certificate and key, TLS 1.2 or later, and no
    // client certificates asked for.
    QSslConfiguration serverConfiguration() const;

    const QSslCertificate &certificate() const { return m_chain.constFirst(); }
    const QSslKey &privateKey() const { return m_key; }
    // The names clients may reach the server by: the subjectAltName entries (DNS and IP), or the
    // common name when the certificate has none.
    const QStringList &hostNames() const { return m_hostNames; }
    // "certificate for localhost, 127.0.0.1, valid until 2027-03-01"
    QString description() const;

private:
    TlsCredentials() = default;

    QList<QSslCertificate> m_chain;
    QSslKey m_key;
    QStringList m_hostNames;
};
