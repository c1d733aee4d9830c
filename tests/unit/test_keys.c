/* test_keys.c - the compiled key table matches spec/keys.tsv. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "ogi/keys.h"

static void test_table_matches_spec(void **state)
{
	char line[1024];
	size_t i = 0;
	FILE *f = fopen(OGI_TEST_CORPUS "/../../spec/keys.tsv", "r");

	(void)state;
	assert_non_null(f);
	assert_non_null(fgets(line, sizeof(line), f)); /* header */
	while (fgets(line, sizeof(line), f)) {
		char *tab = strchr(line, '\t');
		const ogi_key *k = ogi_key_at(i++);
		assert_non_null(tab);
		*tab = '\0';
		assert_non_null(k);
		assert_string_equal(k->name, line);
	}
	fclose(f);
	assert_int_equal(i, ogi_key_count());
}

static void test_find(void **state)
{
	int k = ogi_key_find("s4.review.total");

	(void)state;
	assert_true(k >= 0);
	assert_string_equal(ogi_key_at((size_t)k)->label, "行政复议 总计");
	assert_int_equal(ogi_key_at((size_t)k)->type, OGI_KEY_INT);
	assert_int_equal(ogi_key_find("s9.nothing"), -1);
	assert_int_equal(ogi_key_at((size_t)ogi_key_find("s2.fees.amount"))->type,
			 OGI_KEY_DECIMAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table_matches_spec),
		cmocka_unit_test(test_find),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
