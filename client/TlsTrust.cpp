// SPDX-License-Identifier: GPL-3.0-or-later

#include "TlsTrust.h"

#include <QFile>
#include <QFileInfo>

namespace {
// The school CA is a few kilobytes; anything far larger is not one.
constexpr qint64 MaxCaFileBytes = 1024 * 1024;
} // namespace

TlsTrust TlsTrust::load(const QString &caFile, const QString &origin) {
    TlsTrust trust;
    trust.m_caFile = caFile;
    trust.m_origin = origin;
    if (caFile.isEmpty())
        return trust;
    const QString shown = QFileInfo(caFile).absoluteFilePath();
    QFile file(caFile);
    if (!file.open(QIODevice::ReadOnly)) {
        trust.m_error = tr("The school certificate %1 (from %2) cannot be read: %3. Please ask IT.")
                            .arg(shown, origin, file.errorString());
        return trust;
    }
    const QByteArray data = file.read(MaxCaFileBytes + 1);
    if (data.contains("PRIVATE KEY")) {
        // The CA's key must stay on the server; refusing it here keeps it off staff-room PCs.
        trust.m_error = tr("%1 (from %2) holds a private key, not a certificate. Use the school "
                           "certificate school-ca.crt instead, and keep the key on the server.")
                            .arg(shown, origin);
        return trust;
    }
    QList<QSslCertificate> certificates;
    if (data.size() <= MaxCaFileBytes) {
        certificates = QSslCertificate::fromData(data, QSsl::Pem);
        if (certificates.isEmpty())
            certificates = QSslCertificate::fromData(data, QSsl::Der);
    }
    certificates.removeIf([](const QSslCertificate &certificate) { return certificate.isNull(); });
    if (certificates.isEmpty()) {
        trust.m_error = tr("%1 (from %2) is not a certificate file (PEM or DER). Please ask IT "
                           "for the school certificate school-ca.crt.")
                            .arg(shown, origin);
        return trust;
    }
    trust.m_school = certificates;
    return trust;
}

QSslConfiguration TlsTrust::configuration() const {
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // Both sets by name: a hand-set CA list can replace the system store's loading on demand.
    configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() + m_school);
    return configuration;
}
