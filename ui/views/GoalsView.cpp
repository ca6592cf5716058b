// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalsView.h"

#include "DisplayDate.h"

#include "application/Journal.h"
#include "application/Workspace.h"
#include "commands/AddGoalCommand.h"
#include "commands/AddMilestoneCommand.h"
#include "commands/DeleteGoalCommand.h"
#include "commands/EditGoalCommand.h"
#include "commands/SetGoalStatusCommand.h"
#include "commands/ToggleMilestoneCommand.h"
#include "delegates/ProgressDelegate.h"
#include "dialogs/GoalEditDialog.h"
#include "models/GoalListModel.h"
#include "Session.h"
#include "StatusColors.h"

#include "widgets/FlowLayout.h"
#include "widgets/ResponsiveSplitter.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ladder {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

GoalsView::GoalsView(Session *session, QWidget *parent)
    : View(session, parent)
    , m_model(new GoalListModel(session, this))
    , m_filter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_splitter(new ResponsiveSplitter(this))
    , m_newButton(new QPushButton(tr("&New goal…"), this))
    , m_editButton(new QPushButton(tr("Ed&it…"), this))
    , m_doneButton(new QPushButton(tr("Mark d&one"), this))
    , m_dropButton(new QPushButton(tr("D&rop"), this))
    , m_reopenButton(new QPushButton(tr("Reo&pen"), this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_note(new QLabel(this))
    , m_milestones(new QListWidget(this))
    , m_newMilestone(new QLineEdit(this))
    , m_addMilestone(new QPushButton(tr("&Add"), this))
    , m_skills(new QLabel(this))
    , m_wins(new QListWidget(this))
{
    setObjectName(QStringLiteral("goalsView"));
    m_filter->setObjectName(QStringLiteral("goalStatusFilter"));
    m_filter->setAccessibleName(tr("Show goals"));
    m_filter->addItem(tr("All goals"), -1);
    m_filter->addItem(tr("Open"), int(GoalStatus::Open));
    m_filter->addItem(tr("Done"), int(GoalStatus::Done));
    m_filter->addItem(tr("Dropped"), int(GoalStatus::Dropped));
    m_table->setObjectName(QStringLiteral("goalTable"));
    m_table->setAccessibleName(tr("Goals"));
    m_splitter->setObjectName(QStringLiteral("goalsSplitter"));
    m_newButton->setObjectName(QStringLiteral("newGoalButton"));
    m_editButton->setObjectName(QStringLiteral("editGoalButton"));
    m_doneButton->setObjectName(QStringLiteral("goalDoneButton"));
    m_dropButton->setObjectName(QStringLiteral("goalDropButton"));
    m_reopenButton->setObjectName(QStringLiteral("goalReopenButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteGoalButton"));
    m_title->setObjectName(QStringLiteral("goalDetailTitle"));
    m_meta->setObjectName(QStringLiteral("goalDetailMeta"));
    m_note->setObjectName(QStringLiteral("goalDetailNote"));
    m_milestones->setObjectName(QStringLiteral("milestoneList"));
    m_milestones->setAccessibleName(tr("Milestones"));
    m_newMilestone->setObjectName(QStringLiteral("newMilestone"));
    m_newMilestone->setPlaceholderText(tr("A new milestone; Enter adds it"));
    m_newMilestone->setAccessibleName(tr("New milestone"));
    m_addMilestone->setObjectName(QStringLiteral("addMilestoneButton"));
    m_skills->setObjectName(QStringLiteral("goalDetailSkills"));
    m_wins->setObjectName(QStringLiteral("goalWins"));
    m_wins->setAccessibleName(tr("Wins behind this goal"));

    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(GoalListModel::ProgressColumn, new ProgressDelegate(GoalListModel::ProgressRole, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(GoalListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(GoalListModel::StatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(GoalListModel::DueColumn, QHeaderView::ResizeToContents);
    const int ch = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    header->resizeSection(GoalListModel::ProgressColumn, 20 * ch);
    // The skills read in the detail pane; the title needs the room more.
    m_table->setColumnHidden(GoalListModel::SkillsColumn, true);

    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    m_meta->setWordWrap(true);
    m_note->setWordWrap(true);
    m_skills->setWordWrap(true);

    // Wraps to a second line in a narrow window rather than widening it.
    auto *buttons = new FlowLayout;
    auto *filterLabel = new QLabel(tr("Sho&w:"), this);
    filterLabel->setBuddy(m_filter);
    buttons->addLabelled(filterLabel, m_filter);
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_doneButton);
    buttons->addWidget(m_dropButton);
    buttons->addWidget(m_reopenButton);
    buttons->addWidget(m_deleteButton);

    auto *detail = new QWidget(this);
    detail->setObjectName(QStringLiteral("goalDetail"));
    auto *add = new QHBoxLayout;
    add->addWidget(m_newMilestone, 1);
    add->addWidget(m_addMilestone);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_meta);
    detailLayout->addWidget(m_note);
    detailLayout->addWidget(heading(tr("Milestones"), detail));
    detailLayout->addWidget(m_milestones, 2);
    detailLayout->addLayout(add);
    detailLayout->addWidget(heading(tr("Skills"), detail));
    detailLayout->addWidget(m_skills);
    detailLayout->addWidget(heading(tr("Wins behind it"), detail));
    detailLayout->addWidget(m_wins, 2);

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // Side by side only where both halves fit without cutting columns.
    m_splitter->setSideBySideFrom(110);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_filter, m_newButton);
    setTabOrder(m_newButton, m_editButton);
    setTabOrder(m_editButton, m_doneButton);
    setTabOrder(m_doneButton, m_dropButton);
    setTabOrder(m_dropButton, m_reopenButton);
    setTabOrder(m_reopenButton, m_deleteButton);
    setTabOrder(m_deleteButton, m_table);
    setTabOrder(m_table, m_milestones);
    setTabOrder(m_milestones, m_newMilestone);
    setTabOrder(m_newMilestone, m_addMilestone);
    setTabOrder(m_addMilestone, m_wins);

    auto *deleteAction = new QAction(tr("Delete goal"), m_table);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &GoalsView::deleteSelected);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_filter->currentData().toInt();
        const qint64 keep = selectedGoalId();
        m_model->setStatusFilter(status < 0 ? std::nullopt : std::optional<GoalStatus>(GoalStatus(status)));
        if (!selectGoal(keep) && m_model->rowCount() > 0)
            selectGoal(m_model->goalAt(0)->id);
        updateDetail();
    });
    connect(m_newButton, &QPushButton::clicked, this, &GoalsView::newGoal);
    connect(m_editButton, &QPushButton::clicked, this, &GoalsView::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &GoalsView::deleteSelected);
    connect(m_doneButton, &QPushButton::clicked, this, [this] { setStatus(int(GoalStatus::Done)); });
    connect(m_dropButton, &QPushButton::clicked, this, [this] { setStatus(int(GoalStatus::Dropped)); });
    connect(m_reopenButton, &QPushButton::clicked, this, [this] { setStatus(int(GoalStatus::Open)); });
    connect(m_table, &QTableView::activated, this, &GoalsView::editSelected);
    // The detail and the buttons follow the selection, not only the current
    // row: Ctrl+click unselects a goal without moving the current row, and
    // the buttons must not then act on a goal no longer shown as selected.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &GoalsView::updateDetail);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GoalsView::updateDetail);
    connect(m_model, &GoalListModel::modelReset, this, &GoalsView::updateDetail);
    connect(m_model, &GoalListModel::layoutChanged, this, &GoalsView::updateDetail);
    connect(m_model, &GoalListModel::dataChanged, this, &GoalsView::updateDetail);
    connect(m_milestones, &QListWidget::itemChanged, this, &GoalsView::milestoneChanged);
    connect(m_newMilestone, &QLineEdit::returnPressed, this, &GoalsView::addMilestone);
    connect(m_addMilestone, &QPushButton::clicked, this, &GoalsView::addMilestone);
    connect(m_wins, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit showWinRequested(item->data(Qt::UserRole).toLongLong()); });
    createMenuActions();
    updateDetail();
}

