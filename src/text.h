/*
 * text.h - a document as lines of UTF-8 text in which every codepoint
 * remembers where it came from in the input.  Readers (plain text, HTML,
 * DOCX, PDF) produce an ogi_text; normalisation maps one to another; the
 * table readers take positions from it.  Internal to libogi.
 */
#ifndef OGI_TEXT_H
#define OGI_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "ogi/common.h"

typedef struct ogi_line {
	char *s;       /* UTF-8, NUL-terminated, no '\n' */
	size_t len;    /* bytes in s */
	ogi_pos *pos;  /* pos[i]: input position of the i-th codepoint of s */
	size_t n;      /* codepoints in s */
} ogi_line;

typedef struct ogi_text {
	ogi_line *v;
	size_t n, cap;
} ogi_text;

void ogi_text_init(ogi_text *t);
void ogi_text_dispose(ogi_text *t);

/*
 * Appends a line.  s[0..len) must be valid UTF-8 without '\n'.  pos holds
 * one position per codepoint and is copied; when pos is NULL, codepoint i
 * gets {line, first_col + i}.  Returns 0 or OGI_ENOMEM.
 */
int ogi_text_add(ogi_text *t, const char *s, size_t len, const ogi_pos *pos,
		 uint32_t line, uint32_t first_col);

/*
 * Splits decoded UTF-8 (no BOM) into lines at '\n', dropping '\r' before
 * it; line k of the input becomes {k, col} positions.  Every input line is
 * kept, empty ones too, so that blank lines can separate cells.
 */
int ogi_text_from_utf8(ogi_text *t, const char *s, size_t len);

/* Byte offset in line l of codepoint index i (i <= l->n). */
size_t ogi_line_byte_of(const ogi_line *l, size_t i);

/* Position of the codepoint that starts at byte offset b of line l. */
ogi_pos ogi_line_pos_at(const ogi_line *l, size_t b);

#endif
