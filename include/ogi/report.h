/*
 * ogi/report.h - the report model: format, year, agency, the six sections
 * as spans of the input, and every cell of sections 二, 三 and 四 with its
 * value, status and provenance.
 *
 * A report comes from ogi_parse() (ogi/parse.h) or is built with
 * ogi_report_new() and the setters (render, tally and sum do this).
 */
#ifndef OGI_REPORT_H
#define OGI_REPORT_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ogi_report ogi_report;

/** The national format a report follows, told apart by its tables' labels. */
typedef enum ogi_format {
	OGI_FORMAT_UNKNOWN = 0,
	OGI_FORMAT_LEGACY, /**< older than the 2019 format: no national tables */
	OGI_FORMAT_2019,   /**< 国办公开办函〔2019〕60号 */
	OGI_FORMAT_2021    /**< 国办公开办函〔2021〕30号 */
} ogi_format;

/** What ogi knows of a cell. */
typedef enum ogi_cell_status {
	OGI_CELL_ABSENT = 0, /**< the document does not have this cell */
	OGI_CELL_READ,       /**< a number printed in the document */
	OGI_CELL_BLANK,      /**< the cell is printed empty */
	OGI_CELL_SLASH,      /**< the cell holds "/" or a dash: not applicable */
	OGI_CELL_DERIVED,    /**< the row is missing; the table's identities fix it */
	OGI_CELL_AMBIGUOUS   /**< printed, but ogi cannot tell its value */
} ogi_cell_status;

/** A cell.  value = units / 10^scale when status is READ or DERIVED. */
typedef struct ogi_cell {
	ogi_cell_status status;
	int64_t units;
	unsigned scale; /**< decimal places, 0 for counts */
	ogi_pos pos;    /**< where it was read; {0,0} when not read */
} ogi_cell;

/** The six sections 一..六 of the national layout. */
enum { OGI_SECTION_COUNT = 6 };

/** A section's place in the input (lines are 1-based, inclusive). */
typedef struct ogi_span {
	int present;
	uint32_t first_line;
	uint32_t last_line;
	uint32_t heading_col; /**< column of the heading's first character */
	/* The same span in the normalised text (ogi_report_line()): from byte
	 * text_first_byte of line text_first to byte text_end_byte of line
	 * text_end (exclusive).  Reports flattened to one line put several
	 * sections on one line, so prose rules should use these. */
	size_t text_first, text_first_byte;
	size_t text_end, text_end_byte;
} ogi_span;

/** A finding made while reading (an ambiguous cell, an extra row...). */
typedef struct ogi_note {
	ogi_pos pos;
	const char *key;     /**< the canonical key it concerns, or NULL */
	const char *message; /**< one line, UTF-8 */
} ogi_note;

/** An empty report (format unknown, every cell absent). NULL on ENOMEM. */
ogi_report *ogi_report_new(void);
void ogi_report_free(ogi_report *r);

ogi_format ogi_report_format(const ogi_report *r);
int ogi_report_year(const ogi_report *r); /**< 0 when unknown */
const char *ogi_report_agency(const ogi_report *r); /**< "" when unknown */
const char *ogi_report_source_encoding(const ogi_report *r); /**< e.g. "UTF-8" */

/** The cell of key index k (see ogi/keys.h); NULL for a meta key or bad k. */
const ogi_cell *ogi_report_cell(const ogi_report *r, size_t k);

/** Section i (0 = 一 .. 5 = 六). */
ogi_span ogi_report_section(const ogi_report *r, int i);

/** Notes made while reading, in input order. */
size_t ogi_report_note_count(const ogi_report *r);
const ogi_note *ogi_report_note(const ogi_report *r, size_t i);

/** Number of cells whose status is OGI_CELL_AMBIGUOUS. */
size_t ogi_report_ambiguous_count(const ogi_report *r);

/**
 * The report's text after normalisation (simplified, width-folded), one
 * line per input line that carried text, for rules that read the prose.
 * ogi_report_line_pos() gives the input position of byte offset `byte`
 * of line i.
 */
size_t ogi_report_line_count(const ogi_report *r);
const char *ogi_report_line(const ogi_report *r, size_t i);
ogi_pos ogi_report_line_pos(const ogi_report *r, size_t i, size_t byte);

/* Setters, for reports built from data.  Each returns 0 or OGI_E*. */
int ogi_report_set_format(ogi_report *r, ogi_format f);
int ogi_report_set_year(ogi_report *r, int year);
int ogi_report_set_agency(ogi_report *r, const char *agency);
int ogi_report_set_cell(ogi_report *r, size_t k, const ogi_cell *c);
int ogi_report_set_section(ogi_report *r, int i, const ogi_span *s);
int ogi_report_add_note(ogi_report *r, ogi_pos pos, const char *key,
			const char *message);

/**
 * Formats a cell's value as the document prints it ("12", "440.1629",
 * "-3").  Writes at most size bytes including the NUL; returns the length
 * it needed, or 0 when the cell has no value.
 */
size_t ogi_cell_format(const ogi_cell *c, char *buf, size_t size);

/** Parses "12", "-3", "440.1629" into a cell's units/scale. 0 or OGI_EINVAL. */
int ogi_cell_parse_value(ogi_cell *c, const char *text);

const char *ogi_format_name(ogi_format f); /**< "2019", "2021", "legacy", "" */
const char *ogi_cell_status_name(ogi_cell_status s); /**< "read", "blank"... */

#ifdef __cplusplus
}
#endif
#endif
