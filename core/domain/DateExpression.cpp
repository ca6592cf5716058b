#include "DateExpression.h"
