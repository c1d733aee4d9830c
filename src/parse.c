/* parse.c - the pipeline: sniff, read, normalise, segment, tables. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "normalize.h"
#include "readers.h"
#include "report_int.h"
#include "segment.h"
#include "tables.h"
#include "util.h"

static int read_any(ogi_text *raw, const char *data, size_t len,
		    char enc[32], ogi_error *err)
{
	switch (ogi_sniff(data, len)) {
	case OGI_INPUT_PDF:
		return ogi_read_pdf(raw, data, len, enc, err);
	case OGI_INPUT_DOCX:
		return ogi_read_docx(raw, data, len, enc, err);
	case OGI_INPUT_HTML:
		return ogi_read_html(raw, data, len, enc, err);
	case OGI_INPUT_DOC:
		return ogi_fail(err, OGI_EFORMAT,
				"old binary Word/WPS document (OLE2): save it as DOCX or PDF");
	case OGI_INPUT_ZIP:
		return ogi_fail(err, OGI_EFORMAT, "a zip archive that is not a Word document");
	case OGI_INPUT_BINARY:
		return ogi_fail(err, OGI_EUNREADABLE, "binary data");
	default:
		return ogi_read_text(raw, data, len, enc, err);
	}
}

int ogi_parse(ogi_report **out, const char *data, size_t len,
	      const ogi_parse_options *opts, ogi_error *err)
{
	ogi_text raw, norm;
	ogi_normalizer *nz = NULL;
	ogi_segments seg;
	ogi_report *r = NULL;
	char enc[32] = "";
	int rc, converted = 0;

	(void)opts;
	if (!out || (!data && len))
		return ogi_fail(err, OGI_EINVAL, "invalid argument");
	*out = NULL;
	ogi_text_init(&raw);
	ogi_text_init(&norm);

	rc = read_any(&raw, data ? data : "", len, enc, err);
	if (rc)
		goto cleanup;
	nz = ogi_normalizer_new();
	if (!nz) {
		rc = ogi_fail(err, OGI_ENOMEM, "out of memory");
		goto cleanup;
	}
	rc = ogi_normalize(nz, &norm, &raw, &converted, err);
	if (rc)
		goto cleanup;

	ogi_segment(&norm, &seg);
	r = ogi_report_new();
	if (!r) {
		rc = ogi_fail(err, OGI_ENOMEM, "out of memory");
		goto cleanup;
	}
	ogi_report_set_encoding(r, enc);
	if ((rc = ogi_report_set_agency(r, seg.agency)) != 0 ||
	    (rc = ogi_report_set_year(r, seg.year)) != 0 ||
	    (rc = ogi_read_tables(r, &norm, &seg)) != 0) {
		rc = ogi_fail(err, rc, "%s", ogi_strerror(rc));
		goto cleanup;
	}
	if (ogi_report_format(r) == OGI_FORMAT_UNKNOWN && !seg.year) {
		rc = ogi_fail(err, OGI_EUNREADABLE,
			      "not an annual report on government information disclosure");
		goto cleanup;
	}
	ogi_report_take_text(r, &norm);
	*out = r;
	r = NULL;
cleanup:
	ogi_report_free(r);
	ogi_normalizer_free(nz);
	ogi_text_dispose(&raw);
	ogi_text_dispose(&norm);
	return rc;
}

int ogi_parse_file(ogi_report **out, const char *path,
		   const ogi_parse_options *opts, ogi_error *err)
{
	FILE *f;
	char *data = NULL, *p;
	size_t len = 0, cap = 0, n;
	int rc;

	if (!out || !path)
		return ogi_fail(err, OGI_EINVAL, "invalid argument");
	*out = NULL;
	f = fopen(path, "rb");
	if (!f)
		return ogi_fail(err, OGI_EIO, "%s: %s", path, strerror(errno));
	for (;;) {
		if (len == cap) {
			cap = cap ? cap * 2 : 65536;
			p = realloc(data, cap);
			if (!p) {
				free(data);
				fclose(f);
				return ogi_fail(err, OGI_ENOMEM, "out of memory");
			}
			data = p;
		}
		n = fread(data + len, 1, cap - len, f);
		len += n;
		if (n == 0)
			break;
	}
	if (ferror(f)) {
		free(data);
		fclose(f);
		return ogi_fail(err, OGI_EIO, "%s: read error", path);
	}
	fclose(f);
	rc = ogi_parse(out, data, len, opts, err);
	free(data);
	return rc;
}
