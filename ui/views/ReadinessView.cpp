#include "ReadinessView.h"

namespace ladder {

ReadinessView::ReadinessView(Session *session, QWidget *parent)
    : View(session, parent)
{
    setObjectName(QStringLiteral("readinessView"));
}

void ReadinessView::refresh()
{
}

} // namespace ladder
