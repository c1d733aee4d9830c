/*
 * ogi/parse.h - reading a published report.
 *
 * bytes -> decode (encoding) -> normalise -> segment -> tables -> report.
 */
#ifndef OGI_PARSE_H
#define OGI_PARSE_H

#include "report.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Input kinds, told apart by content (magic bytes, markup). */
typedef enum ogi_input_kind {
	OGI_INPUT_TEXT = 0,
	OGI_INPUT_HTML,
	OGI_INPUT_DOCX,
	OGI_INPUT_PDF,
	OGI_INPUT_DOC,   /**< old binary Word / WPS (OLE2): not read */
	OGI_INPUT_ZIP,   /**< a zip that is not a Word document */
	OGI_INPUT_BINARY /**< anything else that is not text */
} ogi_input_kind;

typedef struct ogi_parse_options {
	unsigned version; /**< OGI_PARSE_OPTIONS_VERSION */
	unsigned flags;   /**< reserved, 0 */
} ogi_parse_options;

#define OGI_PARSE_OPTIONS_VERSION 1
#define OGI_PARSE_OPTIONS_INIT { OGI_PARSE_OPTIONS_VERSION, 0 }

/** Tells what kind of input data is, by its content alone. */
ogi_input_kind ogi_sniff(const char *data, size_t len);

/**
 * Reads the report in data[0..len).  opts may be NULL.  On success *out
 * holds a report the caller frees with ogi_report_free(); cells that could
 * not be read are OGI_CELL_AMBIGUOUS, never guessed.  On failure *out is
 * NULL, the code is returned and err (if not NULL) says why.
 */
int ogi_parse(ogi_report **out, const char *data, size_t len,
	      const ogi_parse_options *opts, ogi_error *err);

/** ogi_parse() on a file's contents ("-" is not special here). */
int ogi_parse_file(ogi_report **out, const char *path,
		   const ogi_parse_options *opts, ogi_error *err);

#ifdef __cplusplus
}
#endif
#endif
