#pragma once

#include "domain/Result.h"
#include "domain/Win.h"

#include <QJsonObject>

namespace ladder {

// A win as JSON: the object `--json` listings print and the export holds.
QJsonObject winToJson(const Win &win);
// Reads what winToJson wrote; `where` names the place for errors ("export.json: wins[3]").
Result<Win> winFromJson(const QJsonObject &object, const QString &where);

} // namespace ladder
