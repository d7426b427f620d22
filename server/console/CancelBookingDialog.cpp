// SPDX-License-Identifier: GPL-3.0-or-later

#include "CancelBookingDialog.h"

#include "AdminErrors.h"
#include "AdminService.h"
#include "ConsoleText.h"
#include "PageJobs.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

CancelBookingDialog::CancelBookingDialog(const Booking &booking, QThreadPool *workers,
                                         QWidget *parent)
    : QDialog(parent), m_booking(booking), m_jobs(new PageJobs(workers, this)),
      m_reason(new QLineEdit(this)), m_error(new QLabel(this)), m_confirm(nullptr) {
    setObjectName(QStringLiteral("cancelBookingDialog"));
    setWindowTitle(tr("Cancel booking"));
    setMinimumWidth(460);
    const bool inSeries = booking.seriesId != 0;

    auto *intro = new QLabel(inSeries ? tr("<b>Cancel this repeating booking?</b>")
                                      : tr("<b>Cancel this booking?</b>"),
                             this);
    auto *details = new QFormLayout;
    details->addRow(tr("Room:"), new QLabel(booking.roomName.toHtmlEscaped(), this));
    details->addRow(tr("When:"), new QLabel(ConsoleText::interval(booking.interval), this));
    details->addRow(tr("Teacher:"), new QLabel(booking.teacherName.toHtmlEscaped(), this));
    if (!booking.purpose.isEmpty())
        details->addRow(tr("Purpose:"), new QLabel(booking.purpose.toHtmlEscaped(), this));

    QGroupBox *scopeBox = nullptr;
    if (inSeries) {
        scopeBox = new QGroupBox(tr("Cancel"), this);
        scopeBox->setObjectName(QStringLiteral("cancelScopeBox"));
        const QString date = ConsoleText::date(booking.interval.start().toLocalTime().date());
        m_thisDate = new QRadioButton(tr("&Only this date (%1)").arg(date), scopeBox);
        m_thisDate->setObjectName(QStringLiteral("cancelThisDateRadio"));
        m_thisAndLater =
            new QRadioButton(tr("This date and &all later dates of the series"), scopeBox);
        m_thisAndLater->setObjectName(QStringLiteral("cancelThisAndLaterRadio"));
        m_wholeSeries =
            new QRadioButton(tr("The &whole series (every date still to come)"), scopeBox);
        m_wholeSeries->setObjectName(QStringLiteral("cancelWholeSeriesRadio"));
        m_thisDate->setChecked(true);
        auto *group = new QButtonGroup(scopeBox);
        auto *scopeLayout = new QVBoxLayout(scopeBox);
        for (QRadioButton *button : {m_thisDate, m_thisAndLater, m_wholeSeries}) {
            group->addButton(button);
            scopeLayout->addWidget(button);
            connect(button, &QRadioButton::toggled, this, &CancelBookingDialog::updateConfirmText);
        }
    }

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
    if (scopeBox)
        layout->addWidget(scopeBox);
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
    updateConfirmText();
    m_reason->setFocus();
}

void CancelBookingDialog::setReason(const QString &reason) {
    m_reason->setText(reason);
}

void CancelBookingDialog::setScope(Scope scope) {
    if (!m_thisDate)
        return;
    (scope == Scope::ThisDate       ? m_thisDate
     : scope == Scope::ThisAndLater ? m_thisAndLater
                                    : m_wholeSeries)
        ->setChecked(true);
}

CancelBookingDialog::Scope CancelBookingDialog::scope() const {
    if (m_thisAndLater && m_thisAndLater->isChecked())
        return Scope::ThisAndLater;
    if (m_wholeSeries && m_wholeSeries->isChecked())
        return Scope::WholeSeries;
    return Scope::ThisDate;
}

QString CancelBookingDialog::errorText() const {
    return m_error->isHidden() || m_jobs->isBusy() ? QString() : m_error->text();
}

void CancelBookingDialog::updateConfirmText() {
    m_confirm->setText(scope() == Scope::ThisDate ? tr("Cancel booking") : tr("Cancel dates"));
}

void CancelBookingDialog::cancelBooking() {
    if (m_jobs->isBusy())
        return;
    const QString reason = m_reason->text();
    const Scope chosen = scope();
    const Booking booking = m_booking;
    setWorking(true);
    m_jobs->run(
        [booking, reason, chosen] {
            switch (chosen) {
            case Scope::ThisDate:
                break;
            case Scope::ThisAndLater:
                return AdminService::cancelSeries(booking.seriesId, booking.interval.start(),
                                                  reason);
            case Scope::WholeSeries:
                // Every date still to come, this one included even when it has begun.
                return AdminService::cancelSeries(
                    booking.seriesId, qMin(QDateTime::currentDateTime(), booking.interval.start()),
                    reason);
            }
            return QList<Booking>{AdminService::cancelBooking(booking.id, reason)};
        },
        [this, chosen](const Background::Result<QList<Booking>> &result) {
            try {
                const QList<Booking> &canceled = result.value();
                if (chosen == Scope::ThisDate)
                    emit bookingCanceled(canceled.first());
                emit bookingsCanceled(canceled);
                accept();
            } catch (...) {
                setWorking(false);
                m_error->setText(AdminErrors::describeCurrent());
                m_error->show();
            }
        });
}

void CancelBookingDialog::setWorking(bool working) {
    // One cancellation at a time; the reason and scope stay as sent until the answer is here.
    m_confirm->setEnabled(!working && !m_reason->text().trimmed().isEmpty());
    m_reason->setReadOnly(working);
    for (QRadioButton *button : {m_thisDate, m_thisAndLater, m_wholeSeries})
        if (button)
            button->setEnabled(!working);
    if (working) {
        m_error->setStyleSheet(QString());
        m_error->setText(tr("Canceling…"));
        m_error->show();
    } else {
        m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
        m_error->hide();
    }
}
