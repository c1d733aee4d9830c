/* report.c - the report model. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ogi/keys.h"
#include "report_int.h"
#include "util.h"

struct ogi_report {
	ogi_format format;
	int year;
	char *agency;
	char encoding[32];
	ogi_cell *cells;      /* one per key of ogi_key_at(), meta ones unused */
	ogi_span sections[OGI_SECTION_COUNT];
	ogi_note *notes;
	size_t nnotes, capnotes;
	ogi_text text;        /* normalised lines, for prose rules */
};

ogi_report *ogi_report_new(void)
{
	ogi_report *r = calloc(1, sizeof(*r));

	if (!r)
		return NULL;
	r->cells = calloc(ogi_key_count(), sizeof(*r->cells));
	r->agency = calloc(1, 1);
	if (!r->cells || !r->agency) {
		ogi_report_free(r);
		return NULL;
	}
	ogi_text_init(&r->text);
	return r;
}

void ogi_report_free(ogi_report *r)
{
	size_t i;

	if (!r)
		return;
	for (i = 0; i < r->nnotes; i++) {
		free((char *)r->notes[i].key);
		free((char *)r->notes[i].message);
	}
	free(r->notes);
	free(r->cells);
	free(r->agency);
	ogi_text_dispose(&r->text);
	free(r);
}

ogi_format ogi_report_format(const ogi_report *r) { return r->format; }
int ogi_report_year(const ogi_report *r) { return r->year; }
const char *ogi_report_agency(const ogi_report *r) { return r->agency; }
const char *ogi_report_source_encoding(const ogi_report *r) { return r->encoding; }

static int is_cell_key(size_t k)
{
	const ogi_key *key = ogi_key_at(k);

	return key && strncmp(key->name, "meta.", 5) != 0;
}

const ogi_cell *ogi_report_cell(const ogi_report *r, size_t k)
{
	return is_cell_key(k) ? &r->cells[k] : NULL;
}

ogi_span ogi_report_section(const ogi_report *r, int i)
{
	ogi_span none;

	if (i >= 0 && i < OGI_SECTION_COUNT)
		return r->sections[i];
	memset(&none, 0, sizeof(none));
	return none;
}

size_t ogi_report_note_count(const ogi_report *r) { return r->nnotes; }

const ogi_note *ogi_report_note(const ogi_report *r, size_t i)
{
	return i < r->nnotes ? &r->notes[i] : NULL;
}

size_t ogi_report_ambiguous_count(const ogi_report *r)
{
	size_t k, n = 0;

	for (k = 0; k < ogi_key_count(); k++)
		if (is_cell_key(k) && r->cells[k].status == OGI_CELL_AMBIGUOUS)
			n++;
	return n;
}

size_t ogi_report_line_count(const ogi_report *r) { return r->text.n; }

const char *ogi_report_line(const ogi_report *r, size_t i)
{
	return i < r->text.n ? r->text.v[i].s : NULL;
}

ogi_pos ogi_report_line_pos(const ogi_report *r, size_t i, size_t byte)
{
	ogi_pos none = { 0, 0 };

	return i < r->text.n ? ogi_line_pos_at(&r->text.v[i], byte) : none;
}

int ogi_report_set_format(ogi_report *r, ogi_format f)
{
	if (f < OGI_FORMAT_UNKNOWN || f > OGI_FORMAT_2021)
		return OGI_EINVAL;
	r->format = f;
	return 0;
}

int ogi_report_set_year(ogi_report *r, int year)
{
	if (year < 0 || year > 9999)
		return OGI_EINVAL;
	r->year = year;
	return 0;
}

int ogi_report_set_agency(ogi_report *r, const char *agency)
{
	char *a = ogi_strndup(agency ? agency : "", agency ? strlen(agency) : 0);

	if (!a)
		return OGI_ENOMEM;
	free(r->agency);
	r->agency = a;
	return 0;
}

int ogi_report_set_cell(ogi_report *r, size_t k, const ogi_cell *c)
{
	if (!is_cell_key(k) || !c)
		return OGI_EINVAL;
	r->cells[k] = *c;
	return 0;
}

