// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDialog.h"

#include "DisplayDate.h"

#include "application/Transfer.h"
#include "application/Workspace.h"
#include "Session.h"
#include "StatusColors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ladder {

namespace {

enum Column { DateColumn, TitleColumn, LinksColumn, StatusColumn, ColumnCount };

} // namespace

ImportDialog::ImportDialog(Session *session, QByteArray contents, const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_data(std::move(contents))
    , m_fileName(fileName)
    , m_format(new QComboBox(this))
    , m_timeFormat(new QLineEdit(this))
    , m_timeFormatLabel(new QLabel(tr("jrnl &time format:"), this))
    , m_summary(new QLabel(this))
    , m_preview(new QTableWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import %1").arg(fileName));
    resize(760, 480);

    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("Recognise from the file"), QString());
    m_format->addItem(tr("jrnl (JSON export or journal file)"), WinFormats::name(WinFormat::Jrnl));
    m_format->addItem(tr("CSV sheet"), WinFormats::name(WinFormat::Csv));
    m_format->addItem(tr("Markdown brag document"), WinFormats::name(WinFormat::Markdown));
    m_format->addItem(tr("Ladder export"), WinFormats::name(WinFormat::Ladder));
    m_timeFormat->setObjectName(QStringLiteral("importTimeFormat"));
    m_timeFormat->setAccessibleName(tr("jrnl time format"));
    m_timeFormat->setPlaceholderText(QStringLiteral("%Y-%m-%d %H:%M"));
    m_timeFormatLabel->setBuddy(m_timeFormat);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setAccessibleName(tr("Entries to import"));
    m_preview->setColumnCount(ColumnCount);
    m_preview->setHorizontalHeaderLabels({tr("Date"), tr("Title"), tr("Tags and skills"), tr("Status")});
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_preview->setWordWrap(false);

    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("importButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(m_timeFormatLabel, m_timeFormat);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::replan);
    connect(m_timeFormat, &QLineEdit::editingFinished, this, &ImportDialog::replan);
    replan();
}

void ImportDialog::replan()
{
    const QString chosen = m_format->currentData().toString();
    const std::optional<WinFormat> format = chosen.isEmpty() ? std::nullopt : WinFormats::parse(chosen);
    ReadOptions options;
    options.timeFormat = m_timeFormat->text().trimmed();
    Result<ImportPlan> plan = m_session->workspace().transfer().planImport(m_data, m_fileName, format, options);
    QPushButton *import = m_buttons->button(QDialogButtonBox::Ok);
    m_valid = bool(plan);
    const bool jrnl = plan ? plan->format == WinFormat::Jrnl : format == WinFormat::Jrnl;
    m_timeFormat->setVisible(jrnl);
    m_timeFormatLabel->setVisible(jrnl);
    if (!plan) {
        // The reader's one line names the place: the user can fix the file
        // or choose another format, and nothing has been written.
        m_plan = ImportPlan();
        m_summary->setText(tr("Cannot import: %1").arg(plan.error().message()));
        m_summary->setStyleSheet(QStringLiteral("color: %1").arg(StatusColors::bad(palette()).name()));
        m_preview->setRowCount(0);
        import->setText(tr("Import"));
        import->setEnabled(false);
        return;
    }
    m_plan = std::move(*plan);
    m_summary->setStyleSheet(QString());
    if (m_plan.format == WinFormat::Ladder) {
        // A whole database: its counts come from a rolled-back run.
        Result<ImportSummary> counts = m_session->workspace().transfer().commitImport(m_plan, true);
        m_valid = bool(counts);
        m_summary->setText(counts ? counts->describe(true) : tr("Cannot import: %1").arg(counts.error().message()));
        m_preview->setRowCount(0);
        m_preview->hide();
        import->setText(tr("Import"));
        import->setEnabled(m_valid);
        return;
    }
    m_preview->show();
    const int toAdd = m_plan.toAdd();
    // The format in the words of the list, so the user sees what was recognised.
    const int formatItem = m_format->findData(WinFormats::name(m_plan.format));
    const QString formatText = formatItem > 0 ? m_format->itemText(formatItem) : WinFormats::name(m_plan.format);
    m_summary->setText(tr("%1: %2 new wins, %3 already imported.", nullptr, toAdd).arg(formatText).arg(toAdd).arg(m_plan.present()));
    import->setText(tr("Import %n wins", nullptr, toAdd));
    import->setEnabled(toAdd > 0);
    showEntries();
}

void ImportDialog::showEntries()
{
    const int rows = int(std::min<qsizetype>(m_plan.entries.size(), PreviewRows));
    m_preview->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        const ImportedWin &entry = m_plan.entries.at(row);
        const Win &win = entry.win;
        QStringList links;
        for (const QString &slug : win.skillSlugs)
            links << QLatin1Char('@') + slug;
        for (const QString &tag : win.tags)
            links << QLatin1Char('#') + tag;
        const QString title = win.starred ? QStringLiteral("★ ") + win.title : win.title;
        const bool present = m_plan.isPresent(entry);
        const QString cells[ColumnCount]
            = {DisplayDate::text(win.date), title, links.join(QLatin1Char(' ')), present ? tr("already imported") : tr("new")};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(column == TitleColumn ? entry.location : cells[column]);
            if (present)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_preview->setItem(row, column, item);
        }
    }
}

} // namespace ladder
