// SPDX-License-Identifier: GPL-3.0-or-later

#include "CertificateFactory.h"

#include "OpenSslHandles.h"

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

#include <QRegularExpression>

namespace {

using BigNumHandle = std::unique_ptr<BIGNUM, OpenSslDeleter<BIGNUM, BN_free>>;
using PKeyContextHandle =
    std::unique_ptr<EVP_PKEY_CTX, OpenSslDeleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using OctetStringHandle =
    std::unique_ptr<ASN1_OCTET_STRING, OpenSslDeleter<ASN1_OCTET_STRING, ASN1_OCTET_STRING_free>>;

CertificatePair failed(QString *error, const QString &text) {
    const QString detail = OpenSsl::takeError();
    if (error)
        *error = detail.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, detail);
    return CertificatePair();
}

PKeyHandle newKey() {
    PKeyContextHandle context(EVP_PKEY_CTX_new_id(EVP_PKEY_EC, nullptr));
    if (!context || EVP_PKEY_keygen_init(context.get()) <= 0 ||
        EVP_PKEY_CTX_set_ec_paramgen_curve_nid(context.get(), NID_X9_62_prime256v1) <= 0 ||
        EVP_PKEY_CTX_set_ec_param_enc(context.get(), OPENSSL_EC_NAMED_CURVE) <= 0)
        return PKeyHandle();
    EVP_PKEY *key = nullptr;
    if (EVP_PKEY_keygen(context.get(), &key) <= 0)
        return PKeyHandle();
    return PKeyHandle(key);
}

// Random and positive, as RFC 5280 asks: browsers and Qt reject a CA that issues two
// certificates with one serial, which a counter restarted per run would do.
bool setRandomSerial(X509 *cert) {
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] &= 0x7f;
    bytes[0] |= 0x40; // never a leading zero byte, so the encoding keeps its length
    BigNumHandle number(BN_bin2bn(bytes, sizeof bytes, nullptr));
    return number && BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(cert)) != nullptr;
}

bool setValidity(X509 *cert, const QDateTime &notBefore, const QDateTime &notAfter) {
    return ASN1_TIME_set(X509_getm_notBefore(cert), time_t(notBefore.toSecsSinceEpoch())) &&
           ASN1_TIME_set(X509_getm_notAfter(cert), time_t(notAfter.toSecsSinceEpoch()));
}

bool setCommonName(X509_NAME *name, const QString &commonName) {
    const QByteArray utf8 = commonName.toUtf8();
    return X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      int(utf8.size()), -1, 0) == 1;
}

bool addExtension(X509 *cert, X509V3_CTX *context, int nid, const char *value) {
    X509ExtensionHandle extension(X509V3_EXT_conf_nid(nullptr, context, nid, value));
    return extension && X509_add_ext(cert, extension.get(), -1) == 1;
}

// A new X.509 v3 certificate for `key` with serial, validity and subject CN set.
X509Handle newCertificate(EVP_PKEY *key, const QString &commonName, const QDateTime &notBefore,
                          const QDateTime &notAfter) {
    X509Handle cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1 || !setRandomSerial(cert.get()) ||
        !setValidity(cert.get(), notBefore, notAfter) ||
        !setCommonName(X509_get_subject_name(cert.get()), commonName) ||
        X509_set_pubkey(cert.get(), key) != 1)
        return X509Handle();
    return cert;
}

CertificatePair toPems(X509 *cert, EVP_PKEY *key) {
    BioHandle certBio(BIO_new(BIO_s_mem()));
    BioHandle keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), cert) != 1 ||
        PEM_write_bio_PrivateKey(keyBio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return CertificatePair();
    return CertificatePair{OpenSsl::bioContents(certBio.get()), OpenSsl::bioContents(keyBio.get())};
}

