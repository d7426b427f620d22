// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

// roomclaim-server --init-tls DIR --host NAMES: for schools without certificates of their own, a
// school CA (which the staff-room PCs are told to trust) and a server certificate signed by it.
// Never overwrites a file: with a school CA already in DIR, only a new server certificate is
// made, signed by that CA, so the PCs need nothing new when it is renewed.
class TlsSetup {
public:
    static constexpr const char *AuthorityCertificateName = "school-ca.crt";
    static constexpr const char *AuthorityKeyName = "school-ca.key";
    static constexpr const char *ServerCertificateName = "server.crt";
    static constexpr const char *ServerKeyName = "server.key";
    static constexpr int AuthorityYears = 10;
    // The longest validity browsers and operating systems accept for a server certificate.
    static constexpr int ServerDays = 825;

    // WithinSetup leaves out the advice for the server itself, which --setup carries out.
    enum class Advice { Standalone, WithinSetup };

    // Writes the files, prints on stdout what to deploy where, and returns 0; on failure one
    // line on stderr, nothing left behind, and 1.
    static int run(const QString &directory, const QStringList &hosts,
                   Advice advice = Advice::Standalone);
};
