// SPDX-License-Identifier: GPL-3.0-or-later

#include "LogPane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedLayout>
#include <QTextBlock>
#include <QTextCharFormat>

namespace {
QColor levelColour(QtMsgType level) {
    switch (level) {
    case QtDebugMsg:
        return QColor(0x6b, 0x72, 0x80);
    case QtWarningMsg:
        return QColor(0xb4, 0x53, 0x09);
    case QtCriticalMsg:
    case QtFatalMsg:
        return QColor(0xb9, 0x1c, 0x1c);
    case QtInfoMsg:
        break;
    }
    return QColor(0x1f, 0x29, 0x37);
}
} // namespace

LogPane::LogPane(QWidget *parent)
    : QWidget(parent), m_level(new QComboBox(this)), m_filter(new QLineEdit(this)),
      m_follow(new QCheckBox(tr("Follow new lines"), this)), m_view(new QPlainTextEdit(this)),
      m_empty(new QLabel(this)) {
    m_level->setObjectName(QStringLiteral("logLevelCombo"));
    m_level->addItem(tr("Debug and above"), 0);
    m_level->addItem(tr("Info and above"), 1);
    m_level->addItem(tr("Warnings and errors"), 2);
    m_level->addItem(tr("Errors only"), 3);
    m_level->setCurrentIndex(1);
    m_level->setAccessibleName(tr("Minimum log level"));
    m_filter->setObjectName(QStringLiteral("logFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter lines (e.g. a teacher or a room)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter log lines"));
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest line in view as lines arrive"));

    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setMaximumBlockCount(LogBuffer::Capacity);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setAccessibleName(tr("Server log"));
    m_empty->setObjectName(QStringLiteral("logEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid); padding: 16px;"));

    auto *clear = new QPushButton(tr("Clear view"), this);
    clear->setToolTip(tr("Empties this view; the server keeps logging"));

    auto *levelLabel = new QLabel(tr("&Show:"), this);
    levelLabel->setBuddy(m_level);
    auto *controls = new QHBoxLayout;
    controls->addWidget(levelLabel);
    controls->addWidget(m_level);
    controls->addWidget(m_filter, 1);
    controls->addWidget(m_follow);
    controls->addWidget(clear);

    m_stack = new QStackedLayout;
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addLayout(m_stack, 1);

    connect(m_level, &QComboBox::currentIndexChanged, this, &LogPane::rebuild);
    connect(m_filter, &QLineEdit::textChanged, this, &LogPane::rebuild);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_view->clear();
        m_empty->setText(tr("View cleared. New lines appear here as the server logs them."));
        m_stack->setCurrentWidget(m_empty);
    });
    connect(LogBuffer::instance(), &LogBuffer::entryAdded, this, &LogPane::appendEntry);
    rebuild();
}

bool LogPane::accepts(const LogBuffer::Entry &entry) const {
    if (LogBuffer::severity(entry.level) < m_level->currentData().toInt())
        return false;
    const QString needle = m_filter->text().trimmed();
    return needle.isEmpty() || entry.message.contains(needle, Qt::CaseInsensitive) ||
           entry.category.contains(needle, Qt::CaseInsensitive);
}

void LogPane::appendEntry(const LogBuffer::Entry &entry) {
    // Lines already shown by rebuild() still arrive once more through the queued signal.
    if (entry.sequence <= m_lastSequence)
        return;
    m_lastSequence = entry.sequence;
    if (!accepts(entry))
        return;
    QScrollBar *bar = m_view->verticalScrollBar();
    const int scrollPosition = bar->value();
    QTextCharFormat format;
    format.setForeground(levelColour(entry.level));
    if (LogBuffer::severity(entry.level) >= 2)
        format.setFontWeight(QFont::DemiBold);
    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_view->document()->isEmpty())
        cursor.insertBlock();
    cursor.insertText(QStringLiteral("%1  %2  %3  %4")
                          .arg(entry.time.toString(QStringLiteral("HH:mm:ss")),
                               LogBuffer::levelName(entry.level).leftJustified(7),
                               entry.category.leftJustified(20), entry.message),
                      format);
    // Reading older lines while the server is busy must not yank the view to the bottom.
    if (m_follow->isChecked())
        bar->setValue(bar->maximum());
    else
        bar->setValue(scrollPosition);
    m_stack->setCurrentWidget(m_view);
}

void LogPane::rebuild() {
    m_view->clear();
    m_lastSequence = 0;
    const QList<LogBuffer::Entry> entries = LogBuffer::instance()->entries();
    for (const LogBuffer::Entry &entry : entries)
        appendEntry(entry);
    if (m_view->document()->isEmpty()) {
        m_empty->setText(entries.isEmpty()
                             ? tr("No log lines yet. Connections, logins, bookings and problems "
                                  "appear here as they happen.")
                             : tr("No lines match this level and filter."));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_view);
    }
}

QString LogPane::visibleText() const {
    return m_view->toPlainText();
}

void LogPane::setMinimumSeverity(int severity) {
    const int index = m_level->findData(severity);
    if (index >= 0)
        m_level->setCurrentIndex(index);
}
