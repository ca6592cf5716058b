// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstRunPage.h"

#include "application/Frameworks.h"
#include "application/Goals.h"
#include "application/Journal.h"
#include "application/Ratings.h"
#include "application/Workspace.h"
#include "commands/SetLevelsCommand.h"
#include "domain/WinFilter.h"
#include "engine/LevelLookup.h"
#include "FileDialog.h"
#include "io/FrameworkFormat.h"
#include "Session.h"
#include "StatusColors.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace ladder {

namespace {

// One key per database file: its absolute path, hashed (a path is no
// QSettings key: its slashes would make groups).
QString settledKey(const QString &path)
{
    const QByteArray absolute = QFileInfo(path).absoluteFilePath().toUtf8();
    return QStringLiteral("firstRun/") + QString::fromLatin1(QCryptographicHash::hash(absolute, QCryptographicHash::Sha1).toHex());
}

} // namespace

bool FirstRunPage::isSettled(const QString &path)
{
    return QSettings().value(settledKey(path), false).toBool();
}

void FirstRunPage::setSettled(const QString &path, bool settled)
{
    QSettings settings;
    if (settled)
        settings.setValue(settledKey(path), true);
    else
        settings.remove(settledKey(path));
}

bool FirstRunPage::isNeeded(Session &session)
{
    if (!session.isOpen() || isSettled(session.path()))
        return false;
    Workspace &workspace = session.workspace();
    // Anything already in the journal means it is no first run: a database
    // made by ladder-cli or brought from another machine.
    // Cheapest first, stopping at the first thing found: an existing
    // journal opened by a new version must not load every rating to say no.
    Result<qint64> wins = workspace.journal().count(WinFilter());
    if (!wins || *wins > 0)
        return false;
    Result<QList<Goal>> goals = workspace.goals().list();
    if (!goals || !goals->isEmpty())
        return false;
    Result<QList<Assessment>> ratings = workspace.ratings().all();
    return ratings && ratings->isEmpty();
}

