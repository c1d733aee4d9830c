/*
 * readers.h - every input format turned into an ogi_text.  Internal.
 *
 * Each reader fills `out` (initialised by the caller) with lines of UTF-8
 * in reading order, every codepoint carrying its position in the input
 * (for HTML: line and column in the HTML source; for DOCX: paragraph
 * number as line and character as column; for PDF: page line and column).
 * Tables are written as markdown-style rows, "| cell | cell | ... |", one
 * grid row per line, so that the table readers see every layout alike;
 * an empty cell is written as "|  |".  `encoding` receives what the input
 * was ("UTF-8", "GB18030", "DOCX", "PDF"...).
 */
#ifndef OGI_READERS_H
#define OGI_READERS_H

#include "ogi/parse.h"
#include "text.h"

int ogi_read_text(ogi_text *out, const char *data, size_t len,
		  char encoding[32], ogi_error *err);
int ogi_read_html(ogi_text *out, const char *data, size_t len,
		  char encoding[32], ogi_error *err);
int ogi_read_docx(ogi_text *out, const char *data, size_t len,
		  char encoding[32], ogi_error *err);
int ogi_read_pdf(ogi_text *out, const char *data, size_t len,
		 char encoding[32], ogi_error *err);

#endif
