/* report_int.h - what the parser hands to a report.  Internal. */
#ifndef OGI_REPORT_INT_H
#define OGI_REPORT_INT_H

#include "ogi/report.h"
#include "text.h"

/* The report takes over t's lines (t is left empty). */
void ogi_report_take_text(ogi_report *r, ogi_text *t);
void ogi_report_set_encoding(ogi_report *r, const char *enc);

#endif
