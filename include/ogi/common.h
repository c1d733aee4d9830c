/*
 * ogi/common.h - error codes, the error record and positions shared by
 * every part of libogi.
 *
 * Conventions (libgit2's): functions that can fail return 0 or a negative
 * OGI_E* code; output parameters come first; the caller owns what a
 * constructor returns and frees it with the matching _free, which accepts
 * NULL.  The library never prints: a message goes into the caller's
 * ogi_error, when one is given.
 */
#ifndef OGI_COMMON_H
#define OGI_COMMON_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Return codes. */
enum {
	OGI_OK = 0,
	OGI_ERROR = -1,       /**< generic failure */
	OGI_ENOMEM = -2,      /**< an allocation failed */
	OGI_EINVAL = -3,      /**< invalid argument (a caller's mistake) */
	OGI_EUNREADABLE = -4, /**< not a report, or bytes that cannot be read */
	OGI_EFORMAT = -5,     /**< a file format ogi does not read (e.g. .doc) */
	OGI_ELIMIT = -6,      /**< a named limit was exceeded */
	OGI_EIO = -7          /**< reading or writing a file failed */
};

/** Where an error happened and why.  Filled by functions that take one. */
typedef struct ogi_error {
	int code;          /**< the OGI_E* code returned */
	char message[256]; /**< one line, no trailing newline */
} ogi_error;

/** A place in the input: 1-based line and column (in characters). 0 = none. */
typedef struct ogi_pos {
	uint32_t line;
	uint32_t col;
} ogi_pos;

/** Returns a static English description of an OGI_E* code. */
const char *ogi_strerror(int code);

/** Library version, "MAJOR.MINOR.PATCH". */
const char *ogi_version(void);

#ifdef __cplusplus
}
#endif
#endif
