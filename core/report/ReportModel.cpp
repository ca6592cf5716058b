#include "ReportModel.h"
