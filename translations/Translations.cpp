// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

namespace ladder {

namespace {

bool loadLadder(QTranslator &translator, const QLocale &locale)
{
    // An installed .qm (share/ladder/translations beside the bin folder, so
    // that a relocated install finds its own) wins over the embedded one,
    // which the build folder and the tests use.
    const QString installed = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../" LADDER_TRANSLATIONS_DIR));
    for (const QString &folder : {installed, QStringLiteral(":/i18n")}) {
        if (translator.load(locale, QStringLiteral("ladder"), QStringLiteral("_"), folder))
            return true;
    }
    return false;
}

} // namespace

Translations::Translations(const QLocale &locale)
{
    m_ladderLoaded = loadLadder(m_ladder, locale);
    if (m_ladderLoaded)
        QCoreApplication::installTranslator(&m_ladder);
    m_qtLoaded = m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_qtLoaded)
        QCoreApplication::installTranslator(&m_qt);
}

Translations::~Translations()
{
    QCoreApplication::removeTranslator(&m_qt);
    QCoreApplication::removeTranslator(&m_ladder);
}

} // namespace ladder
