// SPDX-License-Identifier: GPL-3.0-or-later

#include "AuditPage.h"

#include "AdminErrors.h"
#include "AuditExport.h"
#include "AuditLog.h"
#include "AuditText.h"
#include "SchoolDirectory.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

namespace {
enum Column { TimeColumn, WhoColumn, AddressColumn, ActionColumn, SubjectColumn, DetailsColumn };
constexpr int Columns = 6;
constexpr int SearchDelayMs = 300;
constexpr int DefaultDays = 30;

// The "who" filter's item data: a teacher's id, or the name of another actor.
const QString TeacherPrefix = QStringLiteral("teacher:");
const QString ActorPrefix = QStringLiteral("actor:");

// Every text in the log may come from a client (an attempted username): always plain text.
QTableWidgetItem *cell(const QString &text, const QString &toolTip = QString()) {
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return item;
}

QDateEdit *dateEdit(const QString &objectName, const QString &accessibleName, QWidget *parent) {
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    edit->setAccessibleName(accessibleName);
    edit->setMinimumWidth(150);
    return edit;
}
} // namespace

AuditPage::AuditPage(QThreadPool *workers, QWidget *parent)
    : QWidget(parent), m_workers(workers ? workers : QThreadPool::globalInstance()),
      m_from(dateEdit(QStringLiteral("auditFromDateEdit"), tr("First day"), this)),
      m_to(dateEdit(QStringLiteral("auditToDateEdit"), tr("Last day"), this)),
      m_action(new QComboBox(this)), m_who(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_searchDelay(new QTimer(this)), m_stack(new QStackedWidget(this)),
      m_table(new QTableWidget(0, Columns, this)), m_empty(new QLabel(this)),
      m_count(new QLabel(this)), m_loadMore(new QPushButton(tr("&Load older entries"), this)),
      m_status(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_stopExport(new QPushButton(tr("Stop export"), this)),
      m_exportButton(new QPushButton(tr("&Export CSV…"), this)), m_retention(new QSpinBox(this)),
      m_saveRetention(new QPushButton(tr("Sa&ve"), this)),
      m_export(new AuditExport(m_workers, this)) {
    const QDate today = QDate::currentDate();
    m_from->setDate(today.addDays(-DefaultDays));
    m_to->setDate(today);
    m_action->setObjectName(QStringLiteral("auditActionCombo"));
    m_action->setAccessibleName(tr("Kind of action"));
    for (const auto &[label, value] : AuditText::actionChoices())
        m_action->addItem(label, value);
    m_who->setObjectName(QStringLiteral("auditWhoCombo"));
    m_who->setAccessibleName(tr("Who"));
    m_who->setMinimumContentsLength(16);
    m_who->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_who->addItem(tr("Everyone"), QString());
    m_search->setObjectName(QStringLiteral("auditSearchEdit"));
    m_search->setAccessibleName(tr("Search the audit log"));
    m_search->setPlaceholderText(tr("Room, username, address, reason…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    auto *refreshButton = new QPushButton(tr("Refres&h"), this);
    refreshButton->setObjectName(QStringLiteral("auditRefreshButton"));

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *created = new QLabel(text, this);
        created->setBuddy(buddy);
        return created;
    };
    auto *filters = new QHBoxLayout;
    filters->addWidget(label(tr("&From:"), m_from));
    filters->addWidget(m_from);
    filters->addWidget(label(tr("T&o:"), m_to));
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(label(tr("&Action:"), m_action));
    filters->addWidget(m_action);
    filters->addWidget(label(tr("&Who:"), m_who));
    filters->addWidget(m_who);
    filters->addWidget(label(tr("Sear&ch:"), m_search));
    filters->addWidget(m_search, 1);
    filters->addWidget(refreshButton);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit log"));
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Who"), tr("From"), tr("Action"), tr("Subject"), tr("Details")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(80);
    // Fixed widths: measuring 500 rows' contents on every load would cost more than it shows.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(TimeColumn, 150);
    header->resizeSection(WhoColumn, 190);
    header->resizeSection(AddressColumn, 110);
    header->resizeSection(ActionColumn, 170);
    header->resizeSection(SubjectColumn, 150);
    header->setStretchLastSection(true);

    m_empty->setObjectName(QStringLiteral("auditEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setStyleSheet(
        QStringLiteral("color: palette(mid); padding: 16px; background: palette(base); "
                       "border: 1px solid palette(midlight); border-radius: 4px;"));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_count->setObjectName(QStringLiteral("auditCountLabel"));
    m_loadMore->setObjectName(QStringLiteral("auditLoadMoreButton"));
    m_loadMore->setToolTip(tr("Show the next %1 older entries").arg(PageRows));
    m_status->setObjectName(QStringLiteral("auditStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("auditExportProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("Exporting… %p%"));
    m_progress->hide();
    m_stopExport->hide();
    m_exportButton->setObjectName(QStringLiteral("auditExportButton"));
    m_exportButton->setToolTip(
        tr("Save every entry the filters select (not only those shown) as CSV"));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_count);
    actions->addWidget(m_loadMore);
    actions->addWidget(m_status, 1);
    actions->addWidget(m_progress);
    actions->addWidget(m_stopExport);
    actions->addWidget(m_exportButton);

    m_retention->setObjectName(QStringLiteral("auditRetentionSpin"));
    m_retention->setAccessibleName(tr("Days to keep audit entries"));
    m_retention->setRange(AuditLog::MinRetentionDays, AuditLog::MaxRetentionDays);
    m_retention->setValue(AuditLog::DefaultRetentionDays);
    m_retention->setSuffix(tr(" days"));
    m_retention->setToolTip(tr("Older entries are removed automatically; %1 days is one school "
                               "year. Shared by every server on this database.")
                                .arg(AuditLog::DefaultRetentionDays));
    m_saveRetention->setObjectName(QStringLiteral("auditSaveRetentionButton"));
    auto *retention = new QHBoxLayout;
    retention->addWidget(label(tr("&Keep entries for:"), m_retention));
    retention->addWidget(m_retention);
    retention->addWidget(m_saveRetention);
    auto *retentionHint = new QLabel(tr("Nothing here holds a password or a session token."), this);
    retentionHint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    retention->addWidget(retentionHint);
    retention->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    layout->addLayout(actions);
    layout->addLayout(retention);

    auto reload = [this] { load(false); };
    connect(m_from, &QDateEdit::dateChanged, this, [this, reload](const QDate &date) {
        if (m_to->date() < date)
            m_to->setDate(date);
        reload();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this, reload](const QDate &date) {
        if (m_from->date() > date)
            m_from->setDate(date);
        reload();
    });
    connect(m_action, &QComboBox::activated, this, reload);
    connect(m_who, &QComboBox::activated, this, [this, reload] {
        m_wantedTeacher = 0;
        reload();
    });
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, reload);
    connect(refreshButton, &QPushButton::clicked, this, &AuditPage::refresh);
    connect(m_loadMore, &QPushButton::clicked, this, &AuditPage::loadMore);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditPage::chooseExportFile);
    connect(m_stopExport, &QPushButton::clicked, m_export, &AuditExport::stop);
    connect(m_export, &AuditExport::progressed, this, [this](qint64 done, qint64 total) {
        // The bar counts in thousandths: a row count may exceed an int.
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_export, &AuditExport::finished, this, &AuditPage::finishExport);
    connect(m_saveRetention, &QPushButton::clicked, this, &AuditPage::saveRetention);
    updateControls();
}

AuditFilter AuditPage::filter() const {
    AuditFilter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.action = m_action->currentData().toString();
    const QString who = m_who->currentData().toString();
    if (m_wantedTeacher > 0)
        filter.actorId = m_wantedTeacher;
    else if (who.startsWith(TeacherPrefix))
        filter.actorId = who.mid(TeacherPrefix.size()).toLongLong();
    else if (who.startsWith(ActorPrefix))
        filter.actor = who.mid(ActorPrefix.size());
    filter.text = m_search->text().trimmed();
    filter.limit = PageRows;
    return filter;
}

void AuditPage::refresh() {
    reloadTeachers();
    loadRetention();
    load(false);
}

void AuditPage::setDateRange(const QDate &from, const QDate &to) {
    const QSignalBlocker blockFrom(m_from), blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(qMax(from, to));
    load(false);
}

void AuditPage::setActionFilter(const QString &action) {
    m_action->setCurrentIndex(qMax(0, m_action->findData(action)));
    load(false);
}

void AuditPage::setTeacherFilter(qint64 teacherId) {
    const int index = m_who->findData(TeacherPrefix + QString::number(teacherId));
    m_who->setCurrentIndex(qMax(0, index));
    // The list may not have arrived yet: the filter holds until it does.
    m_wantedTeacher = index < 0 && teacherId > 0 ? teacherId : 0;
    load(false);
}

void AuditPage::setSearchText(const QString &text) {
    const QSignalBlocker block(m_search);
    m_search->setText(text);
    m_searchDelay->stop();
    load(false);
}

void AuditPage::loadMore() {
    if (m_hasMore && !m_loading)
        load(true);
}

void AuditPage::load(bool append) {
    AuditFilter wanted = filter();
    if (append && !m_records.isEmpty())
        wanted.beforeId = m_records.last().id;
    // One row more than shown says whether older ones remain.
    wanted.limit = PageRows + 1;
    const quint64 ticket = m_loads.next();
    m_loading = true;
    updateControls();
    Background::run(
        m_workers, this, [wanted] { return AuditLog::find(wanted); },
        [this, ticket, append](const Background::Result<QList<AuditRecord>> &result) {
            // A newer request (another filter) answers for the page; this one is stale.
            if (!m_loads.isCurrent(ticket))
                return;
            m_loading = false;
            try {
                showRecords(result.value(), append);
            } catch (...) {
                setStatus(AdminErrors::describeCurrent(), true);
                updateControls();
            }
        });
}

void AuditPage::showRecords(const QList<AuditRecord> &records, bool append) {
    m_hasMore = records.size() > PageRows;
    const QList<AuditRecord> shown = m_hasMore ? records.first(PageRows) : records;
    if (!append)
        m_records.clear();
    const int first = int(m_records.size());
    m_records += shown;
    m_table->setUpdatesEnabled(false);
    if (!append)
        m_table->clearContents();
    m_table->setRowCount(int(m_records.size()));
    for (int row = first; row < m_records.size(); ++row) {
        const AuditRecord &record = m_records.at(row);
        m_table->setItem(
            row, TimeColumn,
            cell(record.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        m_table->setItem(row, WhoColumn,
                         cell(AuditText::actor(record),
                              record.actorRole.isEmpty()
                                  ? AuditText::actor(record)
                                  : tr("%1, %2").arg(AuditText::actor(record), record.actorRole)));
        m_table->setItem(row, AddressColumn, cell(record.address));
        m_table->setItem(row, ActionColumn, cell(AuditText::action(record.action), record.action));
        m_table->setItem(row, SubjectColumn, cell(record.subject));
        m_table->setItem(row, DetailsColumn, cell(AuditText::details(record.details)));
    }
    m_table->setUpdatesEnabled(true);
    const bool filtered = m_action->currentIndex() > 0 || m_who->currentIndex() > 0 ||
                          m_wantedTeacher > 0 || !m_search->text().trimmed().isEmpty();
    m_empty->setText(
        filtered
            ? tr("No audit entries from %1 to %2 match these filters.")
                  .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate))
            : tr("No audit entries from %1 to %2.")
                  .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)));
    m_stack->setCurrentIndex(m_records.isEmpty() ? 1 : 0);
    const qsizetype count = m_records.size();
    m_count->setText(m_hasMore    ? tr("Newest %1 entries").arg(count)
                     : count == 1 ? tr("1 entry")
                                  : tr("%1 entries").arg(count));
    updateControls();
    emit loaded();
}

void AuditPage::reloadTeachers() {
    Background::run(
        m_workers, this, [] { return SchoolDirectory::teachers(true); },
        [this](const Background::Result<QList<Teacher>> &result) {
            QList<Teacher> teachers;
            try {
                teachers = result.value();
            } catch (...) {
                setStatus(AdminErrors::describeCurrent(), true);
                return;
            }
            const QString current = m_wantedTeacher > 0
                                        ? TeacherPrefix + QString::number(m_wantedTeacher)
                                        : m_who->currentData().toString();
            m_who->clear();
            m_who->addItem(tr("Everyone"), QString());
            m_who->addItem(tr("Console"), ActorPrefix + QStringLiteral("console"));
            m_who->addItem(tr("Command line"), ActorPrefix + QStringLiteral("command line"));
            m_who->addItem(tr("Config file"), ActorPrefix + QStringLiteral("config file"));
            // Inactive teachers keep their history, so they stay choosable.
            for (const Teacher &teacher : std::as_const(teachers))
                m_who->addItem(teacher.active
                                   ? QStringLiteral("%1 (%2)").arg(teacher.name, teacher.username)
                                   : tr("%1 (%2, inactive)").arg(teacher.name, teacher.username),
                               TeacherPrefix + QString::number(teacher.id));
            const int index = m_who->findData(current);
            m_who->setCurrentIndex(qMax(0, index));
            if (index >= 0)
                m_wantedTeacher = 0;
        });
}

void AuditPage::loadRetention() {
    Background::run(
        m_workers, this, [] { return AuditLog::retentionDays(); },
        [this](const Background::Result<int> &result) {
            try {
                m_retention->setValue(result.value());
            } catch (...) {
                setStatus(AdminErrors::describeCurrent(), true);
            }
        });
}

void AuditPage::saveRetention() {
    const int days = m_retention->value();
    m_saveRetention->setEnabled(false);
    Background::run(
        m_workers, this, [days] { AuditLog::setRetentionDays(days); },
        [this, days](const Background::Result<void> &result) {
            m_saveRetention->setEnabled(true);
            try {
                result.value();
            } catch (...) {
                const QString error = AdminErrors::describeCurrent();
                setStatus(error, true);
                emit retentionSaved(false, error);
                return;
            }
            const QString message = tr("Audit entries are now kept for %n days.", nullptr, days);
            setStatus(message, false);
            emit retentionSaved(true, message);
            load(false); // the change has its own entry
        });
}

void AuditPage::chooseExportFile() {
    const QString suggested = QDir::home().filePath(
        QStringLiteral("audit-%1-to-%2.csv")
            .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export audit log"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool AuditPage::exportTo(const QString &path) {
    if (!m_export->start(path, filter()))
        return false;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_stopExport->show();
    setStatus(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)), false);
    updateControls();
    return true;
}

bool AuditPage::isExporting() const {
    return m_export->isRunning();
}

void AuditPage::finishExport(bool ok, const QString &message) {
    m_progress->hide();
    m_stopExport->hide();
    setStatus(message, !ok);
    updateControls();
    emit exportFinished(ok, message);
}

void AuditPage::updateControls() {
    m_loadMore->setVisible(m_hasMore);
    m_loadMore->setEnabled(!m_loading);
    m_exportButton->setEnabled(!isExporting());
    if (m_loading && m_records.isEmpty())
        m_count->setText(tr("Loading…"));
}

void AuditPage::setStatus(const QString &text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b91c1c;") : QString());
}
