/* util.h - small helpers shared inside libogi. */
#ifndef OGI_UTIL_H
#define OGI_UTIL_H

#include <stdarg.h>
#include <stddef.h>

#include "ogi/common.h"
#include "ogi/render.h"

/* Fills err (if not NULL) and returns code. */
int ogi_fail(ogi_error *err, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Appends to an ogi_buf; 0 or OGI_ENOMEM. */
int ogi_buf_put(ogi_buf *b, const char *s, size_t n);
int ogi_buf_puts(ogi_buf *b, const char *s);
int ogi_buf_printf(ogi_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Decodes one UTF-8 codepoint at s[0..n); returns its length (>= 1) and
 * stores it in *cp, U+FFFD for an invalid byte. */
size_t ogi_utf8_next(const char *s, size_t n, int32_t *cp);

/* Appends codepoint cp as UTF-8 to buf (room for 4 bytes); returns length. */
size_t ogi_utf8_put(char *buf, int32_t cp);

char *ogi_strndup(const char *s, size_t n);

#endif
