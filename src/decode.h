/*
 * decode.h - bytes to UTF-8.  Internal to libogi.
 *
 * The encoding is detected from the bytes: a UTF-8/UTF-16 BOM, valid
 * UTF-8, else uchardet's guess (GB18030 for any GBK/GB2312 guess, since
 * it is a superset), converted with iconv.  A <meta charset> is the HTML
 * reader's business; it may pass `hint`.
 */
#ifndef OGI_DECODE_H
#define OGI_DECODE_H

#include <stddef.h>

#include "ogi/common.h"

typedef struct ogi_decoded {
	char *s;            /* UTF-8, NUL-terminated, no BOM; caller frees */
	size_t len;
	char encoding[32];  /* what the input was: "UTF-8", "GB18030", "UTF-16LE"... */
} ogi_decoded;

/*
 * Decodes in[0..len).  hint (may be NULL) names an encoding to try first.
 * Invalid sequences become U+FFFD.  Input that holds NUL bytes outside a
 * UTF-16 text, or that no encoding reads, is OGI_EUNREADABLE.
 */
int ogi_decode(ogi_decoded *out, const char *in, size_t len, const char *hint,
	       ogi_error *err);

#endif
