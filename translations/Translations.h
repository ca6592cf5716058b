// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QTranslator>

namespace ladder {

// The translators of one locale, installed into the running application for
// as long as this object lives: Ladder's own strings (translations/*.ts) and
// Qt's (qtbase_*.qm from the system's Qt translations, for the Save/Cancel
// buttons and QCommandLineParser's own text). Each main makes one from
// QLocale::system() right after its application object and before any text
// is translated; tests make one for the language they check.
class Translations
{
public:
    // The locale of the messages: QLocale::system(), except that the C or
    // POSIX locale in LC_ALL, LC_MESSAGES or LANG means no translation, as in
    // gettext (Qt alone would still go by $LANGUAGE).
    Translations();
    explicit Translations(const QLocale &locale);
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // Whether a translation of Ladder's / Qt's strings for the locale was found.
    bool hasLadder() const { return m_ladderLoaded; }
    bool hasQt() const { return m_qtLoaded; }

private:
    QTranslator m_ladder;
    QTranslator m_qt;
    bool m_ladderLoaded = false;
    bool m_qtLoaded = false;
};

} // namespace ladder