FirstRunPage::FirstRunPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_framework(new QComboBox(this))
    , m_import(new QPushButton(tr("&Import your company's…"), this))
    , m_current(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_skip(new QPushButton(tr("S&kip for now"), this))
{
    setObjectName(QStringLiteral("firstRunPage"));
    m_framework->setObjectName(QStringLiteral("firstRunFramework"));
    m_framework->setAccessibleName(tr("Framework"));
    m_current->setAccessibleName(tr("Your level now"));
    m_target->setAccessibleName(tr("Level aimed for"));
    m_import->setObjectName(QStringLiteral("firstRunImport"));
    m_current->setObjectName(QStringLiteral("firstRunCurrent"));
    m_target->setObjectName(QStringLiteral("firstRunTarget"));
    m_error->setObjectName(QStringLiteral("firstRunError"));
    m_start->setObjectName(QStringLiteral("firstRunStart"));
    m_skip->setObjectName(QStringLiteral("firstRunSkip"));

    auto *title = new QLabel(tr("Welcome to Ladder"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("Three things before your journal starts. Readiness and gaps are measured "
                                "against these; File ▸ Set up… changes them later."),
                             this);
    intro->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *frameworkRow = new QHBoxLayout;
    frameworkRow->addWidget(m_framework, 1);
    frameworkRow->addWidget(m_import);
    auto *form = new QFormLayout;
    auto *frameworkLabel = new QLabel(tr("Fra&mework:"), this);
    frameworkLabel->setBuddy(m_framework);
    auto *currentLabel = new QLabel(tr("&Your level now:"), this);
    currentLabel->setBuddy(m_current);
    auto *targetLabel = new QLabel(tr("&Aiming for:"), this);
    targetLabel->setBuddy(m_target);
    form->addRow(frameworkLabel, frameworkRow);
    form->addRow(currentLabel, m_current);
    form->addRow(targetLabel, m_target);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_skip);
    buttons->addWidget(m_start);
    m_start->setDefault(true);

    // A small column in the middle of the window, not a form stretched
    // across it.
    auto *column = new QWidget(this);
    const int line = fontMetrics().height();
    column->setMaximumWidth(line * 34);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(title);
    columnLayout->addSpacing(line / 2);
    columnLayout->addWidget(intro);
    columnLayout->addSpacing(line);
    columnLayout->addLayout(form);
    columnLayout->addWidget(m_error);
    columnLayout->addSpacing(line);
    columnLayout->addLayout(buttons);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(column, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(m_framework, &QComboBox::activated, this, &FirstRunPage::frameworkChosen);
    connect(m_import, &QPushButton::clicked, this, &FirstRunPage::importClicked);
    connect(m_current, &QComboBox::currentIndexChanged, this, [this] {
        // The level aimed for starts one above the one chosen now.
        if (m_current->currentIndex() >= 0)
            m_target->setCurrentIndex(std::min(m_current->currentIndex() + 1, m_target->count() - 1));
    });
    connect(m_start, &QPushButton::clicked, this, &FirstRunPage::start);
    connect(m_skip, &QPushButton::clicked, this, &FirstRunPage::skip);
}

void FirstRunPage::reload()
{
    m_error->hide();
    m_framework->clear();
    if (!m_session->isOpen())
        return;
    Result<QList<Framework>> frameworks = m_session->workspace().frameworks().list();
    if (frameworks) {
        for (const Framework &framework : *frameworks)
            m_framework->addItem(framework.name, framework.slug);
    }
    m_framework->setCurrentIndex(m_framework->findData(m_session->framework().slug));
    fillLevels();
}

void FirstRunPage::fillLevels()
{
    const Framework &framework = m_session->framework();
    const QList<Level> levels = LevelLookup::byRank(framework);
    const QString target = m_session->defaultTarget();
    const QSignalBlocker blockCurrent(m_current);
    m_current->clear();
    m_target->clear();
    for (const Level &level : levels) {
        m_current->addItem(level.name, level.slug);
        m_target->addItem(level.name, level.slug);
    }
    m_current->setCurrentIndex(std::max(0, m_current->findData(m_session->currentLevel())));
    m_target->setCurrentIndex(std::max(0, m_target->findData(target)));
}

void FirstRunPage::frameworkChosen(int index)
{
    const QString slug = m_framework->itemData(index).toString();
    if (slug.isEmpty() || slug == m_session->framework().slug)
        return;
    if (Result<void> activated = m_session->workspace().frameworks().activate(slug); !activated) {
        showError(activated.error().message());
        return;
    }
    m_session->notifyChanged();
    fillLevels();
}

void FirstRunPage::importClicked()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Import your company's framework"), QString(),
                                                     tr("Career frameworks (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFramework(path);
}

bool FirstRunPage::importFramework(const QString &path)
{
    m_error->hide();
    // The same checks and the same import as `ladder-cli framework import
    // --activate`: a file with problems brings nothing in.
    Result<Framework> framework = FrameworkFormat::readFile(path);
    if (!framework) {
        showError(framework.error().message());
        return false;
    }
    Frameworks::ImportOptions options;
    options.activate = true;
    if (Result<Frameworks::Outcome> imported = m_session->workspace().frameworks().import(*framework, options); !imported) {
        showError(imported.error().message());
        return false;
    }
    m_session->notifyChanged();
    reload();
    return true;
}

void FirstRunPage::start()
{
    const QString current = m_current->currentData().toString();
    const QString target = m_target->currentData().toString();
    if (!current.isEmpty()) {
        const QString error = m_session->execute(new SetLevelsCommand(*m_session, current, target));
        if (!error.isEmpty()) {
            showError(error);
            return;
        }
    }
    setSettled(m_session->path(), true);
    emit finished();
}

void FirstRunPage::showError(const QString &message)
{
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, StatusColors::bad(palette()));
    m_error->setPalette(errorPalette);
    m_error->setText(message);
    m_error->show();
}

void FirstRunPage::skip()
{
    setSettled(m_session->path(), true);
    emit finished();
}

} // namespace ladder
