// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinFormat.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <array>

namespace ladder {

namespace {

struct Named
{
    WinFormat format;
    QLatin1StringView name;
    QLatin1StringView extension; // as OutputName::formatOf names it
};

// A jrnl journal file is plain text (jrnl's own is journal.txt).
constexpr std::array<Named, 5> Names = {{{WinFormat::Ladder, QLatin1StringView("ladder"), QLatin1StringView("json")},
                                         {WinFormat::Jrnl, QLatin1StringView("jrnl"), QLatin1StringView("json")},
                                         {WinFormat::JrnlText, QLatin1StringView("jrnl-text"), QLatin1StringView("txt")},
                                         {WinFormat::Csv, QLatin1StringView("csv"), QLatin1StringView("csv")},
                                         {WinFormat::Markdown, QLatin1StringView("markdown"), QLatin1StringView("md")}}};

// How much of a file detect() looks at: a header, a first entry.
constexpr qsizetype Sniff = 64 * 1024;

QString firstLines(const QByteArray &data, int count)
{
    QByteArray head = data.left(Sniff);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    QStringList lines;
    for (const QByteArray &line : head.split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (text.isEmpty())
            continue;
        lines << text;
        if (lines.size() == count)
            break;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

std::optional<WinFormat> WinFormats::parse(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("md"))
        return WinFormat::Markdown;
    for (const Named &named : Names) {
        if (lower == named.name)
            return named.format;
    }
    return std::nullopt;
}

QString WinFormats::name(WinFormat format)
{
    for (const Named &named : Names) {
        if (named.format == format)
            return named.name;
    }
    return {};
}

QString WinFormats::extension(WinFormat format)
{
    for (const Named &named : Names) {
        if (named.format == format)
            return named.extension;
    }
    return {};
}

QStringList WinFormats::names()
{
    QStringList out;
    for (const Named &named : Names)
        out << named.name;
    return out;
}

std::optional<WinFormat> WinFormats::detect(const QByteArray &data, const QString &fileName)
{
    const QString head = firstLines(data, 5);
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    // A jrnl journal file starts with its first entry's "[date time] title":
    // before JSON, which may start with '[' too.
    static const QRegularExpression jrnlEntry(QStringLiteral(R"re(^\[[^\]\n]*\d[^\]\n]*\]\s)re"));
    if (jrnlEntry.match(head).hasMatch())
        return WinFormat::Jrnl;
    if (head.startsWith(QLatin1Char('{')) || head.startsWith(QLatin1Char('[')) || suffix == QLatin1String("json")) {
        // jrnl's export is an object with "entries"; any other JSON is read
        // as Ladder's export, whose reader says exactly what is wrong with it.
        static const QRegularExpression ladder(QStringLiteral(R"re("format"\s*:\s*"ladder-export")re"));
        static const QRegularExpression jrnl(QStringLiteral(R"re("entries"\s*:)re"));
        const QString sniffed = QString::fromUtf8(data.left(Sniff));
        if (!ladder.match(sniffed).hasMatch() && jrnl.match(sniffed).hasMatch())
            return WinFormat::Jrnl;
        return WinFormat::Ladder;
    }
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv"))
        return WinFormat::Csv;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return WinFormat::Markdown;
    // Headings or list items: a brag document.
    static const QRegularExpression markdown(QStringLiteral(R"re(^(#{1,6}\s|[-*+]\s))re"), QRegularExpression::MultilineOption);
    if (markdown.match(head).hasMatch())
        return WinFormat::Markdown;
    // A header row whose separator appears the same number of times in the
    // next rows: a spreadsheet.
    const QStringList lines = head.split(QLatin1Char('\n'));
    for (const QChar separator : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        const qsizetype columns = lines.first().count(separator);
        if (columns > 0 && (lines.size() < 2 || lines.at(1).count(separator) >= columns))
            return WinFormat::Csv;
    }
    return std::nullopt;
}

} // namespace ladder
