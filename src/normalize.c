/* normalize.c - placeholder: copies lines (see normalize.h). */
#include <stdlib.h>

#include "normalize.h"
#include "util.h"

struct ogi_normalizer {
	int unused;
};

ogi_normalizer *ogi_normalizer_new(void)
{
	return calloc(1, sizeof(ogi_normalizer));
}

void ogi_normalizer_free(ogi_normalizer *nz)
{
	free(nz);
}

int ogi_text_is_traditional(const ogi_text *t)
{
	(void)t;
	return 0;
}

int ogi_normalize(ogi_normalizer *nz, ogi_text *out, const ogi_text *in,
		  int *converted, ogi_error *err)
{
	size_t i;

	(void)nz;
	*converted = 0;
	for (i = 0; i < in->n; i++)
		if (ogi_text_add(out, in->v[i].s, in->v[i].len, in->v[i].pos, 0, 0))
			return ogi_fail(err, OGI_ENOMEM, "out of memory");
	return 0;
}
