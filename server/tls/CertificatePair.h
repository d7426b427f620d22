// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

// A certificate and its private key, both PEM (the key unencrypted PKCS#8): what
// CertificateFactory makes and what ends up in the .crt and .key files.
struct CertificatePair {
    QByteArray certificatePem;
    QByteArray privateKeyPem;

    bool isNull() const { return certificatePem.isEmpty() || privateKeyPem.isEmpty(); }
};