int ogi_report_set_section(ogi_report *r, int i, const ogi_span *s)
{
	if (i < 0 || i >= OGI_SECTION_COUNT || !s)
		return OGI_EINVAL;
	r->sections[i] = *s;
	return 0;
}

int ogi_report_add_note(ogi_report *r, ogi_pos pos, const char *key,
			const char *message)
{
	ogi_note *n;

	if (r->nnotes == r->capnotes) {
		size_t cap = r->capnotes ? r->capnotes * 2 : 8;
		ogi_note *v = realloc(r->notes, cap * sizeof(*v));
		if (!v)
			return OGI_ENOMEM;
		r->notes = v;
		r->capnotes = cap;
	}
	n = &r->notes[r->nnotes];
	n->pos = pos;
	n->key = key ? ogi_strndup(key, strlen(key)) : NULL;
	n->message = ogi_strndup(message, strlen(message));
	if ((key && !n->key) || !n->message) {
		free((char *)n->key);
		free((char *)n->message);
		return OGI_ENOMEM;
	}
	r->nnotes++;
	return 0;
}

void ogi_report_take_text(ogi_report *r, ogi_text *t)
{
	ogi_text_dispose(&r->text);
	r->text = *t;
	ogi_text_init(t);
}

void ogi_report_set_encoding(ogi_report *r, const char *enc)
{
	snprintf(r->encoding, sizeof(r->encoding), "%s", enc ? enc : "");
}

size_t ogi_cell_format(const ogi_cell *c, char *buf, size_t size)
{
	char tmp[48];
	uint64_t mag, p10 = 1;
	unsigned i;
	int n;

	if (!c || (c->status != OGI_CELL_READ && c->status != OGI_CELL_DERIVED))
		return 0;
	if (c->scale > 18)
		return 0;
	mag = c->units < 0 ? (uint64_t)(-(c->units + 1)) + 1 : (uint64_t)c->units;
	for (i = 0; i < c->scale; i++)
		p10 *= 10;
	if (c->scale == 0)
		n = snprintf(tmp, sizeof(tmp), "%s%" PRIu64, c->units < 0 ? "-" : "", mag);
	else
		n = snprintf(tmp, sizeof(tmp), "%s%" PRIu64 ".%0*" PRIu64,
			     c->units < 0 ? "-" : "", mag / p10, (int)c->scale,
			     mag % p10);
	if (n < 0)
		return 0;
	if (buf && size)
		snprintf(buf, size, "%s", tmp);
	return (size_t)n;
}

int ogi_cell_parse_value(ogi_cell *c, const char *text)
{
	const char *p = text;
	int neg = 0, dot = 0, digits = 0;
	unsigned scale = 0;
	int64_t v = 0;

	if (*p == '-' || *p == '+')
		neg = *p++ == '-';
	for (; *p; p++) {
		if (*p == '.' && !dot) {
			dot = 1;
			continue;
		}
		if (*p < '0' || *p > '9')
			return OGI_EINVAL;
		if (v > (INT64_MAX - 9) / 10 || scale >= 18)
			return OGI_EINVAL;
		v = v * 10 + (*p - '0');
		digits++;
		if (dot)
			scale++;
	}
	if (!digits)
		return OGI_EINVAL;
	c->units = neg ? -v : v;
	c->scale = scale;
	return 0;
}

const char *ogi_format_name(ogi_format f)
{
	switch (f) {
	case OGI_FORMAT_2019: return "2019";
	case OGI_FORMAT_2021: return "2021";
	case OGI_FORMAT_LEGACY: return "legacy";
	default: return "";
	}
}

const char *ogi_cell_status_name(ogi_cell_status s)
{
	switch (s) {
	case OGI_CELL_READ: return "read";
	case OGI_CELL_BLANK: return "blank";
	case OGI_CELL_SLASH: return "slash";
	case OGI_CELL_DERIVED: return "derived";
	case OGI_CELL_AMBIGUOUS: return "ambiguous";
	default: return "absent";
	}
}