bool isDnsName(const QString &host) {
    // Letters, digits and hyphens per label; a "*." wildcard only as the whole first label.
    static const QRegularExpression pattern(
        QStringLiteral("^(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*"
                       "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    // A name ending in digits only ("10.0.0", "127.1") is a mistyped address, not a host name.
    static const QRegularExpression numericEnd(QStringLiteral("(^|\\.)[0-9]+$"));
    return host.size() <= 253 && pattern.match(host).hasMatch() &&
           !numericEnd.match(host).hasMatch();
}

// subjectAltName for `hosts`; null with `error` set when a host is neither an IP address nor a
// DNS name.
GeneralNamesHandle alternativeNames(const QStringList &hosts, QString *error) {
    GeneralNamesHandle names(sk_GENERAL_NAME_new_null());
    if (!names)
        return names;
    for (const QString &host : hosts) {
        const QByteArray latin1 = host.toLatin1();
        GENERAL_NAME *name = GENERAL_NAME_new();
        if (!name)
            return GeneralNamesHandle();
        if (OctetStringHandle ip{a2i_IPADDRESS(latin1.constData())}) {
            GENERAL_NAME_set0_value(name, GEN_IPADD, ip.release());
        } else if (isDnsName(host)) {
            ASN1_IA5STRING *dns = ASN1_IA5STRING_new();
            if (!dns || ASN1_STRING_set(dns, latin1.constData(), int(latin1.size())) != 1) {
                ASN1_IA5STRING_free(dns);
                GENERAL_NAME_free(name);
                return GeneralNamesHandle();
            }
            GENERAL_NAME_set0_value(name, GEN_DNS, dns);
        } else {
            GENERAL_NAME_free(name);
            *error = QStringLiteral("\"%1\" is neither a host name nor an IP address").arg(host);
            return GeneralNamesHandle();
        }
        if (sk_GENERAL_NAME_push(names.get(), name) == 0) {
            GENERAL_NAME_free(name);
            return GeneralNamesHandle();
        }
    }
    return names;
}

} // namespace

CertificatePair CertificateFactory::createAuthority(const QString &commonName,
                                                    const QDateTime &notBefore,
                                                    const QDateTime &notAfter, QString *error) {
    OpenSsl::takeError();
    if (commonName.trimmed().isEmpty())
        return failed(error, QStringLiteral("the authority needs a name"));
    if (!notBefore.isValid() || !notAfter.isValid() || notAfter <= notBefore)
        return failed(error, QStringLiteral("the validity period is empty"));
    PKeyHandle key = newKey();
    if (!key)
        return failed(error, QStringLiteral("could not create a key"));
    X509Handle cert = newCertificate(key.get(), commonName, notBefore, notAfter);
    if (!cert || X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get())) != 1)
        return failed(error, QStringLiteral("could not create the certificate"));
    X509V3_CTX context;
    X509V3_set_ctx(&context, cert.get(), cert.get(), nullptr, nullptr, 0);
    // pathlen:0: the school CA signs servers, never another CA.
    if (!addExtension(cert.get(), &context, NID_basic_constraints, "critical,CA:TRUE,pathlen:0") ||
        !addExtension(cert.get(), &context, NID_key_usage, "critical,keyCertSign,cRLSign") ||
        !addExtension(cert.get(), &context, NID_subject_key_identifier, "hash"))
        return failed(error, QStringLiteral("could not add the certificate's extensions"));
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return failed(error, QStringLiteral("could not sign the certificate"));
    CertificatePair pair = toPems(cert.get(), key.get());
    if (pair.isNull())
        return failed(error, QStringLiteral("could not write the certificate"));
    return pair;
}

CertificatePair CertificateFactory::issueServer(const CertificatePair &authority,
                                                const QStringList &hosts,
                                                const QDateTime &notBefore,
                                                const QDateTime &notAfter, QString *error) {
    OpenSsl::takeError();
    if (hosts.isEmpty())
        return failed(error, QStringLiteral("the server certificate needs at least one host name"));
    if (!notBefore.isValid() || !notAfter.isValid() || notAfter <= notBefore)
        return failed(error, QStringLiteral("the validity period is empty"));
    X509Handle authorityCert = OpenSsl::readCertificate(authority.certificatePem);
    PKeyHandle authorityKey = OpenSsl::readPrivateKey(authority.privateKeyPem);
    if (!authorityCert || !authorityKey)
        return failed(error,
                      QStringLiteral("the authority's certificate or key is not readable PEM"));
    if (X509_check_private_key(authorityCert.get(), authorityKey.get()) != 1)
        return failed(error,
                      QStringLiteral("the authority's key does not belong to its certificate"));
    if (X509_check_ca(authorityCert.get()) <= 0)
        return failed(error, QStringLiteral("the authority's certificate is not a CA certificate"));
    QString hostError;
    GeneralNamesHandle names = alternativeNames(hosts, &hostError);
    if (!names)
        return failed(error, hostError.isEmpty() ? QStringLiteral("could not list the host names")
                                                 : hostError);

    PKeyHandle key = newKey();
    if (!key)
        return failed(error, QStringLiteral("could not create a key"));
    X509Handle cert = newCertificate(key.get(), hosts.constFirst(), notBefore, notAfter);
    if (!cert || X509_set_issuer_name(cert.get(), X509_get_subject_name(authorityCert.get())) != 1)
        return failed(error, QStringLiteral("could not create the certificate"));
    X509V3_CTX context;
    X509V3_set_ctx(&context, authorityCert.get(), cert.get(), nullptr, nullptr, 0);
    if (!addExtension(cert.get(), &context, NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(cert.get(), &context, NID_key_usage, "critical,digitalSignature") ||
        !addExtension(cert.get(), &context, NID_ext_key_usage, "serverAuth") ||
        !addExtension(cert.get(), &context, NID_subject_key_identifier, "hash") ||
        !addExtension(cert.get(), &context, NID_authority_key_identifier, "keyid:always") ||
        X509_add1_ext_i2d(cert.get(), NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) !=
            1)
        return failed(error, QStringLiteral("could not add the certificate's extensions"));
    if (X509_sign(cert.get(), authorityKey.get(), EVP_sha256()) == 0)
        return failed(error, QStringLiteral("could not sign the certificate"));
    CertificatePair pair = toPems(cert.get(), key.get());
    if (pair.isNull())
        return failed(error, QStringLiteral("could not write the certificate"));
    return pair;
}

bool CertificateFactory::isValidHost(const QString &host) {
    const QByteArray latin1 = host.toLatin1();
    return OctetStringHandle{a2i_IPADDRESS(latin1.constData())} != nullptr || isDnsName(host);
}
