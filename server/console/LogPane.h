// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "LogBuffer.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedLayout;

// The live log: every line the server logs (all roomclaim.* categories and Qt's own), newest at
// the bottom, filtered by minimum level and by text.
class LogPane : public QWidget {
    Q_OBJECT
public:
    explicit LogPane(QWidget *parent = nullptr);

    // Lines shown right now, as plain text (for tests and copy).
    QString visibleText() const;
    // 0 debug, 1 info, 2 warning, 3 error: the least severe level shown.
    void setMinimumSeverity(int severity);

private:
    bool accepts(const LogBuffer::Entry &entry) const;
    void appendEntry(const LogBuffer::Entry &entry);
    void rebuild();

    QComboBox *m_level;
    QLineEdit *m_filter;
    QCheckBox *m_follow;
    QPlainTextEdit *m_view;
    QLabel *m_empty;
    QStackedLayout *m_stack;
    qint64 m_lastSequence = 0;
};
