/*
 * tables.h - reading the tables of sections 二, 三 and 四 into a report.
 * Internal.
 */
#ifndef OGI_TABLES_H
#define OGI_TABLES_H

#include "ogi/report.h"
#include "segment.h"
#include "text.h"

/*
 * Reads the tables of the sections found in seg, sets the report's format
 * (2019/2021 by the labels, legacy when no national table is there) and
 * its cells.  0 or OGI_ENOMEM.
 */
int ogi_read_tables(ogi_report *r, const ogi_text *t, const ogi_segments *seg);

#endif
