/* decode.c - bytes to UTF-8 (placeholder: UTF-8 only; see decode.h). */
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "util.h"

int ogi_decode(ogi_decoded *out, const char *in, size_t len, const char *hint,
	       ogi_error *err)
{
	(void)hint;
	if (len >= 3 && memcmp(in, "\xEF\xBB\xBF", 3) == 0) {
		in += 3;
		len -= 3;
	}
	if (memchr(in, '\0', len))
		return ogi_fail(err, OGI_EUNREADABLE, "binary data (NUL bytes)");
	out->s = ogi_strndup(in, len);
	if (!out->s)
		return ogi_fail(err, OGI_ENOMEM, "out of memory");
	out->len = len;
	strcpy(out->encoding, "UTF-8");
	return 0;
}
