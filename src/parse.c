/* placeholder */
#include "ogi/parse.h"
