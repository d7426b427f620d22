// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

// The server's INI file as text, for the set-up: values are read and replaced line by line, so
// every comment and every other setting the administrator wrote stays where it was (QSettings
// would rewrite the whole file without them). Written atomically, mode 0640, group roomclaim
// when that group exists: it holds the database password.
class ServerConfigFile {
public:
    static constexpr const char *ServiceGroup = "roomclaim";

    explicit ServerConfigFile(QString path) : m_path(std::move(path)) {}

    const QString &path() const { return m_path; }
    bool exists() const;
    // Reads the file; false with *error set when it exists but cannot be read.
    bool load(QString *error);
    // Starts a new file's text (for a file that does not exist yet).
    void create(const QString &header);

    // The active (uncommented) value of key in [section]; empty when there is none.
    QString value(const QString &section, const QString &key) const;
    // Replaces the active line of key in [section], or adds it after the section's header (or a
    // new section at the end).
    void setValue(const QString &section, const QString &key, const QString &value);

    // False with *error set; nothing is left behind on failure. *groupNote says which group
    // the file was given (or why none).
    bool save(QString *error, QString *groupNote) const;
    // True when the folder can take the file (it exists and is writable, or can be created).
    bool writable(QString *error) const;

    // The text with the database URL's password replaced by "REDACTED", for backups.
    static QString redacted(const QString &text);
    QString text() const { return m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n'); }

private:
    // Index of the first line after [section]'s header and of the line after its last line.
    bool sectionRange(const QString &section, int *begin, int *end) const;

    QString m_path;
    QStringList m_lines;
};
