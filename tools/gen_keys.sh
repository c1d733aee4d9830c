#!/bin/sh
# Generates src/keys_table.inc from spec/keys.tsv (run from the top folder).
# The table is committed; tests/unit/test_keys.c checks it matches the spec.
set -eu
awk -F'\t' 'NR > 1 {
  f = 0
  if ($2 ~ /2019/) f = f + 1
  if ($2 ~ /2021/) f = f + 2
  t = "OGI_KEY_INT"
  if ($3 == "enum") t = "OGI_KEY_ENUM"
  if ($3 == "text") t = "OGI_KEY_TEXT"
  if ($3 == "decimal") t = "OGI_KEY_DECIMAL"
  if ($3 == "signed") t = "OGI_KEY_SIGNED"
  gsub(/\\/, "\\\\", $4); gsub(/"/, "\\\"", $4)
  printf "\t{ \"%s\", %d, %s, \"%s\" },\n", $1, f, t, $4
}' spec/keys.tsv > src/keys_table.inc
