#include "CancelBookingDialog.h"

#include "AdminErrors.h"
#include "AdminService.h"
#include "ConsoleText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

CancelBookingDialog::CancelBookingDialog(const Booking &booking, QWidget *parent)
    : QDialog(parent), m_booking(booking), m_reason(new QLineEdit(this)), m_error(new QLabel(this)),
      m_confirm(nullptr) {
    setObjectName(QStringLiteral("cancelBookingDialog"));
    setWindowTitle(tr("Cancel booking"));
    setMinimumWidth(460);

    auto *intro = new QLabel(tr("<b>Cancel this booking?</b>"), this);
    auto *details = new QFormLayout;
    details->addRow(tr("Room:"), new QLabel(booking.roomName.toHtmlEscaped(), this));
    details->addRow(tr("When:"), new QLabel(ConsoleText::interval(booking.interval), this));
    details->addRow(tr("Teacher:"), new QLabel(booking.teacherName.toHtmlEscaped(), this));
    if (!booking.purpose.isEmpty())
        details->addRow(tr("Purpose:"), new QLabel(booking.purpose.toHtmlEscaped(), this));

    m_reason->setObjectName(QStringLiteral("cancelReasonEdit"));
    m_reason->setPlaceholderText(tr("e.g. Room needed for exams"));
    m_reason->setMaxLength(200);
    m_reason->setAccessibleName(tr("Reason for the cancellation"));
    auto *reasonLabel = new QLabel(tr("&Reason (the teacher sees this):"), this);
    reasonLabel->setBuddy(m_reason);

    m_error->setObjectName(QStringLiteral("cancelErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("Cancel booking"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmCancelButton"));
    m_confirm->setEnabled(false);
    QPushButton *keep = buttons->addButton(tr("Keep booking"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepBookingButton"));
    // Enter in the reason field is handled below; no button may catch it as the default.
    m_confirm->setAutoDefault(false);
    keep->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(details);
    layout->addSpacing(6);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_confirm->setEnabled(!text.trimmed().isEmpty());
        m_error->hide();
    });
    // Enter in the reason field cancels the booking only once a reason is there.
    connect(m_reason, &QLineEdit::returnPressed, this, [this] {
        if (m_confirm->isEnabled())
            cancelBooking();
    });
    connect(m_confirm, &QPushButton::clicked, this, &CancelBookingDialog::cancelBooking);
    connect(keep, &QPushButton::clicked, this, &QDialog::reject);
    m_reason->setFocus();
}

void CancelBookingDialog::setReason(const QString &reason) {
    m_reason->setText(reason);
}

QString CancelBookingDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void CancelBookingDialog::cancelBooking() {
    try {
        const Booking canceled = AdminService::cancelBooking(m_booking.id, m_reason->text());
        emit bookingCanceled(canceled);
        accept();
    } catch (...) {
        m_error->setText(AdminErrors::describeCurrent());
        m_error->show();
    }
}
