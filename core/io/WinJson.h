// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/Win.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ladder {

// The translation context of the text of the functions below.
struct WinJson
{
    Q_DECLARE_TR_FUNCTIONS(WinJson)
};

class JsonWriter;

// A win as JSON: the object `--json` listings print and the export holds,
// written as one compact record (fast at 100,000 wins).
void writeWinJson(JsonWriter &writer, const Win &win);
QByteArray winToJson(const Win &win);
// The same record as a QJsonObject, for documents that embed a few wins.
QJsonObject winToJsonObject(const Win &win);
// Reads what winToJson wrote; `where` names the place for errors ("export.json: wins[3]").
Result<Win> winFromJson(const QJsonObject &object, const QString &where);

} // namespace ladder
