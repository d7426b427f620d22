// SPDX-License-Identifier: GPL-3.0-or-later

#include "LoginDialog.h"

#include "ClientSettings.h"
#include "Connection.h"
#include "ReplyText.h"
#include "SecurityLabel.h"
#include "TlsFailure.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

LoginDialog::LoginDialog(Connection *connection, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_server(new QLineEdit(this)),
      m_username(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_security(new SecurityLabel(this)), m_error(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_logInButton(new QPushButton(tr("Log In"), this)) {
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("RoomClaim — Log in"));
    setMinimumWidth(400);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 18);
    layout->setSpacing(12);
    auto *title = new QLabel(tr("RoomClaim"), this);
    title->setObjectName(QStringLiteral("loginTitle"));
    layout->addWidget(title);
    auto *subtitle =
        new QLabel(tr("Log in with your school account to find and claim a room."), this);
    subtitle->setWordWrap(true);
    layout->addWidget(subtitle);

    const QSettings settings;
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    m_server->setObjectName(QStringLiteral("serverEdit"));
    // The teacher's last server wins over the one IT configured for every PC.
    QString server = settings.value(QStringLiteral("login/server")).toString();
    if (server.isEmpty())
        server = ClientSettings::server();
    m_server->setText(server.isEmpty() ? QStringLiteral("localhost:7400") : server);
    m_server->setPlaceholderText(tr("roomclaim.school.local:7400"));
    m_server->setAccessibleName(tr("Server"));
    m_server->setAccessibleDescription(tr("The RoomClaim server's address, from your school's IT"));
    form->addRow(tr("&Server"), m_server);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setText(settings.value(QStringLiteral("login/username")).toString());
    m_username->setAccessibleName(tr("Username"));
    form->addRow(tr("&Username"), m_username);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("&Password"), m_password);
    layout->addLayout(form);
    m_security->showPlanned(serverUrl(m_server->text()));
    connect(m_server, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_security->showPlanned(serverUrl(text)); });
    layout->addWidget(m_security);

    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->hide();
    layout->addWidget(m_progress);

    auto *buttons = new QDialogButtonBox(this);
    m_logInButton->setObjectName(QStringLiteral("logInButton"));
    m_logInButton->setDefault(true);
    buttons->addButton(m_logInButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(m_logInButton, &QPushButton::clicked, this, &LoginDialog::logIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    (m_username->text().isEmpty() ? m_username : m_password)->setFocus();
}

QUrl LoginDialog::serverUrl(const QString &text) {
    QString address = text.trimmed();
    if (!address.contains(QStringLiteral("://")))
        address = QStringLiteral("wss://") + address;
    QUrl url(address);
    if (url.port() < 0)
        url.setPort(7400);
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    return url;
}

void LoginDialog::setServer(const QString &server) {
    m_server->setText(server);
}

void LoginDialog::setCaFile(const QString &caFile) {
    m_caFile = caFile;
}

QString LoginDialog::server() const {
    return m_server->text();
}

QString LoginDialog::securityText() const {
    // Still readable once the dialog closed after a successful login.
    return m_security->isHidden() ? QString() : m_security->text();
}

void LoginDialog::setUsername(const QString &username) {
    m_username->setText(username);
}

void LoginDialog::setPassword(const QString &password) {
    m_password->setText(password);
}

QString LoginDialog::errorText() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

void LoginDialog::showReason(const QString &reason) {
    m_error->setText(reason);
    m_error->show();
    m_password->setFocus();
}

void LoginDialog::logIn() {
    const QUrl url = serverUrl(m_server->text());
    if (m_server->text().trimmed().isEmpty() || !url.isValid() || url.host().isEmpty()) {
        showError(tr("Please enter the server address, e.g. roomclaim.school.local:7400."));
        return;
    }
    const bool secure = url.scheme() == QLatin1String("wss");
    if (!secure && url.scheme() != QLatin1String("ws")) {
        showError(tr("The server address must start with wss:// (or leave the scheme out), "
                     "e.g. wss://roomclaim.school.local:7400."));
        return;
    }
    if (m_username->text().trimmed().isEmpty()) {
        showError(tr("Please enter your username."));
        return;
    }
    if (secure) {
        const TlsTrust trust = loadTrust();
        if (!trust.isValid()) {
            showError(trust.error());
            return;
        }
        m_connection->setTrust(trust);
    }
    m_error->hide();
    m_security->showPlanned(url);
    setBusy(true);
    m_connection->logIn(
        url, m_username->text().trimmed(), m_password->text(),
        [this, url](const ServerReply &reply) {
            setBusy(false);
            const Connection::LinkSecurity &link = m_connection->linkSecurity();
            if (TlsFailure::isTlsCode(reply.code))
                m_security->showRefused();
            else if (link.reached)
                m_security->showLink(link);
            else
                m_security->showPlanned(url);
            if (reply.ok) {
                QSettings settings;
                settings.setValue(QStringLiteral("login/server"), m_server->text().trimmed());
                settings.setValue(QStringLiteral("login/username"), m_username->text().trimmed());
                accept();
                return;
            }
            m_error->setText(ReplyText::of(reply));
            m_error->show();
            m_password->selectAll();
            m_password->setFocus();
        });
}

TlsTrust LoginDialog::loadTrust() const {
    if (!m_caFile.isEmpty())
        return TlsTrust::load(m_caFile, tr("the --ca option"));
    // After a sign-out, log in again trusting what the first login trusted.
    if (!m_connection->trust().caFile().isEmpty())
        return TlsTrust::load(m_connection->trust().caFile(), m_connection->trust().origin());
#ifdef Q_OS_WIN
    // QSettings' native format on Windows is the registry (the MSI writes HKEY_LOCAL_MACHINE),
    // so point IT there rather than at a file that does not exist on that PC.
    const QString origin = tr("the setting %1 in the registry (Software\\RoomClaim\\roomclaim)")
                               .arg(ClientSettings::CaKey);
#else
    const QString origin = tr("the setting %1 in roomclaim.conf").arg(ClientSettings::CaKey);
#endif
    return TlsTrust::load(ClientSettings::schoolCaFile(), origin);
}

void LoginDialog::showError(const QString &text) {
    m_error->setText(text);
    m_error->show();
}

void LoginDialog::setBusy(bool busy) {
    m_progress->setVisible(busy);
    m_logInButton->setEnabled(!busy);
    m_server->setEnabled(!busy);
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
}
