// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportPage.h"

#include "AdminErrors.h"
#include "CsvImporter.h"
#include "PageJobs.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QVBoxLayout>

namespace {
const QColor ErrorColour(0xb0, 0x00, 0x20);

QString noun(ImportPlan::Kind kind, int count) {
    switch (kind) {
    case ImportPlan::Kind::Rooms:
        return count == 1 ? ImportPage::tr("room") : ImportPage::tr("rooms");
    case ImportPlan::Kind::Teachers:
        return count == 1 ? ImportPage::tr("teacher") : ImportPage::tr("teachers");
    case ImportPlan::Kind::Periods:
        return count == 1 ? ImportPage::tr("period") : ImportPage::tr("periods");
    case ImportPlan::Kind::Calendar:
        break;
    }
    return count == 1 ? ImportPage::tr("term or closed range")
                      : ImportPage::tr("terms or closed ranges");
}

QString countsText(const ImportPlan &plan) {
    switch (plan.kind) {
    case ImportPlan::Kind::Periods: {
        QSet<int> weekdays;
        for (const Period &period : plan.periods)
            weekdays.insert(period.weekday);
        return ImportPage::tr("%1 on %2, replacing the whole bell schedule")
            .arg(plan.periods.size() == 1 ? ImportPage::tr("1 period")
                                          : ImportPage::tr("%1 periods").arg(plan.periods.size()),
                 weekdays.size() == 1 ? ImportPage::tr("1 weekday")
                                      : ImportPage::tr("%1 weekdays").arg(weekdays.size()));
    }
    case ImportPlan::Kind::Calendar:
        return ImportPage::tr("%1 and %2, replacing the whole calendar")
            .arg(plan.terms.size() == 1 ? ImportPage::tr("1 term")
                                        : ImportPage::tr("%1 terms").arg(plan.terms.size()),
                 plan.closedRanges.size() == 1
                     ? ImportPage::tr("1 closed range")
                     : ImportPage::tr("%1 closed ranges").arg(plan.closedRanges.size()));
    case ImportPlan::Kind::Rooms:
    case ImportPlan::Kind::Teachers:
        break;
    }
    return ImportPage::tr("%1 new %2, %3 updated")
        .arg(plan.additions)
        .arg(noun(plan.kind, plan.additions))
        .arg(plan.updates);
}

ImportPlan planFor(ImportPlan::Kind kind, const QString &csv) {
    switch (kind) {
    case ImportPlan::Kind::Rooms:
        return CsvImporter::planRooms(csv);
    case ImportPlan::Kind::Teachers:
        return CsvImporter::planTeachers(csv);
    case ImportPlan::Kind::Periods:
        return CsvImporter::planPeriods(csv);
    case ImportPlan::Kind::Calendar:
        break;
    }
    return CsvImporter::planCalendar(csv);
}
} // namespace

ImportPage::ImportPage(QThreadPool *workers, QWidget *parent)
    : QWidget(parent), m_jobs(new PageJobs(workers, this)) {
    m_rooms = new QRadioButton(tr("Rooms"), this);
    m_rooms->setObjectName(QStringLiteral("importRoomsRadio"));
    m_rooms->setChecked(true);
    m_teachers = new QRadioButton(tr("Teachers"), this);
    m_teachers->setObjectName(QStringLiteral("importTeachersRadio"));
    m_periods = new QRadioButton(tr("Bell schedule"), this);
    m_periods->setObjectName(QStringLiteral("importPeriodsRadio"));
    m_calendar = new QRadioButton(tr("Calendar"), this);
    m_calendar->setObjectName(QStringLiteral("importCalendarRadio"));
    auto *kindGroup = new QButtonGroup(this);
    for (QRadioButton *radio : {m_rooms, m_teachers, m_periods, m_calendar})
        kindGroup->addButton(radio);
    m_formatHint = new QLabel(this);
    m_formatHint->setObjectName(QStringLiteral("importFormatLabel"));
    // Not word-wrapped: a wrapping label in a form layout gets a tall, mostly empty row.
    m_formatHint->setWordWrap(false);
    m_formatHint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPathEdit"));
    m_path->setPlaceholderText(tr("choose a .csv file"));
    m_path->setAccessibleName(tr("CSV file to import"));
    m_browseButton = new QPushButton(tr("Browse…"), this);
    m_browseButton->setObjectName(QStringLiteral("importBrowseButton"));
    m_previewButton = new QPushButton(tr("Preview"), this);
    m_previewButton->setObjectName(QStringLiteral("importPreviewButton"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("importPreviewList"));
    m_list->setAccessibleName(tr("Preview of the import"));
    m_list->setAlternatingRowColors(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 0); // busy: the importer reports no steps, only the end
    m_progress->setFormat(QString());
    m_progress->setVisible(false);
    m_importButton = new QPushButton(tr("Import"), this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("importResultLabel"));
    m_result->setWordWrap(true);

    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_rooms);
    kindRow->addWidget(m_teachers);
    kindRow->addWidget(m_periods);
    kindRow->addWidget(m_calendar);
    kindRow->addStretch();
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browseButton);
    fileRow->addWidget(m_previewButton);
    auto *form = new QFormLayout;
    form->addRow(tr("Import:"), kindRow);
    form->addRow(QString(), m_formatHint);
    form->addRow(tr("CSV file:"), fileRow);
    auto *importRow = new QHBoxLayout;
    importRow->addWidget(m_progress, 1);
    importRow->addStretch();
    importRow->addWidget(m_importButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(importRow);
    layout->addWidget(m_result);

    for (QRadioButton *radio : {m_rooms, m_teachers, m_periods, m_calendar}) {
        connect(radio, &QRadioButton::toggled, this, [this](bool checked) {
            if (!checked)
                return;
            updateFormatHint();
            invalidatePreview();
        });
    }
    connect(m_path, &QLineEdit::textChanged, this, &ImportPage::invalidatePreview);
    connect(m_path, &QLineEdit::returnPressed, this, &ImportPage::preview);
    connect(m_browseButton, &QPushButton::clicked, this, &ImportPage::browse);
    connect(m_previewButton, &QPushButton::clicked, this, &ImportPage::preview);
    connect(m_importButton, &QPushButton::clicked, this, &ImportPage::startImport);

    updateFormatHint();
    refresh();
}

