/* render_json.c - the model as JSON (jansson) and as flat key/value lines. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "ogi/keys.h"
#include "ogi/render.h"
#include "util.h"

static const char *const section_names[OGI_SECTION_COUNT] = {
	"一", "二", "三", "四", "五", "六"
};

static json_t *pos_json(ogi_pos p)
{
	return json_pack("{s:I,s:I}", "line", (json_int_t)p.line, "column",
			 (json_int_t)p.col);
}

static json_t *cell_json(const ogi_cell *c, const ogi_key *key)
{
	char v[64];
	json_t *o = json_object();

	if (!o)
		return NULL;
	json_object_set_new(o, "status", json_string(ogi_cell_status_name(c->status)));
	if (ogi_cell_format(c, v, sizeof(v))) {
		if (key->type == OGI_KEY_DECIMAL || c->scale)
			json_object_set_new(o, "value", json_string(v));
		else
			json_object_set_new(o, "value", json_integer(c->units));
	} else {
		json_object_set_new(o, "value", json_null());
	}
	if (c->pos.line)
		json_object_set_new(o, "pos", pos_json(c->pos));
	return o;
}

int ogi_render_json(ogi_buf *out, const ogi_report *r, const char *name)
{
	json_t *root, *meta, *cells, *sections, *notes;
	size_t k, i;
	char *s;
	int rc;

	root = json_object();
	meta = json_object();
	cells = json_object();
	sections = json_array();
	notes = json_array();
	if (!root || !meta || !cells || !sections || !notes) {
		json_decref(root);
		json_decref(meta);
		json_decref(cells);
		json_decref(sections);
		json_decref(notes);
		return OGI_ENOMEM;
	}
	if (name)
		json_object_set_new(root, "file", json_string(name));
	json_object_set_new(meta, "format", ogi_report_format(r) == OGI_FORMAT_UNKNOWN
			    ? json_null()
			    : json_string(ogi_format_name(ogi_report_format(r))));
	json_object_set_new(meta, "year", ogi_report_year(r)
			    ? json_integer(ogi_report_year(r)) : json_null());
	json_object_set_new(meta, "agency", json_string(ogi_report_agency(r)));
	json_object_set_new(meta, "encoding", json_string(ogi_report_source_encoding(r)));
	json_object_set_new(root, "meta", meta);

	for (i = 0; i < OGI_SECTION_COUNT; i++) {
		ogi_span sp = ogi_report_section(r, (int)i);
		json_t *o = json_pack("{s:s,s:b}", "name", section_names[i],
				      "present", sp.present);
		if (o && sp.present) {
			json_object_set_new(o, "first_line", json_integer(sp.first_line));
			json_object_set_new(o, "last_line", json_integer(sp.last_line));
		}
		json_array_append_new(sections, o);
	}
	json_object_set_new(root, "sections", sections);

	for (k = 0; k < ogi_key_count(); k++) {
		const ogi_cell *c = ogi_report_cell(r, k);
		if (c && c->status != OGI_CELL_ABSENT)
			json_object_set_new(cells, ogi_key_at(k)->name,
					    cell_json(c, ogi_key_at(k)));
	}
	json_object_set_new(root, "cells", cells);

	for (i = 0; i < ogi_report_note_count(r); i++) {
		const ogi_note *n = ogi_report_note(r, i);
		json_t *o = json_pack("{s:s}", "message", n->message);
		if (o && n->key)
			json_object_set_new(o, "key", json_string(n->key));
		if (o && n->pos.line)
			json_object_set_new(o, "pos", pos_json(n->pos));
		json_array_append_new(notes, o);
	}
	json_object_set_new(root, "notes", notes);

	s = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(root);
	if (!s)
		return OGI_ENOMEM;
	rc = ogi_buf_puts(out, s);
	if (!rc)
		rc = ogi_buf_put(out, "\n", 1);
	free(s);
	return rc;
}

static int flat_line(ogi_buf *out, const char *prefix, const char *key,
		     const char *value)
{
	if (prefix)
		return ogi_buf_printf(out, "%s\t%s\t%s\n", prefix, key, value);
	return ogi_buf_printf(out, "%s\t%s\n", key, value);
}

int ogi_render_flat(ogi_buf *out, const ogi_report *r, const char *prefix)
{
	char v[64];
	size_t k;
	int rc = 0;

	if (ogi_report_format(r) == OGI_FORMAT_2019 || ogi_report_format(r) == OGI_FORMAT_2021)
		rc = flat_line(out, prefix, "meta.format", ogi_format_name(ogi_report_format(r)));
	if (!rc && ogi_report_year(r)) {
		snprintf(v, sizeof(v), "%d", ogi_report_year(r));
		rc = flat_line(out, prefix, "meta.year", v);
	}
	if (!rc && *ogi_report_agency(r))
		rc = flat_line(out, prefix, "meta.agency", ogi_report_agency(r));
	for (k = 0; !rc && k < ogi_key_count(); k++) {
		const ogi_cell *c = ogi_report_cell(r, k);
		if (!c)
			continue;
		switch (c->status) {
		case OGI_CELL_READ:
		case OGI_CELL_DERIVED:
			ogi_cell_format(c, v, sizeof(v));
			rc = flat_line(out, prefix, ogi_key_at(k)->name, v);
			break;
		case OGI_CELL_BLANK:
			rc = flat_line(out, prefix, ogi_key_at(k)->name, "");
			break;
		case OGI_CELL_SLASH:
			rc = flat_line(out, prefix, ogi_key_at(k)->name, "/");
			break;
		default:
			break;
		}
	}
	return rc;
}
