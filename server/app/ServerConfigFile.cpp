// SPDX-License-Identifier: GPL-3.0-or-later

#include "ServerConfigFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <cstdio>
#include <grp.h>
#include <unistd.h>

namespace {
bool isComment(const QString &trimmed) {
    return trimmed.startsWith(QLatin1Char(';')) || trimmed.startsWith(QLatin1Char('#'));
}

bool isHeader(const QString &trimmed) {
    return trimmed.startsWith(QLatin1Char('[')) && trimmed.endsWith(QLatin1Char(']'));
}

// key=value (spaces around '=' allowed); false for comments, headers and other lines.
bool splitKeyValue(const QString &line, QString *key, QString *value) {
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty() || isComment(trimmed) || isHeader(trimmed))
        return false;
    const int equals = trimmed.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return false;
    *key = trimmed.left(equals).trimmed();
    *value = trimmed.mid(equals + 1).trimmed();
    // QSettings writes values with special characters in double quotes.
    if (value->size() >= 2 && value->startsWith(QLatin1Char('"')) &&
        value->endsWith(QLatin1Char('"')))
        *value = value->mid(1, value->size() - 2);
    return true;
}
} // namespace

bool ServerConfigFile::exists() const {
    return QFileInfo::exists(m_path);
}

bool ServerConfigFile::load(QString *error) {
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read config file '%1': %2").arg(m_path, file.errorString());
        return false;
    }
    QString text = QString::fromUtf8(file.readAll());
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    m_lines = text.split(QLatin1Char('\n'));
    return true;
}

void ServerConfigFile::create(const QString &header) {
    m_lines = header.split(QLatin1Char('\n'));
}

bool ServerConfigFile::sectionRange(const QString &section, int *begin, int *end) const {
    const QString header = QLatin1Char('[') + section + QLatin1Char(']');
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).trimmed().compare(header, Qt::CaseInsensitive) != 0)
            continue;
        *begin = i + 1;
        *end = i + 1;
        while (*end < m_lines.size() && !isHeader(m_lines.at(*end).trimmed()))
            ++*end;
        return true;
    }
    return false;
}

QString ServerConfigFile::value(const QString &section, const QString &key) const {
    int begin = 0, end = 0;
    if (!sectionRange(section, &begin, &end))
        return {};
    QString name, value;
    for (int i = begin; i < end; ++i)
        if (splitKeyValue(m_lines.at(i), &name, &value) && name == key)
            return value;
    return {};
}

void ServerConfigFile::setValue(const QString &section, const QString &key, const QString &value) {
    const QString line = key + QLatin1Char('=') + value;
    int begin = 0, end = 0;
    if (!sectionRange(section, &begin, &end)) {
        if (!m_lines.isEmpty() && !m_lines.last().trimmed().isEmpty())
            m_lines << QString();
        m_lines << QLatin1Char('[') + section + QLatin1Char(']') << line;
        return;
    }
    QString name, current;
    for (int i = begin; i < end; ++i) {
        if (splitKeyValue(m_lines.at(i), &name, &current) && name == key) {
            m_lines[i] = line;
            return;
        }
    }
    // After the section's last setting or comment, before the blank lines that end it.
    int at = end;
    while (at > begin && m_lines.at(at - 1).trimmed().isEmpty())
        --at;
    m_lines.insert(at, line);
}

bool ServerConfigFile::writable(QString *error) const {
    QFileInfo folder(QFileInfo(m_path).absolutePath());
    while (!folder.exists() && folder.absoluteFilePath() != QLatin1String("/"))
        folder = QFileInfo(folder.absolutePath());
    if (!folder.isDir()) {
        *error = QStringLiteral("cannot write '%1': '%2' is not a folder")
                     .arg(m_path, folder.absoluteFilePath());
        return false;
    }
    if (::access(QFile::encodeName(folder.absoluteFilePath()).constData(), W_OK | X_OK) != 0) {
        *error = QStringLiteral("cannot write '%1': no permission (run the set-up as root, or "
                                "give --config a file you may write)")
                     .arg(m_path);
        return false;
    }
    if (exists() && ::access(QFile::encodeName(m_path).constData(), R_OK | W_OK) != 0) {
        *error = QStringLiteral("cannot change '%1': no permission (run the set-up as root)")
                     .arg(m_path);
        return false;
    }
    return true;
}

bool ServerConfigFile::save(QString *error, QString *groupNote) const {
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("cannot create the folder '%1'").arg(info.absolutePath());
        return false;
    }
    // Written beside it and renamed over it: a reader sees the old file or the new one, never
    // half of one; and readable by the owner alone until the group and mode are right.
    const QString temporary = info.absoluteFilePath() + QStringLiteral(".setup-new");
    QFile::remove(temporary);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = QStringLiteral("cannot write '%1': %2").arg(temporary, file.errorString());
        return false;
    }
    *groupNote = QStringLiteral("no group %1 on this system").arg(QLatin1String(ServiceGroup));
    if (const group *serviceGroup = getgrnam(ServiceGroup)) {
        if (::fchown(file.handle(), uid_t(-1), serviceGroup->gr_gid) == 0)
            *groupNote = QStringLiteral("group %1").arg(QLatin1String(ServiceGroup));
        else
            *groupNote =
                QStringLiteral("could not give it to group %1").arg(QLatin1String(ServiceGroup));
    }
    const QByteArray data = text().toUtf8();
    const bool written = file.write(data) == data.size() && file.flush() &&
                         ::fsync(file.handle()) == 0 &&
                         file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ReadGroup);
    file.close();
    if (!written || ::rename(QFile::encodeName(temporary).constData(),
                             QFile::encodeName(info.absoluteFilePath()).constData()) != 0) {
        *error = QStringLiteral("cannot write '%1'").arg(m_path);
        QFile::remove(temporary);
        return false;
    }
    return true;
}

QString ServerConfigFile::redacted(const QString &text) {
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        QString key, value;
        if (!splitKeyValue(line, &key, &value) || key != QLatin1String("url"))
            continue;
        QUrl url(value);
        if (url.password().isEmpty())
            continue;
        url.setPassword(QStringLiteral("REDACTED"));
        line = key + QLatin1Char('=') + url.toString();
    }
    return lines.join(QLatin1Char('\n'));
}
