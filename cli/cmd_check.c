/* cmd_check.c - placeholder until ogi check is written (issue 3). */
#include <stdio.h>

#include "cmd.h"

int cmd_check(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fputs("ogi check: not implemented yet\n", stderr);
	return 2;
}
