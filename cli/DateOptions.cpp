#include "DateOptions.h"

#include "domain/DateExpression.h"

#include <QCoreApplication>

namespace ladder {

Result<QDate> readDateOption(const QCommandLineParser &parser, const QString &name, const QDate &today)
{
    if (!parser.isSet(name))
        return QDate();
    Result<QDate> date = DateExpression::parse(parser.value(name), today);
    if (!date)
        return date.error().at(QStringLiteral("--") + name);
    return date;
}

Result<QDate> readPastDateOption(const QCommandLineParser &parser, const QString &name, const QDate &today)
{
    Result<QDate> date = readDateOption(parser, name, today);
    if (!date)
        return date;
    if (!date->isValid())
        return today;
    if (*date > today)
        return Error(QCoreApplication::translate("DateOptions", "--%1 %2: %3 is in the future (today is %4)")
                         .arg(name, parser.value(name), date->toString(Qt::ISODate), today.toString(Qt::ISODate)));
    return date;
}

} // namespace ladder
