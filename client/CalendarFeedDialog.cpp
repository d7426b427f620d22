// SPDX-License-Identifier: GPL-3.0-or-later

#include "CalendarFeedDialog.h"

#include "Connection.h"
#include "ErrorCodes.h"
#include "ReplyText.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

CalendarFeedDialog::CalendarFeedDialog(Connection *connection, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_urlField(new QLineEdit(this)),
      m_copyButton(new QPushButton(tr("Copy"), this)),
      m_resetButton(new QPushButton(tr("Reset link…"), this)), m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("calendarFeedDialog"));
    setWindowTitle(tr("Subscribe in my calendar"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 18);
    layout->setSpacing(12);

    auto *title = new QLabel(tr("Your bookings in your own calendar"), this);
    title->setObjectName(QStringLiteral("feedTitle"));
    layout->addWidget(title);
    auto *explanation = new QLabel(
        tr("Your calendar app can subscribe to this private link. It then shows your RoomClaim "
           "bookings and keeps them up to date as you book and cancel."),
        this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto *urlRow = new QHBoxLayout;
    m_urlField->setObjectName(QStringLiteral("feedUrl"));
    m_urlField->setReadOnly(true);
    m_urlField->setAccessibleName(tr("Calendar feed link"));
    m_urlField->setPlaceholderText(tr("Fetching your link…"));
    m_urlField->setMinimumWidth(440);
    urlRow->addWidget(m_urlField, 1);
    m_copyButton->setObjectName(QStringLiteral("copyFeedButton"));
    m_copyButton->setAccessibleName(tr("Copy the calendar feed link"));
    urlRow->addWidget(m_copyButton);
    layout->addLayout(urlRow);

    m_status->setObjectName(QStringLiteral("feedStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    auto *howTo = new QLabel(
        tr("<b>How to subscribe:</b> copy the link, then<ul>"
           "<li><b>Outlook:</b> Add calendar › Subscribe from web</li>"
           "<li><b>Google Calendar:</b> Other calendars › + › From URL</li>"
           "<li><b>Thunderbird:</b> New Calendar › On the Network</li></ul>"
           "and paste it. Keep the link to yourself: anyone who has it can see your bookings."),
        this);
    howTo->setObjectName(QStringLiteral("feedHowTo"));
    howTo->setTextFormat(Qt::RichText);
    howTo->setWordWrap(true);
    layout->addWidget(howTo);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_resetButton->setObjectName(QStringLiteral("resetFeedButton"));
    m_resetButton->setAccessibleDescription(
        tr("Makes a new link; the old one stops working at once."));
    buttons->addButton(m_resetButton, QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_copyButton, &QPushButton::clicked, this, &CalendarFeedDialog::copy);
    connect(m_resetButton, &QPushButton::clicked, this, &CalendarFeedDialog::askToReset);
    fetch(false);
}

QString CalendarFeedDialog::url() const {
    return m_urlField->text();
}

void CalendarFeedDialog::askToReset() {
    auto *prompt = new QMessageBox(
        QMessageBox::Warning, tr("Reset calendar link"),
        tr("Make a new link?\n\nThe old link stops working at once: every calendar subscribed to "
           "it stops showing your bookings until you subscribe again with the new link."),
        QMessageBox::NoButton, this);
    prompt->setObjectName(QStringLiteral("resetFeedPrompt"));
    QPushButton *yes = prompt->addButton(tr("Make a New Link"), QMessageBox::DestructiveRole);
    prompt->addButton(tr("Keep the Old Link"), QMessageBox::RejectRole);
    prompt->setDefaultButton(qobject_cast<QPushButton *>(prompt->buttons().last()));
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(prompt, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton *button) {
        if (button == yes)
            fetch(true);
    });
    m_resetPrompt = prompt;
    prompt->open();
}

void CalendarFeedDialog::fetch(bool reset) {
    setBusy(true);
    const quint64 generation = ++m_generation;
    QJsonObject params;
    if (reset)
        params.insert(QStringLiteral("reset"), true);
    m_connection->request(
        QStringLiteral("calendarFeed"), params,
        [this, generation, reset](const ServerReply &reply) {
            if (generation != m_generation)
                return;
            setBusy(false);
            if (!reply.ok) {
                // The server answers UNAVAILABLE both when its feed is turned off and when its
                // database is down; the teacher can only try later or ask IT either way.
                m_status->setText(
                    reply.code == ErrorCodes::Unavailable
                        ? tr("Your calendar link is not available: calendar links are turned off "
                             "on this server, or it is busy. Please try again later, or ask IT.")
                        : tr("Your calendar link is not available: %1").arg(ReplyText::of(reply)));
                m_status->show();
                return;
            }
            m_urlField->setText(reply.body.value(QStringLiteral("url")).toString());
            m_urlField->setCursorPosition(0);
            m_status->setText(reset ? tr("A new link is ready. The old one no longer works.")
                                    : QString());
            m_status->setVisible(reset);
            emit urlShown(url());
        });
}

void CalendarFeedDialog::copy() {
    if (url().isEmpty())
        return;
    QGuiApplication::clipboard()->setText(url());
    m_status->setText(tr("Copied. Paste the link into your calendar app."));
    m_status->show();
}

void CalendarFeedDialog::setBusy(bool busy) {
    m_copyButton->setEnabled(!busy);
    m_resetButton->setEnabled(!busy);
}
