#include "SearchQuery.h"
