/* placeholder until the command is written */
#include <stdio.h>
#include "ogi/ogi.h"
int main(void) { puts(ogi_version()); return 0; }
