// SPDX-License-Identifier: GPL-3.0-or-later

#include "ClaimDialog.h"

#include "AlternativeOffers.h"
#include "Connection.h"
#include "DisplayText.h"
#include "ErrorCodes.h"
#include "FocusChain.h"
#include "ProtocolLimits.h"
#include "RepeatChoice.h"
#include "RepeatPreview.h"
#include "ReplyText.h"
#include "Rfc3339.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QJsonObject intervalParams(qint64 roomId, const Interval &interval) {
    return {{QStringLiteral("roomId"), roomId},
            {QStringLiteral("start"), Rfc3339::formatLocal(interval.start())},
            {QStringLiteral("end"), Rfc3339::formatLocal(interval.end())}};
}

QList<SeriesOccurrence> occurrencesOf(const QJsonValue &array) {
    QList<SeriesOccurrence> occurrences;
    for (const QJsonValue &value : array.toArray())
        occurrences << SeriesOccurrence::fromJson(value.toObject());
    return occurrences;
}
} // namespace

ClaimDialog::ClaimDialog(Connection *connection, const Room &room, const Interval &interval,
                         const QString &timeDescription, const SchoolDay &day,
                         const QList<PeriodSlot> &periods, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_room(room), m_interval(interval),
      m_periods(periods), m_roomLabel(new QLabel(this)), m_roomDetails(new QLabel(this)),
      m_purpose(new QLineEdit(this)),
      m_repeat(new RepeatChoice(interval.start().toLocalTime().date(), day.week,
                                !day.term.isEmpty(), this)),
      m_preview(new RepeatPreview(room.name, this)), m_error(new QLabel(this)),
      m_result(new QLabel(this)), m_offers(new AlternativeOffers(interval, periods, this)),
      m_progress(new QProgressBar(this)),
      m_confirmButton(new QPushButton(tr("Confirm Booking"), this)),
      m_allOrNothingButton(new QPushButton(tr("Book only if all are free"), this)),
      m_cancelButton(new QPushButton(tr("Cancel"), this)) {
    setObjectName(QStringLiteral("claimDialog"));
    setWindowTitle(tr("Claim room"));
    setModal(true);

    auto *layout = new QVBoxLayout(this);
    // Never smaller than what its texts need: a longer language or a larger font makes it
    // wider instead of cutting labels and buttons (adjustSize alone keeps a window within two
    // thirds of the screen).
    layout->setSizeConstraint(QLayout::SetMinimumSize);
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
    const QString dateText =
        QLocale().toString(interval.start().toLocalTime().date(), QLocale::LongFormat);
    auto *date = new QLabel(
        day.week.isEmpty() ? dateText : tr("%1 · Week %2").arg(dateText, day.week), this);
    date->setObjectName(QStringLiteral("claimDate"));
    form->addRow(tr("Date"), date);
    auto *time = new QLabel(timeDescription, this);
    time->setObjectName(QStringLiteral("claimTime"));
    form->addRow(tr("Time"), time);
    m_purpose->setObjectName(QStringLiteral("purposeEdit"));
    m_purpose->setPlaceholderText(tr("Class or purpose, e.g. 7B Maths"));
    m_purpose->setMaxLength(ProtocolLimits::MaxPurposeLength);
    m_purpose->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    m_purpose->setAccessibleName(tr("Class or purpose"));
    m_purpose->setAccessibleDescription(tr("Shown to colleagues with the booking"));
    form->addRow(tr("&Class"), m_purpose);
    form->addRow(tr("&Repeat"), m_repeat);
    layout->addLayout(form);

    m_preview->hide();
    layout->addWidget(m_preview);
    m_error->setObjectName(QStringLiteral("claimError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    m_result->setObjectName(QStringLiteral("claimResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);
    layout->addWidget(m_offers);
    connect(m_offers, &AlternativeOffers::chosen, this, &ClaimDialog::bookOnce);
    connect(m_repeat, &RepeatChoice::changed, this, &ClaimDialog::onRepeatChanged);

    m_progress->setObjectName(QStringLiteral("claimProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    buildButtons(layout);
    showRoom();
    updateButtons();
    orderFocus();
    m_purpose->setFocus();
}

void ClaimDialog::buildButtons(QVBoxLayout *layout) {
    auto *buttons = new QDialogButtonBox(this);
    m_buttons = buttons;
    m_confirmButton->setObjectName(QStringLiteral("confirmButton"));
    // Enter confirms (the default button), Esc cancels (any dialog's reject).
    m_confirmButton->setDefault(true);
    m_confirmButton->setToolTip(
        tr("Book the room (%1)")
            .arg(QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_cancelButton->setToolTip(
        tr("Close without booking (%1)")
            .arg(QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)));
    m_allOrNothingButton->setObjectName(QStringLiteral("allOrNothingButton"));
    m_allOrNothingButton->setAccessibleName(tr("Book the series only if all dates are free"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    buttons->addButton(m_confirmButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_allOrNothingButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(m_confirmButton, &QPushButton::clicked, this, &ClaimDialog::confirm);
    connect(m_allOrNothingButton, &QPushButton::clicked, this, &ClaimDialog::confirmAllOrNothing);
    connect(m_cancelButton, &QPushButton::clicked, this, &ClaimDialog::reject);
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

QString ClaimDialog::resultText() const {
    return m_result->isVisible() ? m_result->text() : QString();
}

QList<BookingOption> ClaimDialog::alternatives() const {
    return m_offers->options();
}

void ClaimDialog::setFallbackRoom(std::function<std::optional<Room>(qint64)> fallback) {
    m_fallback = std::move(fallback);
}

void ClaimDialog::showRoom() {
    m_roomLabel->setText(QStringLiteral("<b>%1</b>").arg(m_room.name.toHtmlEscaped()));
    QString details = tr("%1 building · %2")
                          .arg(m_room.building.isEmpty() ? tr("Main") : m_room.building,
                               DisplayText::seats(m_room.capacity));
    if (!m_room.features.isEmpty())
        details += QStringLiteral(" · ") + m_room.features.join(QStringLiteral(", "));
    m_roomDetails->setText(details);
    m_preview->setRoomName(m_room.name);
}

void ClaimDialog::showError(const QString &message) {
    m_error->setText(message);
    m_error->show();
}

void ClaimDialog::setBusy(bool busy) {
    m_busy = busy;
    m_progress->setVisible(busy);
    m_purpose->setEnabled(!busy);
    m_repeat->setEnabled(!busy);
    m_offers->setButtonsEnabled(!busy);
    updateButtons();
}

void ClaimDialog::updateButtons() {
    const bool repeating = m_repeat->isRepeating();
    m_confirmButton->setVisible(!m_finished);
    m_allOrNothingButton->setVisible(!m_finished && repeating);
    m_cancelButton->setText(m_finished ? tr("Close") : tr("Cancel"));
    if (m_busy) {
        m_confirmButton->setText(tr("Booking…"));
        m_confirmButton->setEnabled(false);
        m_allOrNothingButton->setEnabled(false);
        return;
    }
    m_confirmButton->setText(repeating ? tr("Book the free dates") : tr("Confirm Booking"));
    const bool previewed = !m_preview->occurrences().isEmpty();
    m_confirmButton->setEnabled(!repeating || (previewed && m_preview->bookableCount() > 0));
    // Even with a taken date in the preview: the server decides, and says which dates stand in
    // the way.
    m_allOrNothingButton->setEnabled(previewed);
}

void ClaimDialog::onRepeatChanged() {
    m_error->hide();
    m_offers->clear();
    m_preview->setVisible(m_repeat->isRepeating());
    if (m_repeat->isRepeating())
        requestPreview();
    else
        ++m_previewGeneration; // an answer still on its way is no longer wanted
    updateButtons();
    adjustSize();
}

QJsonObject ClaimDialog::seriesParams() const {
    QJsonObject params = intervalParams(m_room.id, m_interval);
    params.insert(QStringLiteral("repeat"), m_repeat->rule().value_or(RepeatRule()).toJson());
    if (!purpose().isEmpty())
        params.insert(QStringLiteral("purpose"), purpose());
    return params;
}

void ClaimDialog::requestPreview() {
    const quint64 generation = ++m_previewGeneration;
    m_preview->showLoading();
    QPointer<ClaimDialog> self(this);
    m_connection->request(
        QStringLiteral("previewSeries"), seriesParams(),
        [self, generation](const ServerReply &reply) {
            if (!self || generation != self->m_previewGeneration)
                return; // closed, or the teacher changed the repeat since
            ++self->m_previewsCompleted;
            if (reply.ok)
                self->m_preview->showOccurrences(
                    occurrencesOf(reply.body.value(QStringLiteral("occurrences"))));
            else
                self->m_preview->showError(ReplyText::failure(reply, self->m_room.name));
            self->updateButtons();
        });
}

void ClaimDialog::confirm() {
    if (m_busy || m_finished)
        return;
    if (m_repeat->isRepeating())
        bookSeries(QStringLiteral("freeOnly"));
    else
        bookOnce({m_room, m_interval});
}

void ClaimDialog::confirmAllOrNothing() {
    if (m_busy || m_finished || !m_repeat->isRepeating())
        return;
    bookSeries(QStringLiteral("allOrNothing"));
}

void ClaimDialog::bookOnce(const BookingOption &option) {
    if (m_busy)
        return;
    m_error->hide();
    setBusy(true);
    QJsonObject params = intervalParams(option.room.id, option.interval);
    if (!purpose().isEmpty())
        params.insert(QStringLiteral("purpose"), purpose());
    QPointer<ClaimDialog> self(this);
    m_connection->requestOnce(QStringLiteral("confirmBooking"), params,
                              [self, option](const ServerReply &reply) {
                                  if (self)
                                      self->onBookReply(option, reply);
                              });
}

void ClaimDialog::onBookReply(const BookingOption &option, const ServerReply &reply) {
    setBusy(false);
    if (reply.ok) {
        m_room = option.room;
        m_interval = option.interval;
        emit bookingConfirmed(
            Booking::fromJson(reply.body.value(QStringLiteral("booking")).toObject()));
        accept();
        return;
    }
    const bool lost =
        reply.code == ErrorCodes::BookingConflict || reply.code == ErrorCodes::LockHeld;
    if (reply.code == ErrorCodes::BookingConflict)
        emit roomTaken(option.room.id, option.interval);
    showError(ReplyText::failure(reply, option.room.name));
    QList<BookingOption> offers;
    if (lost) {
        for (const QJsonValue &value : reply.body.value(QStringLiteral("alternatives")).toArray())
            offers << BookingOption::fromJson(value.toObject());
        if (offers.isEmpty() && m_fallback && option.interval == m_interval) {
            if (const std::optional<Room> other = m_fallback(option.room.id))
                offers << BookingOption{*other, m_interval};
        }
    }
    m_offers->showOptions(offers);
    orderFocus();
    adjustSize();
}

void ClaimDialog::orderFocus() {
    // As the dialog reads, top to bottom: the fields, the dates of a series, what to book
    // instead after a lost race (made later, so Qt would put it last), then the buttons in the
    // order the button box shows them.
    QList<QWidget *> stops = FocusChain::tabStops(m_repeat);
    stops << FocusChain::tabStops(m_preview) << FocusChain::tabStops(m_offers);
    for (int i = 0; i < m_buttons->layout()->count(); ++i) {
        if (QWidget *button = m_buttons->layout()->itemAt(i)->widget())
            stops << button;
    }
    FocusChain::placeAfter(m_purpose, stops);
}

void ClaimDialog::bookSeries(const QString &policy) {
    m_error->hide();
    m_offers->clear();
    setBusy(true);
    QJsonObject params = seriesParams();
    params.insert(QStringLiteral("policy"), policy);
    QPointer<ClaimDialog> self(this);
    m_connection->requestOnce(QStringLiteral("confirmSeries"), params,
                              [self](const ServerReply &reply) {
                                  if (self)
                                      self->onSeriesReply(reply);
                              });
}

void ClaimDialog::onSeriesReply(const ServerReply &reply) {
    setBusy(false);
    if (reply.ok) {
        QList<Booking> bookings;
        for (const QJsonValue &value : reply.body.value(QStringLiteral("bookings")).toArray())
            bookings << Booking::fromJson(value.toObject());
        const QList<SeriesOccurrence> skipped =
            occurrencesOf(reply.body.value(QStringLiteral("skipped")));
        emit seriesConfirmed(bookings, int(skipped.size()));
        if (skipped.isEmpty())
            accept();
        else
            showSeriesResult(bookings, skipped);
        return;
    }
    if (reply.code == ErrorCodes::SeriesConflict) {
        QStringList lines;
        for (const SeriesOccurrence &entry :
             occurrencesOf(reply.body.value(QStringLiteral("conflicts"))))
            lines << tr("%1: %2").arg(DisplayText::day(entry.interval.start().toLocalTime().date()),
                                      whyNotBooked(entry));
        showError(tr("Nothing was booked, because not every date is free:\n%1")
                      .arg(lines.join(QLatin1Char('\n'))));
        requestPreview(); // show the dates as they are now
    } else {
        showError(ReplyText::failure(reply, m_room.name));
    }
    adjustSize();
}

QString ClaimDialog::whyNotBooked(const SeriesOccurrence &entry) const {
    // The preview knows who holds a date and why the school is closed; the skipped list only
    // carries a code and the server's sentence.
    std::optional<SeriesOccurrence> previewed;
    for (const SeriesOccurrence &candidate : m_preview->occurrences()) {
        if (candidate.interval.start() == entry.interval.start())
            previewed = candidate;
    }
    if (entry.code == ErrorCodes::BookingConflict && previewed &&
        previewed->status == SeriesOccurrence::Status::Booked)
        return tr("taken by %1").arg(previewed->conflict.teacherName);
    if (entry.code == ErrorCodes::LockHeld && previewed &&
        previewed->status == SeriesOccurrence::Status::Locked)
        return tr("being booked by %1").arg(previewed->holder);
    if (entry.code == ErrorCodes::ClosedDay && previewed && !previewed->reason.isEmpty())
        return tr("school closed (%1)").arg(previewed->reason);
    return ReplyText::refusal(entry.code, entry.message, {}, m_room.name);
}

void ClaimDialog::showSeriesResult(const QList<Booking> &bookings,
                                   const QList<SeriesOccurrence> &skipped) {
    m_finished = true;
    QStringList lines;
    for (const SeriesOccurrence &entry : skipped)
        lines << tr("• %1: %2")
                     .arg(DisplayText::day(entry.interval.start().toLocalTime().date()),
                          whyNotBooked(entry));
    const int total = int(bookings.size() + skipped.size());
    m_result->setText(tr("Booked %1 of %2 dates of %3.\nNot booked:\n%4")
                          .arg(bookings.size())
                          .arg(total)
                          .arg(m_room.name, lines.join(QLatin1Char('\n'))));
    m_result->show();
    m_repeat->setEnabled(false);
    m_purpose->setEnabled(false);
    updateButtons();
    // Confirm is gone: Enter closes the dialog now.
    m_cancelButton->setDefault(true);
    m_cancelButton->setFocus();
    adjustSize();
}
