// SPDX-License-Identifier: GPL-3.0-or-later
#include "HarvestDialog.h"

#include "DisplayDate.h"

#include "application/Harvest.h"
#include "application/Workspace.h"
#include "commands/HarvestCommand.h"
#include "domain/Period.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "Session.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ladder {

HarvestDialog::HarvestDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_repo(new QLineEdit(this))
    , m_author(new QLineEdit(this))
    , m_period(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("harvestDialog"));
    setWindowTitle(tr("Harvest from git"));
    m_repo->setObjectName(QStringLiteral("harvestRepo"));
    m_repo->setPlaceholderText(tr("A git repository folder"));
    m_author->setObjectName(QStringLiteral("harvestAuthor"));
    m_author->setPlaceholderText(tr("Every author"));
    m_period->setObjectName(QStringLiteral("harvestPeriod"));
    m_period->setText(Period::lastTwelveMonths(m_session->today()).text);
    m_period->setToolTip(tr("2026, 2026-H2, 2026-Q3, 2026-11, this-year, last-quarter or D..D"));
    m_list->setObjectName(QStringLiteral("harvestList"));
    m_status->setObjectName(QStringLiteral("harvestStatus"));
    m_status->setWordWrap(true);

    auto *choose = new QPushButton(tr("&Choose…"), this);
    choose->setObjectName(QStringLiteral("harvestChoose"));
    auto *find = new QPushButton(tr("&Find commits"), this);
    find->setObjectName(QStringLiteral("harvestFind"));
    auto *repoRow = new QHBoxLayout;
    repoRow->addWidget(m_repo, 1);
    repoRow->addWidget(choose);

    auto *form = new QFormLayout;
    // A row of two widgets: the label's mnemonic needs its buddy named.
    auto *repoLabel = new QLabel(tr("&Repository:"), this);
    repoLabel->setBuddy(m_repo);
    form->addRow(repoLabel, repoRow);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&Period:"), m_period);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("Add wins"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("harvestAdd"));
    buttons->addButton(find, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(720, 480);

    connect(choose, &QPushButton::clicked, this, &HarvestDialog::chooseRepository);
    connect(find, &QPushButton::clicked, this, &HarvestDialog::refresh);
    connect(m_repo, &QLineEdit::returnPressed, this, &HarvestDialog::refresh);
    connect(m_author, &QLineEdit::returnPressed, this, &HarvestDialog::refresh);
    connect(m_period, &QLineEdit::returnPressed, this, &HarvestDialog::refresh);
    connect(m_list, &QListWidget::itemChanged, this, &HarvestDialog::updateButton);
    connect(buttons, &QDialogButtonBox::accepted, this, &HarvestDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HarvestDialog::reject);
    updateButton();
}

void HarvestDialog::chooseRepository()
{
    const QString start = m_repo->text().isEmpty() ? QDir::homePath() : m_repo->text();
    const QString path = FileDialog::getExistingDirectory(this, tr("Choose a git repository"), start);
    if (!path.isEmpty())
        setRepository(path);
}

void HarvestDialog::setRepository(const QString &path)
{
    m_repo->setText(path);
    // The repository's own identity, as `git commit` would record it.
    if (const QString email = Harvest::userEmail(path); !email.isEmpty())
        m_author->setText(email);
    refresh();
}

void HarvestDialog::refresh()
{
    m_list->clear();
    m_candidates.clear();
    updateButton();
    const QString repo = m_repo->text().trimmed();
    if (repo.isEmpty())
        return;
    std::optional<Period> period;
    if (!m_period->text().trimmed().isEmpty()) {
        Result<Period> parsed = Period::parse(m_period->text().trimmed(), m_session->today());
        if (!parsed) {
            m_status->setText(parsed.error().message());
            return;
        }
        period = *parsed;
    }
    Result<QList<HarvestCandidate>> found = m_session->workspace().harvest().candidates({repo}, m_author->text().trimmed(), period);
    if (!found) {
        m_status->setText(found.error().message());
        return;
    }
    m_candidates = *found;
    const QSignalBlocker blocker(m_list);
    for (const HarvestCandidate &candidate : std::as_const(m_candidates)) {
        const QString commits = candidate.shas.size() == 1 ? tr("1 commit") : tr("%1 commits").arg(candidate.shas.size());
        auto *item
            = new QListWidgetItem(QStringLiteral("%1  %2  (%3)").arg(DisplayDate::text(candidate.date), candidate.title, commits), m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(candidate.body);
    }
    m_status->setText(m_candidates.isEmpty() ? tr("No new commits to harvest.") : tr("Check the ones worth keeping as wins."));
    updateButton();
}

QList<HarvestCandidate> HarvestDialog::checkedCandidates() const
{
    QList<HarvestCandidate> checked;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            checked << m_candidates.at(row);
    }
    return checked;
}

void HarvestDialog::updateButton()
{
    const qsizetype count = checkedCandidates().size();
    m_add->setText(count == 1 ? tr("Add 1 win") : tr("Add %1 wins").arg(count));
    m_add->setEnabled(count > 0);
}

void HarvestDialog::accept()
{
    const QList<HarvestCandidate> chosen = checkedCandidates();
    if (chosen.isEmpty())
        return;
    auto *command = new HarvestCommand(*m_session, chosen);
    const QString error = m_session->execute(command);
    if (!error.isEmpty()) {
        MessageBox::warning(this, windowTitle(), error);
        return;
    }
    m_added = command->summary().winsAdded; // a win stored meanwhile is not added again
    QDialog::accept();
}

} // namespace ladder
