/* text.c - lines of UTF-8 with per-codepoint input positions. */
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "util.h"

void ogi_text_init(ogi_text *t)
{
	memset(t, 0, sizeof(*t));
}

void ogi_text_dispose(ogi_text *t)
{
	size_t i;

	if (!t)
		return;
	for (i = 0; i < t->n; i++) {
		free(t->v[i].s);
		free(t->v[i].pos);
	}
	free(t->v);
	memset(t, 0, sizeof(*t));
}

int ogi_text_add(ogi_text *t, const char *s, size_t len, const ogi_pos *pos,
		 uint32_t line, uint32_t first_col)
{
	ogi_line *l;
	size_t i, n = 0;
	int32_t cp;

	if (t->n == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 64;
		ogi_line *v = realloc(t->v, cap * sizeof(*v));
		if (!v)
			return OGI_ENOMEM;
		t->v = v;
		t->cap = cap;
	}
	for (i = 0; i < len; n++)
		i += ogi_utf8_next(s + i, len - i, &cp);
	l = &t->v[t->n];
	l->s = ogi_strndup(s, len);
	l->pos = malloc((n ? n : 1) * sizeof(*l->pos));
	if (!l->s || !l->pos) {
		free(l->s);
		free(l->pos);
		return OGI_ENOMEM;
	}
	l->len = len;
	l->n = n;
	if (pos) {
		memcpy(l->pos, pos, n * sizeof(*pos));
	} else {
		for (i = 0; i < n; i++) {
			l->pos[i].line = line;
			l->pos[i].col = first_col + (uint32_t)i;
		}
	}
	t->n++;
	return 0;
}

int ogi_text_from_utf8(ogi_text *t, const char *s, size_t len)
{
	size_t start = 0, end, i;
	uint32_t line = 1;
	int rc;

	for (i = 0; i <= len; i++) {
		if (i < len && s[i] != '\n')
			continue;
		end = i;
		if (end > start && s[end - 1] == '\r')
			end--;
		rc = ogi_text_add(t, s + start, end - start, NULL, line, 1);
		if (rc)
			return rc;
		line++;
		start = i + 1;
		if (i == len)
			break;
	}
	return 0;
}

size_t ogi_line_byte_of(const ogi_line *l, size_t i)
{
	size_t b = 0, k;
	int32_t cp;

	for (k = 0; k < i && b < l->len; k++)
		b += ogi_utf8_next(l->s + b, l->len - b, &cp);
	return b;
}

ogi_pos ogi_line_pos_at(const ogi_line *l, size_t b)
{
	size_t off = 0, k = 0;
	int32_t cp;
	ogi_pos none = { 0, 0 };

	if (l->n == 0)
		return none;
	while (off < b && off < l->len) {
		off += ogi_utf8_next(l->s + off, l->len - off, &cp);
		k++;
	}
	if (k >= l->n)
		k = l->n - 1;
	return l->pos[k];
}