void GoalsView::createMenuActions()
{
    // Window-wide shortcuts with Ctrl+Shift: the page's own keys (Delete,
    // Enter, Space) stay with the widget that has the focus.
    const auto make = [this](const QString &text, const char *name, QKeyCombination key, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(QKeySequence(key));
        connect(action, &QAction::triggered, this, [this, slot] {
            emit pageWanted();
            slot();
        });
        m_menuActions << action;
        return action;
    };
    make(tr("&New goal…"), "newGoalAction", Qt::CTRL | Qt::SHIFT | Qt::Key_G, [this] { newGoal(); });
    m_editAction = make(tr("&Edit goal…"), "editGoalAction", Qt::CTRL | Qt::SHIFT | Qt::Key_E, [this] { editSelected(); });
    m_doneAction = make(tr("Mark &done"), "goalDoneAction", Qt::CTRL | Qt::SHIFT | Qt::Key_D, [this] { setStatus(int(GoalStatus::Done)); });
    m_dropAction = make(tr("D&rop"), "goalDropAction", Qt::CTRL | Qt::SHIFT | Qt::Key_R, [this] { setStatus(int(GoalStatus::Dropped)); });
    m_reopenAction
        = make(tr("Re&open"), "goalReopenAction", Qt::CTRL | Qt::SHIFT | Qt::Key_O, [this] { setStatus(int(GoalStatus::Open)); });
    m_deleteAction = make(tr("De&lete goal"), "deleteGoalAction", Qt::CTRL | Qt::SHIFT | Qt::Key_Delete, [this] { deleteSelected(); });
    m_addMilestoneAction = make(tr("Add &milestone"), "addMilestoneAction", Qt::CTRL | Qt::SHIFT | Qt::Key_M, [this] {
        m_newMilestone->setFocus();
        m_newMilestone->selectAll();
    });
    m_toggleMilestoneAction = make(tr("&Tick or untick milestone"), "toggleMilestoneAction", Qt::CTRL | Qt::SHIFT | Qt::Key_T,
                                   [this] { toggleCurrentMilestone(); });
}

