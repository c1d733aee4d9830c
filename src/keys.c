/* keys.c - the canonical keys of spec/keys.tsv as a static table. */
#include <string.h>

#include "ogi/keys.h"

static const ogi_key keys[] = {
#include "keys_table.inc"
};

size_t ogi_key_count(void)
{
	return sizeof(keys) / sizeof(keys[0]);
}

const ogi_key *ogi_key_at(size_t i)
{
	return i < ogi_key_count() ? &keys[i] : NULL;
}

int ogi_key_find(const char *name)
{
	size_t i;

	if (!name)
		return -1;
	for (i = 0; i < ogi_key_count(); i++)
		if (strcmp(keys[i].name, name) == 0)
			return (int)i;
	return -1;
}
