/* tables.c - placeholder */
#include "tables.h"
int ogi_read_tables(ogi_report *r, const ogi_text *t, const ogi_segments *seg) { (void)r; (void)t; (void)seg; return 0; }
