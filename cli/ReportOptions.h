#pragma once

#include "domain/Framework.h"
#include "domain/Period.h"
#include "domain/Result.h"
#include "report/ReportData.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>
#include <QString>

namespace ladder {

class CommandContext;
class Workspace;

// The options gap, readiness, roadmap and report share, with their defaults in
// one place: --target / --to (the level above the current one), --period (the
// 12 months ending today), --name (the settings' user-name), --format (from
// -o's extension), -o, --group (skill); --page-size lives with the PDF writer (PdfOptions). Each bad value is an
// error naming its option.
class ReportOptions
{
public:
    enum class Format { Markdown, Html, Pdf };

    static QCommandLineOption targetOption();    // --target LEVEL
    static QCommandLineOption toOption();        // --to LEVEL
    static QCommandLineOption periodOption();    // --period P
    static QCommandLineOption nameOption();      // --name NAME
    static QCommandLineOption formatOption();    // --format md|html|pdf
    static QCommandLineOption outputOption();    // -o, --output FILE
    static QCommandLineOption groupOption();     // --group skill|month

    // Where the user stands (Review::standing): what every one of these
    // commands reads; --name (when the command has it) replaces the settings'
    // user-name.
    static Result<ReportData> standing(Workspace &workspace, const QCommandLineParser &parser);

    // The level given with `option` ("target" or "to"), by slug or name; else
    // the level right above the current one, or the current one at the top.
    static Result<QString> level(const QCommandLineParser &parser, const QString &option, const ReportData &data);
    // --period, else the 12 months ending today (both days included).
    static Result<Period> period(const QCommandLineParser &parser, const QDate &today);

    // --format, else from -o's extension (.md, .markdown, .html, .htm, .pdf).
    static Result<Format> format(const QCommandLineParser &parser);
    // Writes the report to -o: atomically to a file, or to standard output for
    // "-" (text formats only).
    static Result<void> write(CommandContext &context, const QString &output, Format format, const QByteArray &bytes);
};

} // namespace ladder
