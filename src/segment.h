/*
 * segment.h - where the title and the six sections are.  Internal.
 *
 * Reports flattened to one line put headings in mid-line, so a place is a
 * (line, byte) pair, not a line.
 */
#ifndef OGI_SEGMENT_H
#define OGI_SEGMENT_H

#include "ogi/report.h"
#include "text.h"

typedef struct ogi_loc {
	size_t line; /* index into ogi_text.v */
	size_t byte; /* byte offset in that line */
} ogi_loc;

typedef struct ogi_section {
	int present;
	ogi_loc head;  /* start of the heading (its numbering) */
	ogi_loc body;  /* just after the heading text */
	ogi_loc end;   /* start of the next section, or the end of the text */
} ogi_section;

typedef struct ogi_segments {
	ogi_section s[OGI_SECTION_COUNT];
	int year;            /* from the title, 0 if none */
	char agency[256];    /* from the title, "" if none */
	ogi_pos title_pos;
} ogi_segments;

/* Finds the sections and the title of a normalised text. */
void ogi_segment(const ogi_text *t, ogi_segments *seg);

/* 1 when a precedes b. */
int ogi_loc_before(ogi_loc a, ogi_loc b);

#endif
