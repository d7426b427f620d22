#include "ClaimDialog.h"

#include "DisplayText.h"
#include "ProtocolLimits.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

ClaimDialog::ClaimDialog(const Room &room, const Interval &interval, const QString &timeDescription,
                         QWidget *parent)
    : QDialog(parent), m_room(room), m_interval(interval), m_roomLabel(new QLabel(this)),
      m_roomDetails(new QLabel(this)), m_purpose(new QLineEdit(this)), m_error(new QLabel(this)),
      m_alternativeButton(new QPushButton(this)), m_progress(new QProgressBar(this)),
      m_confirmButton(new QPushButton(tr("Confirm Booking"), this)),
      m_cancelButton(new QPushButton(tr("Cancel"), this)) {
    setObjectName(QStringLiteral("claimDialog"));
    setWindowTitle(tr("Claim room"));
    setModal(true);
    setMinimumWidth(420);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(10);
    auto *heading = new QLabel(tr("Check the details and confirm your booking."), this);
    heading->setObjectName(QStringLiteral("dialogHeading"));
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    m_roomLabel->setObjectName(QStringLiteral("claimRoom"));
    form->addRow(tr("Room"), m_roomLabel);
    m_roomDetails->setObjectName(QStringLiteral("claimRoomDetails"));
    form->addRow(QString(), m_roomDetails);
    const QLocale locale;
    auto *date = new QLabel(
        locale.toString(interval.start().toLocalTime().date(), QLocale::LongFormat), this);
    date->setObjectName(QStringLiteral("claimDate"));
    form->addRow(tr("Date"), date);
    auto *time = new QLabel(timeDescription, this);
    time->setObjectName(QStringLiteral("claimTime"));
    form->addRow(tr("Time"), time);
    m_purpose->setObjectName(QStringLiteral("purposeEdit"));
    m_purpose->setPlaceholderText(tr("Class or purpose, e.g. 7B Maths"));
    m_purpose->setMaxLength(ProtocolLimits::MaxPurposeLength);
    m_purpose->setAccessibleName(tr("Class or purpose"));
    form->addRow(tr("&Class"), m_purpose);
    layout->addLayout(form);

    m_error->setObjectName(QStringLiteral("claimError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    m_alternativeButton->setObjectName(QStringLiteral("alternativeButton"));
    m_alternativeButton->hide();
    layout->addWidget(m_alternativeButton, 0, Qt::AlignLeft);
    connect(m_alternativeButton, &QPushButton::clicked, this, &ClaimDialog::takeAlternative);

    m_progress->setObjectName(QStringLiteral("claimProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);

    auto *buttons = new QDialogButtonBox(this);
    m_confirmButton->setObjectName(QStringLiteral("confirmButton"));
    m_confirmButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    buttons->addButton(m_confirmButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(m_confirmButton, &QPushButton::clicked, this, &ClaimDialog::confirm);
    connect(m_cancelButton, &QPushButton::clicked, this, &ClaimDialog::reject);
    showRoom();
    m_purpose->setFocus();
}

QString ClaimDialog::purpose() const {
    return m_purpose->text().trimmed();
}

void ClaimDialog::setPurpose(const QString &purpose) {
    m_purpose->setText(purpose);
}

QString ClaimDialog::errorText() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

void ClaimDialog::confirm() {
    if (m_busy)
        return;
    m_error->hide();
    m_alternativeButton->hide();
    setBusy(true);
    emit confirmRequested(m_room, m_interval, purpose());
}

void ClaimDialog::succeed() {
    setBusy(false);
    accept();
}

void ClaimDialog::showFailure(const QString &message, const std::optional<Room> &alternative) {
    setBusy(false);
    m_error->setText(message);
    m_error->show();
    m_alternative = alternative;
    if (alternative) {
        m_alternativeButton->setText(
            tr("Book %1 instead (%2)")
                .arg(alternative->name, DisplayText::seats(alternative->capacity)));
        m_alternativeButton->show();
    } else {
        m_alternativeButton->hide();
    }
    adjustSize();
}

void ClaimDialog::setBusy(bool busy) {
    m_busy = busy;
    m_progress->setVisible(busy);
    m_confirmButton->setEnabled(!busy);
    m_confirmButton->setText(busy ? tr("Booking…") : tr("Confirm Booking"));
    m_purpose->setEnabled(!busy);
    m_alternativeButton->setEnabled(!busy);
}

void ClaimDialog::showRoom() {
    m_roomLabel->setText(QStringLiteral("<b>%1</b>").arg(m_room.name.toHtmlEscaped()));
    QString details = tr("%1 building · %2")
                          .arg(m_room.building.isEmpty() ? tr("Main") : m_room.building,
                               DisplayText::seats(m_room.capacity));
    if (!m_room.features.isEmpty())
        details += QStringLiteral(" · ") + m_room.features.join(QStringLiteral(", "));
    m_roomDetails->setText(details);
}

void ClaimDialog::takeAlternative() {
    if (!m_alternative)
        return;
    m_room = *m_alternative;
    m_alternative.reset();
    m_error->hide();
    m_alternativeButton->hide();
    showRoom();
    adjustSize();
}