void GoalsView::updateMenuActions()
{
    if (!m_editAction)
        return;
    // The Goal menu acts on the goal the user sees selected: on another
    // page only "New goal…" is there to use.
    const bool shown = isVisible();
    const Goal *goal = selectedGoal();
    m_editAction->setEnabled(shown && m_editButton->isEnabled());
    m_deleteAction->setEnabled(shown && m_deleteButton->isEnabled());
    m_doneAction->setEnabled(shown && m_doneButton->isEnabled());
    m_dropAction->setEnabled(shown && m_dropButton->isEnabled());
    m_reopenAction->setEnabled(shown && m_reopenButton->isEnabled());
    m_addMilestoneAction->setEnabled(shown && goal);
    m_toggleMilestoneAction->setEnabled(shown && goal && !goal->milestones.isEmpty());
}

void GoalsView::showEvent(QShowEvent *event)
{
    View::showEvent(event);
    updateMenuActions();
}

void GoalsView::hideEvent(QHideEvent *event)
{
    View::hideEvent(event);
    updateMenuActions();
}

void GoalsView::toggleCurrentMilestone()
{
    QListWidgetItem *item = m_milestones->currentItem();
    if (!item && m_milestones->count() > 0)
        item = m_milestones->item(0);
    if (!item || !(item->flags() & Qt::ItemIsUserCheckable))
        return;
    // Through itemChanged, as a click on the box: one undoable step.
    item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
}

void GoalsView::resetForNewFile()
{
    m_filter->setCurrentIndex(0);
}

void GoalsView::refresh()
{
    const qint64 keep = selectedGoalId();
    m_model->reload();
    if (keep > 0 && selectedGoalId() != keep)
        selectGoal(keep);
    if (selectedGoalId() == 0 && m_model->rowCount() > 0)
        selectGoal(m_model->goalAt(0)->id);
    updateDetail();
}

bool GoalsView::selectGoal(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, GoalListModel::TitleColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

const Goal *GoalsView::selectedGoal() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return nullptr;
    return m_model->goalAt(current.row());
}

qint64 GoalsView::selectedGoalId() const
{
    const Goal *goal = selectedGoal();
    return goal ? goal->id : 0;
}

