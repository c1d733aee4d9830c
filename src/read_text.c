/* read_text.c - plain text in any encoding. */
#include <stdio.h>
#include <stdlib.h>

#include "decode.h"
#include "readers.h"
#include "util.h"

int ogi_read_text(ogi_text *out, const char *data, size_t len,
		  char encoding[32], ogi_error *err)
{
	ogi_decoded d = { NULL, 0, "" };
	int rc = ogi_decode(&d, data, len, NULL, err);

	if (rc)
		return rc;
	snprintf(encoding, 32, "%s", d.encoding);
	rc = ogi_text_from_utf8(out, d.s, d.len);
	free(d.s);
	if (rc)
		return ogi_fail(err, rc, "out of memory");
	return 0;
}
