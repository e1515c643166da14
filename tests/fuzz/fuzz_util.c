/* tests/fuzz/fuzz_util.c - helpers shared by the harnesses. */
#include <string.h>
#include "shipload/shipload.h"
#include "fuzz.h"

char *fuzz_text(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    if (!s)
        return NULL;
    if (size)
        memcpy(s, data, size);
    s[size] = '\0';
    return s;
}

const sl_catalog *fuzz_builtin(void)
{
    static sl_catalog *builtin;
    if (!builtin && sl_catalog_builtin(&builtin, NULL) != SL_OK)
        abort();
    return builtin;
}