void ImportPage::refresh() {
    // Nothing live to reload: a preview describes the database at the time it was made, so
    // it is simply checked again on Import.
}

void ImportPage::setKind(ImportPlan::Kind kind) {
    radioFor(kind)->setChecked(true);
}

ImportPlan::Kind ImportPage::kind() const {
    for (const ImportPlan::Kind kind : {ImportPlan::Kind::Rooms, ImportPlan::Kind::Teachers,
                                        ImportPlan::Kind::Periods, ImportPlan::Kind::Calendar})
        if (radioFor(kind)->isChecked())
            return kind;
    return ImportPlan::Kind::Rooms;
}

QRadioButton *ImportPage::radioFor(ImportPlan::Kind kind) const {
    switch (kind) {
    case ImportPlan::Kind::Rooms:
        return m_rooms;
    case ImportPlan::Kind::Teachers:
        return m_teachers;
    case ImportPlan::Kind::Periods:
        return m_periods;
    case ImportPlan::Kind::Calendar:
        break;
    }
    return m_calendar;
}

void ImportPage::updateFormatHint() {
    switch (kind()) {
    case ImportPlan::Kind::Rooms:
        m_formatHint->setText(
            tr("Columns: <b>name,building,capacity,features</b> — features separated by "
               "“;”. A room whose name exists already is updated."));
        break;
    case ImportPlan::Kind::Teachers:
        m_formatHint->setText(
            tr("Columns: <b>username,name,email,role,password</b> — role is teacher or "
               "admin; an empty password keeps an existing teacher's password. A "
               "teacher whose username exists already is updated."));
        break;
    case ImportPlan::Kind::Periods:
        m_formatHint->setText(
            tr("Columns: <b>weekdays,name,start,end</b> — weekdays Mon, Mon-Thu or Mon;Wed;Fri, "
               "times HH:MM. Replaces the whole bell schedule."));
        break;
    case ImportPlan::Kind::Calendar:
        m_formatHint->setText(
            tr("Columns: <b>kind,name,first,last,weeks</b> — kind term or closed, dates "
               "YYYY-MM-DD, weeks a term's cycle (A;B) or empty. Replaces the whole calendar; "
               "bookings are kept."));
        break;
    }
}

void ImportPage::setFilePath(const QString &path) {
    m_path->setText(path);
}

QString ImportPage::filePath() const {
    return m_path->text().trimmed();
}

bool ImportPage::preview() {
    invalidatePreview();
    if (filePath().isEmpty()) {
        m_summary->setText(tr("Choose a CSV file first."));
        return false;
    }
    m_summary->setText(tr("Checking %1…").arg(QFileInfo(filePath()).fileName()));
    const quint64 ticket = m_previews.next();
    m_jobs->run(
        [importKind = kind(), path = filePath()] {
            Preview preview;
            const QString csv = CsvImporter::readFile(path, &preview.readError);
            if (preview.readError.isEmpty())
                preview.plan = planFor(importKind, csv);
            return preview;
        },
        [this, ticket](const Background::Result<Preview> &result) {
            // Another file or kind was chosen meanwhile: this preview describes neither.
            if (m_previews.isCurrent(ticket))
                onPreviewDone(result);
        });
    return true;
}

void ImportPage::onPreviewDone(const Background::Result<Preview> &result) {
    try {
        const Preview &preview = result.value();
        if (!preview.readError.isEmpty()) {
            m_summary->setText(tr("The file cannot be read: %1").arg(preview.readError));
            m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
            emit previewFinished(false);
            return;
        }
        showPlan(preview.plan);
        emit previewFinished(preview.plan.isValid() && !preview.plan.changes.isEmpty());
    } catch (...) {
        m_summary->setText(AdminErrors::describeCurrent());
        m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
        emit previewFinished(false);
    }
}

