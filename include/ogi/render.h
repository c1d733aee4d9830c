/*
 * ogi/render.h - writing a report out.  Every writer appends to a
 * caller-owned ogi_buf (free its contents with ogi_buf_dispose()).
 */
#ifndef OGI_RENDER_H
#define OGI_RENDER_H

#include "report.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ogi_buf {
	char *ptr;   /**< NUL-terminated when size > 0 */
	size_t size; /**< bytes used, without the NUL */
	size_t cap;
} ogi_buf;

#define OGI_BUF_INIT { NULL, 0, 0 }

void ogi_buf_dispose(ogi_buf *b);

/**
 * The model as JSON (see docs/json.md): meta, sections, and every cell the
 * report has, by canonical key, with status and position.  name, if not
 * NULL, is recorded as "file".
 */
int ogi_render_json(ogi_buf *out, const ogi_report *r, const char *name);

/**
 * key<TAB>value lines in keys.tsv order: the meta keys, then every cell
 * the document has (an empty value for a blank cell); nothing for absent
 * or ambiguous cells.  prefix, if not NULL, starts every line
 * (followed by a TAB).
 */
int ogi_render_flat(ogi_buf *out, const ogi_report *r, const char *prefix);

#ifdef __cplusplus
}
#endif
#endif
