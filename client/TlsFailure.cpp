// SPDX-License-Identifier: GPL-3.0-or-later

#include "TlsFailure.h"

#include "Connection.h"

#include <QLocale>
#include <QSslCertificate>
#include <QStringList>

namespace {
bool isUntrusted(QSslError::SslError error) {
    switch (error) {
    case QSslError::CertificateUntrusted:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateRejected:
    case QSslError::InvalidCaCertificate:
    case QSslError::CertificateSignatureFailed:
        return true;
    default:
        return false;
    }
}

bool isOutOfDate(QSslError::SslError error) {
    return error == QSslError::CertificateExpired || error == QSslError::CertificateNotYetValid;
}

const QSslError *find(const QList<QSslError> &errors, bool (*matches)(QSslError::SslError)) {
    for (const QSslError &error : errors) {
        if (matches(error.error()))
            return &error;
    }
    return nullptr;
}

// The names a certificate is valid for: its DNS and IP alternative names, else its CN.
QStringList namesOf(const QSslCertificate &certificate) {
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            names << it.value();
    }
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names;
}

QString issuerOf(const QSslCertificate &certificate) {
    const QString issuer = certificate.issuerInfo(QSslCertificate::CommonName).join(u", ");
    return issuer.isEmpty() ? TlsFailure::tr("an unknown issuer") : issuer;
}
} // namespace

bool TlsFailure::isTlsCode(const QString &code) {
    return code == Connection::TlsUntrusted || code == Connection::TlsExpired ||
           code == Connection::TlsWrongHost || code == Connection::TlsFailed;
}

ServerReply TlsFailure::fromSslErrors(const QList<QSslError> &errors, const QUrl &server) {
    if (const QSslError *error = find(errors, isUntrusted)) {
        return ServerReply::failure(
            Connection::TlsUntrusted,
            tr("The server's certificate is not trusted: it was issued by “%1”, which this "
               "computer does not trust. RoomClaim did not connect. Please ask IT to set up the "
               "school certificate on this computer.")
                .arg(issuerOf(error->certificate())));
    }
    if (const QSslError *error = find(errors, isOutOfDate)) {
        const QSslCertificate certificate = error->certificate();
        const QLocale locale;
        return ServerReply::failure(
            Connection::TlsExpired,
            tr("The server's certificate has expired or is not yet valid (valid from %1 to %2). "
               "RoomClaim did not connect. Please ask IT to renew it, or check this computer's "
               "date and time.")
                .arg(locale.toString(certificate.effectiveDate().date(), QLocale::ShortFormat),
                     locale.toString(certificate.expiryDate().date(), QLocale::ShortFormat)));
    }
    for (const QSslError &error : errors) {
        if (error.error() != QSslError::HostNameMismatch)
            continue;
        return ServerReply::failure(
            Connection::TlsWrongHost,
            tr("The server's certificate was issued for another host name: %1, not %2. "
               "RoomClaim did not connect. Please check the server address, or ask IT.")
                .arg(namesOf(error.certificate()).join(u", "), server.host()));
    }
    const QString detail =
        errors.isEmpty() ? tr("no reason given") : errors.constFirst().errorString();
    return ServerReply::failure(
        Connection::TlsFailed,
        tr("The server's certificate could not be verified (%1). RoomClaim did not connect. "
           "Please ask IT.")
            .arg(detail));
}

ServerReply TlsFailure::fromSocketError(const QString &socketErrorText, const QUrl &server) {
    return ServerReply::failure(
        Connection::TlsFailed,
        tr("No secure connection to %1 could be set up (%2). RoomClaim does not fall back to an "
           "unencrypted connection. Please check the address, or ask IT.")
            .arg(server.authority(), socketErrorText));
}
