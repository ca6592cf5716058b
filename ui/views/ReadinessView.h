#pragma once

#include "View.h"

namespace ladder {

// Placeholder until core/report and core/render land.
class ReadinessView : public View
{
    Q_OBJECT

public:
    explicit ReadinessView(Session *session, QWidget *parent = nullptr);
    void refresh() override;
};

} // namespace ladder
