// SPDX-License-Identifier: GPL-3.0-or-later

#include "OpenSslHandles.h"

#include <openssl/err.h>
#include <openssl/pem.h>

#include <limits>

namespace {

// A passphrase callback that refuses: an encrypted key is reported as unreadable instead of
// OpenSSL asking on the terminal of a service.
int noPassphrase(char *, int, int, void *) {
    return -1;
}

} // namespace

namespace OpenSsl {

BioHandle readBio(const QByteArray &data) {
    if (data.size() > std::numeric_limits<int>::max())
        return BioHandle();
    return BioHandle(BIO_new_mem_buf(data.constData(), int(data.size())));
}

QByteArray bioContents(BIO *bio) {
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

X509Handle readCertificate(const QByteArray &pem) {
    BioHandle bio = readBio(pem);
    if (!bio)
        return X509Handle();
    return X509Handle(PEM_read_bio_X509(bio.get(), nullptr, noPassphrase, nullptr));
}

PKeyHandle readPrivateKey(const QByteArray &pem) {
    BioHandle bio = readBio(pem);
    if (!bio)
        return PKeyHandle();
    return PKeyHandle(PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr));
}

QString takeError() {
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QString();
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

} // namespace OpenSsl
