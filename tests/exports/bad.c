/* tests/exports/bad.c - a shared library the export check must reject:
 * see bad.h for the faults. */
#include "bad.h"

int sl_fixture_ok(int a) { return a + 1; }
int fixture_noprefix(int a) { return a + 2; }
/* Exported, but declared in no header. */
SL_API int sl_fixture_undeclared(int a);
int sl_fixture_undeclared(int a) { return a + 3; }
/* Hidden: must not count. */
int sli_fixture_hidden(int a);
int sli_fixture_hidden(int a) { return a + 4; }
/* A global without a prefix, in the static archive. */
int fixture_global(int a);
int fixture_global(int a) { return a + 5; }
