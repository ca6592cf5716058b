// SPDX-License-Identifier: GPL-3.0-or-later
#include "SkillPicker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QStringListModel>

namespace ladder {

namespace {

const QRegularExpression &separators()
{
    static const QRegularExpression re(QStringLiteral("[\\s,;]+"));
    return re;
}

} // namespace

SkillPicker::SkillPicker(QWidget *parent)
    : QLineEdit(parent)
    , m_model(new QStringListModel(this))
    , m_completer(new QCompleter(m_model, this))
{
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->popup()->setObjectName(QStringLiteral("skillCompletionPopup"));
    connect(this, &QLineEdit::textEdited, this, &SkillPicker::updateCompletion);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &SkillPicker::insertCompletion);
    setPlaceholderText(tr("skill slugs, e.g. debugging, monitoring"));
}

void SkillPicker::setSkills(const QStringList &slugs, const QStringList &names)
{
    m_slugs = slugs;
    // "system-design — System design": the slug is what gets inserted, the
    // name is there so that typing part of it finds the skill too.
    QStringList entries;
    for (qsizetype i = 0; i < slugs.size(); ++i) {
        const QString name = names.value(i);
        entries << (name.isEmpty() || name == slugs.at(i) ? slugs.at(i) : slugs.at(i) + QStringLiteral(" — ") + name);
    }
    m_model->setStringList(entries);
}

QStringList SkillPicker::slugs() const
{
    QStringList out;
    const QStringList words = text().split(separators(), Qt::SkipEmptyParts);
    for (QString word : words) {
        word = word.toLower();
        while (word.startsWith(QLatin1Char('@')))
            word.remove(0, 1);
        if (!word.isEmpty() && !out.contains(word))
            out << word;
    }
    return out;
}

QStringList SkillPicker::unknownSlugs() const
{
    QStringList unknown;
    for (const QString &slug : slugs()) {
        if (!m_slugs.contains(slug))
            unknown << slug;
    }
    return unknown;
}

void SkillPicker::setSlugs(const QStringList &slugs)
{
    setText(slugs.join(QStringLiteral(", ")));
}

void SkillPicker::addSlugs(const QStringList &more)
{
    QStringList all = slugs();
    for (const QString &slug : more) {
        if (!all.contains(slug))
            all << slug;
    }
    setSlugs(all);
}

QString SkillPicker::currentWord() const
{
    const QString before = text().left(cursorPosition());
    const qsizetype start = before.lastIndexOf(separators());
    if (start < 0)
        return before;
    const QRegularExpressionMatch match = separators().match(before, start);
    return before.mid(match.capturedEnd());
}

void SkillPicker::updateCompletion()
{
    const QString word = currentWord();
    if (word.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(word);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    m_completer->complete();
}

void SkillPicker::insertCompletion(const QString &completion)
{
    const QString slug = completion.section(QStringLiteral(" — "), 0, 0);
    const QString word = currentWord();
    const int end = cursorPosition();
    const int start = end - int(word.size());
    QString rest = text().mid(end);
    QString next = text().left(start) + slug;
    // Leave the cursor ready for the next skill.
    if (rest.trimmed().isEmpty()) {
        next += QStringLiteral(", ");
        rest.clear();
    }
    setText(next + rest);
    setCursorPosition(int(next.size()));
}

void SkillPicker::keyPressEvent(QKeyEvent *event)
{
    // While the popup is open, these keys belong to it (QCompleter's filter
    // forwards them here first): let it pick the entry.
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab: event->ignore(); return;
        default: break;
        }
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace ladder
