/* read_other.c - placeholders for HTML, DOCX and PDF (input-formats work). */
#include "readers.h"
#include "util.h"

int ogi_read_html(ogi_text *out, const char *data, size_t len,
		  char encoding[32], ogi_error *err)
{
	return ogi_read_text(out, data, len, encoding, err);
}

int ogi_read_docx(ogi_text *out, const char *data, size_t len,
		  char encoding[32], ogi_error *err)
{
	(void)out; (void)data; (void)len; (void)encoding;
	return ogi_fail(err, OGI_EFORMAT, "DOCX input is not read yet");
}

int ogi_read_pdf(ogi_text *out, const char *data, size_t len,
		 char encoding[32], ogi_error *err)
{
	(void)out; (void)data; (void)len; (void)encoding;
	return ogi_fail(err, OGI_EFORMAT, "PDF input is not read yet");
}