void GoalsView::updateDetail()
{
    const Goal *goal = selectedGoal();
    const bool has = goal != nullptr;
    m_editButton->setEnabled(has);
    m_deleteButton->setEnabled(has);
    m_doneButton->setEnabled(has && goal->status != GoalStatus::Done);
    m_dropButton->setEnabled(has && goal->status == GoalStatus::Open);
    m_reopenButton->setEnabled(has && goal->status != GoalStatus::Open);
    m_newMilestone->setEnabled(has);
    m_addMilestone->setEnabled(has);
    updateMenuActions();

    const QSignalBlocker blocker(m_milestones);
    const int keepRow = m_milestones->currentRow();
    m_milestones->clear();
    m_wins->clear();
    if (!goal) {
        m_title->setText(m_model->rowCount() == 0 ? tr("No goals yet") : tr("Select a goal"));
        m_meta->setText(m_model->rowCount() == 0 ? tr("Create one with “New goal…”, or from a step of the Roadmap.") : QString());
        m_note->clear();
        m_skills->clear();
        return;
    }
    m_title->setText(goal->title);
    QStringList meta;
    meta << GoalListModel::statusWord(goal->status);
    if (goal->due.isValid()) {
        if (goal->isOverdue(m_session->today()))
            meta << tr("overdue since %1").arg(DisplayDate::text(goal->due));
        else
            meta << tr("due %1").arg(DisplayDate::text(goal->due));
    }
    if (goal->closedOn.isValid())
        meta << tr("closed %1").arg(DisplayDate::text(goal->closedOn));
    meta << tr("created %1").arg(DisplayDate::text(goal->createdOn));
    meta << tr("%1% done").arg(int(goal->progress() * 100.0 + 0.5));
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    QPalette metaPalette = palette();
    if (goal->isOverdue(m_session->today()))
        metaPalette.setColor(QPalette::WindowText, StatusColors::bad(palette()));
    m_meta->setPalette(metaPalette);
    m_note->setText(goal->note);
    m_note->setVisible(!goal->note.isEmpty());

    for (const Milestone &m : goal->milestones) {
        QString text = m.text;
        if (m.isDone())
            text += tr("  (done %1)").arg(DisplayDate::text(m.doneOn));
        else if (m.due.isValid())
            text += tr("  (due %1)").arg(DisplayDate::text(m.due));
        auto *item = new QListWidgetItem(text, m_milestones);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m.isDone() ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, m.position);
    }
    if (goal->milestones.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No milestones yet: add the first below."), m_milestones);
        item->setFlags(Qt::NoItemFlags);
    }
    if (keepRow >= 0 && keepRow < m_milestones->count())
        m_milestones->setCurrentRow(keepRow);

    QStringList skills;
    for (const QString &slug : goal->skillSlugs)
        skills << m_session->skillName(slug);
    m_skills->setText(skills.isEmpty() ? tr("No linked skills.") : skills.join(QStringLiteral(", ")));

    if (m_session->isOpen()) {
        WinFilter filter;
        filter.goalId = goal->id;
        if (Result<QList<Win>> wins = m_session->workspace().journal().list(filter)) {
            for (const Win &win : std::as_const(*wins)) {
                auto *item = new QListWidgetItem(tr("%1  %2").arg(DisplayDate::text(win.date), win.title), m_wins);
                item->setData(Qt::UserRole, win.id);
            }
        }
    }
    if (m_wins->count() == 0) {
        auto *item = new QListWidgetItem(tr("No wins linked yet."), m_wins);
        item->setFlags(Qt::NoItemFlags);
    }
}

void GoalsView::milestoneChanged(QListWidgetItem *item)
{
    const Goal *goal = selectedGoal();
    if (!goal)
        return;
    const int position = item->data(Qt::UserRole).toInt();
    if (position < 1 || position > goal->milestones.size())
        return;
    const Milestone &m = goal->milestones.at(position - 1);
    const bool done = item->checkState() == Qt::Checked;
    if (done == m.isDone())
        return;
    m_milestones->setCurrentItem(item);
    // Queued: the write refreshes this list, which must not delete the item
    // while it is still announcing its own change.
    auto *command = new ToggleMilestoneCommand(*m_session, goal->id, position, m.text, m.doneOn, done ? m_session->today() : QDate());
    QMetaObject::invokeMethod(
        this, [this, command] { m_session->undoStack()->push(command); }, Qt::QueuedConnection);
}

void GoalsView::addMilestone()
{
    const Goal *goal = selectedGoal();
    const QString text = m_newMilestone->text().trimmed();
    if (!goal || text.isEmpty())
        return;
    const QString error = m_session->execute(new AddMilestoneCommand(*m_session, goal->id, text, QDate()));
    if (!error.isEmpty()) {
        emit statusMessage(error);
        return;
    }
    m_newMilestone->clear();
}

void GoalsView::setStatus(int status)
{
    const Goal *goal = selectedGoal();
    if (!goal)
        return;
    m_session->undoStack()->push(new SetGoalStatusCommand(*m_session, *goal, GoalStatus(status), m_session->today()));
}

void GoalsView::newGoal()
{
    Goal blank;
    GoalEditDialog dialog(m_session, blank, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new AddGoalCommand(*m_session, dialog.goal());
    if (const QString error = m_session->execute(command); !error.isEmpty()) {
        emit statusMessage(error);
        return;
    }
    selectGoal(command->goalId());
}

void GoalsView::editSelected()
{
    const Goal *goal = selectedGoal();
    if (!goal)
        return;
    const Goal before = *goal;
    GoalEditDialog dialog(m_session, before, this);
    dialog.setSave([this, &before](const Goal &after) { return m_session->execute(new EditGoalCommand(*m_session, before, after)); });
    dialog.exec();
}

void GoalsView::deleteSelected()
{
    const Goal *goal = selectedGoal();
    if (!goal)
        return;
    QList<qint64> winIds;
    WinFilter filter;
    filter.goalId = goal->id;
    if (Result<QList<Win>> wins = m_session->workspace().journal().list(filter)) {
        for (const Win &win : std::as_const(*wins))
            winIds << win.id;
    }
    // The command tells the window what it did (WriteCommand::doneMessage).
    m_session->undoStack()->push(new DeleteGoalCommand(*m_session, *goal, winIds));
}

} // namespace ladder
