// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserGuideDialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace ladder {

QString UserGuideDialog::markdown()
{
    QFile file(QStringLiteral(":/docs/user-guide.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    // A picture is a line of its own: "![The Wins page](screenshots/wins-light.png)".
    static const QRegularExpression picture(QStringLiteral("^!\\[[^\\]]*\\]\\([^)]*\\)\\s*$"), QRegularExpression::MultilineOption);
    text.remove(picture);
    return text;
}

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("Ladder user guide"));
    m_browser->setObjectName(QStringLiteral("userGuideText"));
    m_browser->setMarkdown(markdown());
    // Links to the other documents of docs/ have no page here; web links
    // open in the browser.
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            QDesktopServices::openUrl(url);
        else if (url.hasFragment() && url.path().isEmpty())
            m_browser->scrollToAnchor(url.fragment());
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    const int line = fontMetrics().height();
    resize(line * 42, line * 36);
}

} // namespace ladder
