// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditorDialog.h"

#include "MessageBox.h"

#include <QDialogButtonBox>
#include <QKeySequence>
#include <QMetaProperty>
#include <QShortcut>

namespace ladder {

EditorDialog::EditorDialog(QWidget *parent)
    : QDialog(parent)
{
    // Both Return keys: the main one and the keypad's Enter.
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *save = new QShortcut(keys, this);
        save->setContext(Qt::WidgetWithChildrenShortcut);
        connect(save, &QShortcut::activated, this, &EditorDialog::accept);
    }
}

void EditorDialog::showEvent(QShowEvent *event)
{
    // The first show is the baseline: fields filled in by the constructor
    // (the win being edited, today's date) are not the user's typing.
    if (!m_shown) {
        m_shown = true;
        m_opened = fieldValues();
    }
    QDialog::showEvent(event);
}

QVariantList EditorDialog::fieldValues() const
{
    QVariantList values;
    const QList<QWidget *> fields = findChildren<QWidget *>();
    for (const QWidget *field : fields) {
        // The dialog's own buttons are not fields.
        if (qobject_cast<const QDialogButtonBox *>(field->parentWidget()))
            continue;
        const QMetaProperty property = field->metaObject()->userProperty();
        if (!property.isValid())
            continue;
        QVariant value = property.read(field);
        if (value.typeId() == QMetaType::QString)
            value = value.toString().trimmed();
        values << value;
    }
    return values;
}

bool EditorDialog::hasChanges() const
{
    return m_shown && fieldValues() != m_opened;
}

QString EditorDialog::discardTitle() const
{
    return tr("Discard changes?");
}

QString EditorDialog::discardText() const
{
    return tr("What you typed here has not been saved. Throw it away?");
}

void EditorDialog::reject()
{
    if (hasChanges()) {
        const auto answer
            = MessageBox::question(this, discardTitle(), discardText(), QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

} // namespace ladder
