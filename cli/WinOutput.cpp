#include "WinOutput.h"

#include "CommandContext.h"
#include "TextTable.h"
#include "domain/IsoTime.h"
#include "io/WinJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ladder {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WinOutput", text);
}

const QString Star = QString(QChar(0x2605));

} // namespace

void printWinList(CommandContext &context, const QList<Win> &wins)
{
    if (context.json) {
        // One record per line: quick at 100,000 wins, and easy to grep or jq.
        QByteArray out = "[";
        for (qsizetype i = 0; i < wins.size(); ++i) {
            out += i == 0 ? "\n" : ",\n";
            out += winToJson(wins.at(i));
        }
        out += wins.isEmpty() ? "]\n" : "\n]\n";
        context.out() << QString::fromUtf8(out);
        context.out().flush();
        return;
    }
    if (wins.isEmpty()) {
        context.err() << tr("No wins match.") << '\n';
        context.err().flush();
        return;
    }
    TextTable table({tr("ID"), tr("DATE"), Star, tr("TITLE"), tr("SKILLS"), tr("TAGS")});
    table.setElidedColumn(3);
    for (const Win &w : wins) {
        // IsoTime: QDate::toString goes through printf, a tenth of a listing's time.
        table.addRow({QString::number(w.id), QString::fromLatin1(IsoTime::formatDate(w.date)), w.starred ? Star : QString(), w.title,
                      w.skillSlugs.join(QStringLiteral(", ")), w.tags.join(QStringLiteral(", "))});
    }
    table.print(context);
}

void printWin(CommandContext &context, const Win &w)
{
    if (context.json) {
        context.printJson(winToJsonObject(w));
        return;
    }
    QTextStream &out = context.out();
    out << context.dim(QStringLiteral("#%1  %2").arg(w.id).arg(w.date.toString(Qt::ISODate)))
        << (w.starred ? QStringLiteral("  ") + context.accent(Star) : QString()) << '\n';
    out << context.bold(w.title) << '\n';
    if (!w.impact.isEmpty())
        out << tr("Impact: ") << context.shown(w.impact) << '\n';
    if (!w.skillSlugs.isEmpty())
        out << tr("Skills: ") << context.shown(w.skillSlugs.join(QStringLiteral(", "))) << '\n';
    if (!w.tags.isEmpty())
        out << tr("Tags: ") << context.shown(w.tags.join(QStringLiteral(", "))) << '\n';
    if (!w.goalIds.isEmpty()) {
        QStringList ids;
        for (qint64 g : w.goalIds)
            ids << QString::number(g);
        out << tr("Goals: ") << ids.join(QStringLiteral(", ")) << '\n';
    }
    if (!w.body.isEmpty())
        out << '\n' << context.shownLines(w.body) << '\n';
    out.flush();
}

} // namespace ladder
