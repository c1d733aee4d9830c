/*
 * normalize.h - the text the table readers see.  Internal to libogi.
 *
 * Per line, keeping every codepoint's input position:
 *  - NFKC width folding (utf8proc): full-width digits, letters and
 *    punctuation to ASCII, U+3000 and NBSP to a space;
 *  - pinyin glued after characters by some converters, "區(qū)" -> "區";
 *  - traditional to simplified (OpenCC t2s) when the document holds
 *    traditional characters; lines are converted only then, since OpenCC
 *    runs at ~5 MB/s;
 *  - debris: "[bookmark: _GoBack]", zero-width characters, BOMs, control
 *    characters other than TAB.
 * Lines are never merged or dropped here (junk lines are the segmenter's
 * business), so line k of the output is line k of the input.
 */
#ifndef OGI_NORMALIZE_H
#define OGI_NORMALIZE_H

#include "text.h"

typedef struct ogi_normalizer ogi_normalizer;

/* The OpenCC converter is loaded once per normaliser (lazily, on the first
 * traditional document); one normaliser per thread. */
ogi_normalizer *ogi_normalizer_new(void);
void ogi_normalizer_free(ogi_normalizer *nz);

/*
 * Normalises in into out (initialised by the caller).  *converted is set
 * to 1 when traditional-to-simplified conversion ran.  0 or OGI_E*.
 */
int ogi_normalize(ogi_normalizer *nz, ogi_text *out, const ogi_text *in,
		  int *converted, ogi_error *err);

/* 1 when the text looks traditional (enough characters that t2s changes). */
int ogi_text_is_traditional(const ogi_text *t);

#endif
