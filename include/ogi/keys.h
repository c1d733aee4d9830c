/*
 * ogi/keys.h - the canonical field keys of the national format
 * (spec/keys.tsv), compiled into the library as one static table.
 */
#ifndef OGI_KEYS_H
#define OGI_KEYS_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Format versions a key belongs to (bit mask). */
enum { OGI_KEYFMT_2019 = 1, OGI_KEYFMT_2021 = 2 };

/** The value type of a key. */
typedef enum ogi_key_type {
	OGI_KEY_ENUM,    /**< meta.format */
	OGI_KEY_INT,     /**< a count, whole and >= 0 */
	OGI_KEY_TEXT,    /**< meta.agency */
	OGI_KEY_DECIMAL, /**< an amount (万元) */
	OGI_KEY_SIGNED   /**< 本年增/减 of the 2019 format */
} ogi_key_type;

typedef struct ogi_key {
	const char *name;  /**< e.g. "s3.new.person" */
	unsigned formats;  /**< OGI_KEYFMT_* mask */
	ogi_key_type type;
	const char *label; /**< the Chinese label of keys.tsv */
} ogi_key;

/** Number of keys, meta keys included, in keys.tsv order. */
size_t ogi_key_count(void);

/** The key at index i (0 <= i < ogi_key_count()), or NULL. */
const ogi_key *ogi_key_at(size_t i);

/** Index of the key called name, or -1. */
int ogi_key_find(const char *name);

#ifdef __cplusplus
}
#endif
#endif
