/* cmd.h - the subcommands of ogi; each takes the arguments after its name
 * and returns the exit status. */
#ifndef OGI_CLI_CMD_H
#define OGI_CLI_CMD_H

int cmd_parse(int argc, char **argv);
int cmd_check(int argc, char **argv);

#endif
