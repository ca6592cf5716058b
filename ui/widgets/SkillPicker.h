// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>
#include <QStringList>

class QCompleter;
class QStringListModel;

namespace ladder {

// A line edit for several skill slugs ("debugging, monitoring") with
// completion on the word being typed: the popup offers the framework's slugs
// (and matches names too, "sys" finds system-design), Enter or Tab takes one.
class SkillPicker : public QLineEdit
{
    Q_OBJECT

public:
    explicit SkillPicker(QWidget *parent = nullptr);

    // Slugs with their display names, for completion and validation.
    void setSkills(const QStringList &slugs, const QStringList &names);
    // The slugs typed, in order, without duplicates (unknown words included:
    // unknownSlugs() names them so the dialog can refuse to save).
    QStringList slugs() const;
    QStringList unknownSlugs() const;
    void setSlugs(const QStringList &slugs);
    // Adds slugs the user has not typed yet (from @tags in a quick-add title).
    void addSlugs(const QStringList &slugs);

    QCompleter *completer() const { return m_completer; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString currentWord() const;
    void updateCompletion();
    void insertCompletion(const QString &completion);

    QStringList m_slugs;
    QStringListModel *m_model;
    QCompleter *m_completer;
};

} // namespace ladder
