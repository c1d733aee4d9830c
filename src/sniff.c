/* sniff.c - what kind of input, by content (magic bytes, markup). */
#include <string.h>

#include "ogi/parse.h"

static int has_prefix(const char *d, size_t n, const char *p, size_t pn)
{
	return n >= pn && memcmp(d, p, pn) == 0;
}

ogi_input_kind ogi_sniff(const char *data, size_t len)
{
	size_t i, lim;

	if (has_prefix(data, len, "%PDF-", 5))
		return OGI_INPUT_PDF;
	if (has_prefix(data, len, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
		return OGI_INPUT_DOC;
	if (has_prefix(data, len, "PK\x03\x04", 4)) {
		lim = len < 4096 ? len : 4096;
		for (i = 0; i + 5 <= lim; i++)
			if (memcmp(data + i, "word/", 5) == 0)
				return OGI_INPUT_DOCX;
		return OGI_INPUT_ZIP;
	}
	lim = len < 2048 ? len : 2048;
	for (i = 0; i + 5 <= lim; i++) {
		if (data[i] == '<' && (strncmp(data + i, "<html", 5) == 0 ||
				       strncmp(data + i, "<HTML", 5) == 0 ||
				       strncmp(data + i, "<!DOC", 5) == 0 ||
				       strncmp(data + i, "<!doc", 5) == 0))
			return OGI_INPUT_HTML;
	}
	return OGI_INPUT_TEXT;
}
