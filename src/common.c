/* common.c - error strings and the version. */
#include "ogi/common.h"

const char *ogi_strerror(int code)
{
	switch (code) {
	case OGI_OK: return "success";
	case OGI_ENOMEM: return "out of memory";
	case OGI_EINVAL: return "invalid argument";
	case OGI_EUNREADABLE: return "not a readable report";
	case OGI_EFORMAT: return "unsupported file format";
	case OGI_ELIMIT: return "a limit was exceeded";
	case OGI_EIO: return "input/output error";
	default: return "error";
	}
}

const char *ogi_version(void)
{
	return OGI_VERSION_STRING;
}
