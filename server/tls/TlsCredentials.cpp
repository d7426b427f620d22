// SPDX-License-Identifier: GPL-3.0-or-later

#include "TlsCredentials.h"

#include "OpenSslHandles.h"

#include <openssl/pem.h>

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSslSocket>
#include <QtEndian>

namespace {

// Certificates and keys are a few kilobytes; a bigger file is a wrong path (or /dev/zero), and
// is not read into memory.
constexpr qint64 MaxFileBytes = 1024 * 1024;

std::optional<QByteArray> readSmallFile(const QString &path, const QString &what, QString *error) {
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QStringLiteral("the %1 file '%2' does not exist").arg(what, path);
        return std::nullopt;
    }
    QFile file(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the %1 file '%2': %3")
                     .arg(what, path,
                          info.isDir() ? QStringLiteral("it is a folder") : file.errorString());
        return std::nullopt;
    }
    const QByteArray data = file.read(MaxFileBytes + 1);
    if (data.size() > MaxFileBytes) {
        *error =
            QStringLiteral("the %1 file '%2' is larger than 1 MiB: not a PEM file").arg(what, path);
        return std::nullopt;
    }
    return data;
}

// The subjectAltName DNS and IP entries in the certificate's order (Qt's map sorts them).
QStringList alternativeNames(X509 *certificate) {
    QStringList names;
    GeneralNamesHandle entries(static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(certificate, NID_subject_alt_name, nullptr, nullptr)));
    if (!entries)
        return names;
    for (int i = 0; i < sk_GENERAL_NAME_num(entries.get()); ++i) {
        const GENERAL_NAME *entry = sk_GENERAL_NAME_value(entries.get(), i);
        if (entry->type == GEN_DNS) {
            const ASN1_IA5STRING *dns = entry->d.dNSName;
            names << QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(dns)),
                                         ASN1_STRING_length(dns));
        } else if (entry->type == GEN_IPADD) {
            const ASN1_OCTET_STRING *ip = entry->d.iPAddress;
            const unsigned char *bytes = ASN1_STRING_get0_data(ip);
            if (ASN1_STRING_length(ip) == 4)
                names << QHostAddress(qFromBigEndian<quint32>(bytes)).toString();
            else if (ASN1_STRING_length(ip) == 16)
                names << QHostAddress(bytes).toString();
        }
    }
    return names;
}

std::optional<QSsl::KeyAlgorithm> qtAlgorithm(EVP_PKEY *key) {
    switch (EVP_PKEY_base_id(key)) {
    case EVP_PKEY_RSA:
        return QSsl::Rsa;
    case EVP_PKEY_EC:
        return QSsl::Ec;
    case EVP_PKEY_DSA:
        return QSsl::Dsa;
    default:
        return std::nullopt;
    }
}

} // namespace

std::optional<TlsCredentials> TlsCredentials::load(const QString &certificateFile,
                                                   const QString &keyFile, QString *error) {
    OpenSsl::takeError();
    const std::optional<QByteArray> certificatePem =
        readSmallFile(certificateFile, QStringLiteral("TLS certificate"), error);
    if (!certificatePem)
        return std::nullopt;
    const std::optional<QByteArray> keyPem =
        readSmallFile(keyFile, QStringLiteral("TLS key"), error);
    if (!keyPem)
        return std::nullopt;

    const X509Handle certificate = OpenSsl::readCertificate(*certificatePem);
    TlsCredentials credentials;
    credentials.m_chain = QSslCertificate::fromData(*certificatePem, QSsl::Pem);
    if (!certificate || credentials.m_chain.isEmpty() || credentials.m_chain.first().isNull()) {
        OpenSsl::takeError();
        *error = QStringLiteral("the TLS certificate file '%1' holds no PEM certificate")
                     .arg(certificateFile);
        return std::nullopt;
    }
    const PKeyHandle key = OpenSsl::readPrivateKey(*keyPem);
    if (!key) {
        OpenSsl::takeError();
        *error = QStringLiteral("the TLS key file '%1' holds no PEM private key (or an encrypted "
                                "one, which the server cannot use unattended)")
                     .arg(keyFile);
        return std::nullopt;
    }
    if (X509_check_private_key(certificate.get(), key.get()) != 1) {
        OpenSsl::takeError();
        *error = QStringLiteral("the TLS key '%1' does not belong to the certificate '%2'")
                     .arg(keyFile, certificateFile);
        return std::nullopt;
    }
    credentials.m_hostNames = alternativeNames(certificate.get());
    if (credentials.m_hostNames.isEmpty())
        credentials.m_hostNames =
            credentials.m_chain.first().subjectInfo(QSslCertificate::CommonName);
    const std::optional<QSsl::KeyAlgorithm> algorithm = qtAlgorithm(key.get());
    // Qt reads keys in PKCS#8 whatever the file held (traditional RSA or EC headers, too).
    BioHandle normalized(BIO_new(BIO_s_mem()));
    if (algorithm && normalized &&
        PEM_write_bio_PrivateKey(normalized.get(), key.get(), nullptr, nullptr, 0, nullptr,
                                 nullptr) == 1)
        credentials.m_key = QSslKey(OpenSsl::bioContents(normalized.get()), *algorithm, QSsl::Pem,
                                    QSsl::PrivateKey);
    if (credentials.m_key.isNull()) {
        OpenSsl::takeError();
        *error = QStringLiteral("the TLS key file '%1' holds a kind of key the server cannot use "
                                "(use an RSA or EC key)")
                     .arg(keyFile);
        return std::nullopt;
    }
    return credentials;
}

QSslConfiguration TlsCredentials::serverConfiguration() const {
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(m_chain);
    configuration.setPrivateKey(m_key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // Teachers log in with a password; no client certificates.
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

QString TlsCredentials::description() const {
    return QStringLiteral("certificate for %1, valid until %2")
        .arg(m_hostNames.join(QStringLiteral(", ")),
             certificate().expiryDate().toUTC().date().toString(Qt::ISODate));
}