void ImportPage::startImport() {
    if (m_importing)
        return;
    setResult(QString(), false);
    setBusy(true);
    m_previews.next(); // a preview still on its way must not offer Import again
    m_jobs->run([importKind = kind(), path = filePath()] { return runImport(importKind, path); },
                [this](const Background::Result<Outcome> &result) {
                    // runImport catches what it throws; value() cannot throw here.
                    onImportDone(result.value());
                });
}

ImportPage::Outcome ImportPage::runImport(ImportPlan::Kind kind, const QString &path) {
    Outcome outcome;
    // Read and check again: the file or the database may have changed since the preview.
    const QString csv = CsvImporter::readFile(path, &outcome.error);
    if (!outcome.error.isEmpty())
        return outcome;
    try {
        outcome.plan = planFor(kind, csv);
        if (outcome.plan.isValid() && !outcome.plan.changes.isEmpty()) {
            CsvImporter::apply(outcome.plan);
            outcome.applied = true;
        }
    } catch (...) {
        outcome.error = AdminErrors::describeCurrent();
    }
    return outcome;
}

void ImportPage::onImportDone(const Outcome &outcome) {
    setBusy(false);
    QString message;
    bool ok = false;
    if (!outcome.error.isEmpty()) {
        message = tr("Nothing was imported: %1").arg(outcome.error);
    } else if (!outcome.plan.isValid()) {
        showPlan(outcome.plan);
        message = outcome.plan.problems.size() == 1
                      ? tr("Nothing was imported: the file has a problem, listed above.")
                      : tr("Nothing was imported: the file has %1 problems, listed above.")
                            .arg(outcome.plan.problems.size());
    } else if (!outcome.applied) {
        message = tr("Nothing was imported: the file lists no %1.").arg(noun(outcome.plan.kind, 2));
    } else {
        ok = true;
        message = tr("Imported: %1.").arg(countsText(outcome.plan));
        if (outcome.plan.kind != ImportPlan::Kind::Teachers)
            message += tr(" Teachers' screens update automatically.");
        emit imported(outcome.plan.kind);
    }
    setResult(message, !ok);
    emit importFinished(ok, message);
}

void ImportPage::browse() {
    const QString start = filePath().isEmpty() ? QString() : QFileInfo(filePath()).absolutePath();
    const QString title = kind() == ImportPlan::Kind::Rooms      ? tr("Import rooms")
                          : kind() == ImportPlan::Kind::Teachers ? tr("Import teachers")
                          : kind() == ImportPlan::Kind::Periods  ? tr("Import the bell schedule")
                                                                 : tr("Import the calendar");
    const QString path =
        QFileDialog::getOpenFileName(this, title, start, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    setFilePath(path);
    preview();
}

void ImportPage::invalidatePreview() {
    if (m_importing)
        return;
    m_previews.next(); // a preview on its way describes the file or kind before this change
    m_list->clear();
    m_summary->clear();
    m_summary->setStyleSheet(QString());
    m_importButton->setEnabled(false);
    setResult(QString(), false);
}

void ImportPage::showPlan(const ImportPlan &plan) {
    m_list->clear();
    if (!plan.isValid()) {
        showProblems(plan.problems);
        return;
    }
    for (const QString &change : plan.changes)
        m_list->addItem(change);
    if (plan.changes.isEmpty()) {
        m_summary->setText(
            tr("The file has a header but no %1 to import.").arg(noun(plan.kind, 2)));
        m_summary->setStyleSheet(QString());
        m_importButton->setEnabled(false);
        return;
    }
    m_summary->setText(tr("Ready: %1. Nothing has been written yet — press Import to apply all "
                          "of it.")
                           .arg(countsText(plan)));
    m_summary->setStyleSheet(QString());
    m_importButton->setEnabled(true);
}

void ImportPage::showProblems(const QList<ImportPlan::Problem> &problems) {
    for (const ImportPlan::Problem &problem : problems) {
        auto *item =
            new QListWidgetItem(tr("Line %1: %2").arg(problem.line).arg(problem.reason), m_list);
        item->setForeground(ErrorColour);
    }
    m_summary->setText(
        (problems.size() == 1
             ? tr("This file cannot be imported: 1 problem needs fixing.")
             : tr("This file cannot be imported: %1 problems need fixing.").arg(problems.size())) +
        tr(" An import is all or nothing, so nothing is changed until every "
           "line is right."));
    m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_importButton->setEnabled(false);
}

void ImportPage::setResult(const QString &text, bool error) {
    m_result->setText(text);
    m_result->setStyleSheet(error ? QStringLiteral("color: #b00020;")
                                  : QStringLiteral("color: #1b5e20;"));
}

void ImportPage::setBusy(bool busy) {
    m_importing = busy;
    m_progress->setVisible(busy);
    m_progress->setFormat(busy ? tr("Importing…") : QString());
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_rooms, m_teachers, m_periods, m_calendar, m_path, m_browseButton, m_previewButton})
        widget->setEnabled(!busy);
    // Import is offered again only by a fresh preview.
    m_importButton->setEnabled(false);
    if (busy)
        m_result->setText(tr("Importing… the console stays usable meanwhile."));
}
