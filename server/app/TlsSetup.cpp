// SPDX-License-Identifier: GPL-3.0-or-later

#include "TlsSetup.h"

#include "CertificateFactory.h"
#include "TlsCredentials.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <optional>
#include <unistd.h>

namespace {

int fail(const QString &message) {
    std::fprintf(stderr, "roomclaim-server: %s\n", qPrintable(message));
    return 1;
}

QString day(const QDateTime &time) {
    return time.toUTC().date().toString(Qt::ISODate);
}

// Creates `path` (never replacing a file, whatever appeared since it was checked) with
// `permissions` from the start, so a key is never readable by others, not even briefly.
bool writeNewFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions,
                  QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions)) {
        *error = QStringLiteral("cannot create '%1': %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(data) != data.size() || !file.flush()) {
        *error = QStringLiteral("cannot write '%1': %2").arg(path, file.errorString());
        file.close();
        QFile::remove(path);
        return false;
    }
    return true;
}

// Files made by root are root's alone; the packaged service runs as roomclaim.
QString ownershipHint(const QString &directory, const QString &certPath, const QString &keyPath) {
    if (::geteuid() != 0)
        return QString();
    return QStringLiteral("As made by root, they are root's; for the packaged service run:\n"
                          "  chown roomclaim: %1 %2 %3\n")
        .arg(directory, certPath, keyPath);
}

} // namespace

int TlsSetup::run(const QString &directory, const QStringList &hosts, Advice advice) {
    const QDir dir(directory);
    const QString caCertPath = dir.filePath(QLatin1String(AuthorityCertificateName));
    const QString caKeyPath = dir.filePath(QLatin1String(AuthorityKeyName));
    const QString certPath = dir.filePath(QLatin1String(ServerCertificateName));
    const QString keyPath = dir.filePath(QLatin1String(ServerKeyName));

    const QFileInfo dirInfo(directory);
    if (dirInfo.exists() && !dirInfo.isDir())
        return fail(QStringLiteral("'%1' is not a folder").arg(directory));
    for (const QString &path : {certPath, keyPath})
        if (QFileInfo::exists(path))
            return fail(QStringLiteral("'%1' already exists; nothing was written (move server.crt "
                                       "and server.key away to make a new server certificate)")
                            .arg(path));
    const bool haveCaCert = QFileInfo::exists(caCertPath);
    const bool haveCaKey = QFileInfo::exists(caKeyPath);
    if (haveCaCert != haveCaKey)
        return fail(
            QStringLiteral("'%1' exists without '%2'; nothing was written")
                .arg(haveCaCert ? caCertPath : caKeyPath, haveCaCert ? caKeyPath : caCertPath));

    // An hour back: a PC whose clock is a little behind still accepts the certificates at once.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime notBefore = now.addSecs(-3600);
    QString error;
    CertificatePair authority;
    QDateTime authorityExpiry;
    if (haveCaCert) {
        const std::optional<TlsCredentials> existing =
            TlsCredentials::load(caCertPath, caKeyPath, &error);
        if (!existing)
            return fail(error);
        authorityExpiry = existing->certificate().expiryDate();
        if (authorityExpiry <= now.addDays(1))
            return fail(QStringLiteral("the school CA in '%1' expired on %2; move school-ca.crt "
                                       "and school-ca.key away to make a new one (and give the "
                                       "new school-ca.crt to every PC)")
                            .arg(caCertPath, day(authorityExpiry)));
        authority = {existing->certificate().toPem(), existing->privateKey().toPem()};
    } else {
        authorityExpiry = now.addYears(AuthorityYears);
        authority = CertificateFactory::createAuthority(
            QStringLiteral("RoomClaim school CA (%1, %2)").arg(hosts.constFirst(), day(now)),
            notBefore, authorityExpiry, &error);
        if (authority.isNull())
            return fail(QStringLiteral("cannot create the school CA: %1").arg(error));
    }
    // A server certificate outliving its CA would fail on that day anyway.
    const QDateTime serverExpiry = std::min(now.addDays(ServerDays), authorityExpiry);
    const CertificatePair server =
        CertificateFactory::issueServer(authority, hosts, notBefore, serverExpiry, &error);
    if (server.isNull())
        return fail(QStringLiteral("cannot create the server certificate: %1").arg(error));

    if (!dirInfo.exists()) {
        if (!QDir().mkpath(directory))
            return fail(QStringLiteral("cannot create the folder '%1'").arg(directory));
        QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner);
    }
    const QFileDevice::Permissions publicFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const QFileDevice::Permissions secretFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    struct Output {
        QString path;
        QByteArray data;
        QFileDevice::Permissions permissions;
    };
    QList<Output> outputs;
    if (!haveCaCert)
        outputs << Output{caKeyPath, authority.privateKeyPem, secretFile}
                << Output{caCertPath, authority.certificatePem, publicFile};
    outputs << Output{keyPath, server.privateKeyPem, secretFile}
            << Output{certPath, server.certificatePem, publicFile};
    QStringList written;
    for (const Output &output : std::as_const(outputs)) {
        if (!writeNewFile(output.path, output.data, output.permissions, &error)) {
            // All or nothing: no half set for the next run to trip over.
            for (const QString &path : std::as_const(written))
                QFile::remove(path);
            return fail(error + QStringLiteral("; nothing was written"));
        }
        written << output.path;
    }

    const QString hostList = hosts.join(QStringLiteral(", "));
    QString report;
    if (haveCaCert)
        report += QStringLiteral("Signed a new server certificate with the existing school CA "
                                 "%1 (valid until %2); PCs that trust it need nothing new.\n")
                      .arg(caCertPath, day(authorityExpiry));
    else
        report += QStringLiteral("Wrote a new school CA: %1 (valid until %2) and its key %3.\n"
                                 "Keep %3 secret, best on a USB stick in a safe: whoever has it "
                                 "can make certificates every staff-room PC trusts. It is needed "
                                 "again only to renew the server certificate.\n")
                      .arg(caCertPath, day(authorityExpiry), caKeyPath);
    // Within --setup the config's [tls] and the key's group are already taken care of.
    const QString serverAdvice =
        advice == Advice::WithinSetup
            ? QString()
            : QStringLiteral("\n"
                             "On the server: start roomclaim-server with\n"
                             "  --tls-cert %1 --tls-key %2\n"
                             "or put into its config file (/etc/roomclaim/server.conf):\n"
                             "  [tls]\n"
                             "  cert=%1\n"
                             "  key=%2\n"
                             "%2 must be readable by the user the service runs as (roomclaim), "
                             "and by no one else.\n"
                             "%3")
                  .arg(certPath, keyPath, ownershipHint(directory, certPath, keyPath));
    report += QStringLiteral(
                  "Wrote the server certificate %1 for %2 (valid until %3) and its key %4.\n"
                  "\n"
                  "On every staff-room PC: copy %5 to /etc/roomclaim/school-ca.crt and put into "
                  "/etc/xdg/RoomClaim/roomclaim.conf:\n"
                  "  [tls]\n"
                  "  ca=/etc/roomclaim/school-ca.crt\n"
                  "(or start the client with --ca /etc/roomclaim/school-ca.crt). Teachers then "
                  "connect to wss://%6:7400 (with the default port).\n"
                  "%7"
                  "To renew before %3: move server.crt and server.key away and run --init-tls "
                  "again with the same folder.\n")
                  .arg(certPath, hostList, day(serverExpiry), keyPath, caCertPath,
                       hosts.constFirst(), serverAdvice);
    std::fprintf(stdout, "%s", qPrintable(report));
    return 0;
}
