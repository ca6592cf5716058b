#include "FrameworkFormat.h"
