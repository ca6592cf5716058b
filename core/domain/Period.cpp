#include "Period.h"
