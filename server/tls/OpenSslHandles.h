// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Owning handles for the OpenSSL objects the tls library uses, so every early return frees what
// it took. Internal to server/tls: nothing outside includes an OpenSSL header.

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QByteArray>
#include <QString>
#include <memory>

template <typename T, void (*Free)(T *)> struct OpenSslDeleter {
    void operator()(T *p) const { Free(p); }
};

using BioHandle = std::unique_ptr<BIO, OpenSslDeleter<BIO, BIO_free_all>>;
using PKeyHandle = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Handle = std::unique_ptr<X509, OpenSslDeleter<X509, X509_free>>;
using X509ExtensionHandle =
    std::unique_ptr<X509_EXTENSION, OpenSslDeleter<X509_EXTENSION, X509_EXTENSION_free>>;
using GeneralNamesHandle =
    std::unique_ptr<GENERAL_NAMES, OpenSslDeleter<GENERAL_NAMES, GENERAL_NAMES_free>>;

namespace OpenSsl {

// A read-only memory BIO over `data` (which must outlive it).
BioHandle readBio(const QByteArray &data);
// Everything written to a memory BIO.
QByteArray bioContents(BIO *bio);
// The first PEM certificate in `pem`; null when there is none.
X509Handle readCertificate(const QByteArray &pem);
// The PEM private key in `pem`; null when there is none or it is encrypted (never prompts for a
// passphrase on the terminal).
PKeyHandle readPrivateKey(const QByteArray &pem);
// The oldest error on OpenSSL's error queue as text (empty when none), clearing the queue.
QString takeError();

} // namespace OpenSsl
