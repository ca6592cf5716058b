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

// The locale that decides the messages, as glibc reads it: the first of
// these set. The C locale there is what tests, scripts and pipelines ask for
// with LC_ALL=C.UTF-8 to get the untranslated text, whatever $LANGUAGE says.
QLocale messagesLocale()
{
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QByteArray value = qgetenv(name);
        if (value.isEmpty())
            continue;
        if (value == "C" || value == "POSIX" || value.startsWith("C."))
            return QLocale::c();
        break;
    }
    return QLocale::system();
}

} // namespace

Translations::Translations()
    : Translations(messagesLocale())
{
}

Translations::Translations(const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return;
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
