/* segment.c - placeholder */
#include <string.h>
#include "segment.h"
void ogi_segment(const ogi_text *t, ogi_segments *seg) { (void)t; memset(seg, 0, sizeof(*seg)); }
int ogi_loc_before(ogi_loc a, ogi_loc b) { return a.line < b.line || (a.line == b.line && a.byte < b.byte); }
