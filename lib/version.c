/* lib/version.c - run-time version and the header/library guard. */
#include "internal.h"

const char *sl_version(void)
{
    return SHIPLOAD_VERSION;
}

unsigned sl_version_hex(void)
{
    return (unsigned)SHIPLOAD_VERSION_HEX;
}

sl_status sl_check_version(unsigned header_hex, size_t sizeof_error,
                           size_t sizeof_options, size_t sizeof_dist,
                           sl_error *err)
{
    if ((header_hex >> 16) != SHIPLOAD_VERSION_MAJOR)
        return sli_fail(err, SL_EVERSION, "SHIPLOAD_VERSION_HEX",
                        "program compiled against shipload %u.x, library is %s",
                        header_hex >> 16, SHIPLOAD_VERSION);
    if (sizeof_error != sizeof(sl_error) ||
        sizeof_options != sizeof(sl_options) ||
        sizeof_dist != sizeof(sl_dist))
        return sli_fail(err, SL_EVERSION, "struct sizes",
                        "public struct sizes differ between the program's "
                        "headers and library %s; rebuild the program",
                        SHIPLOAD_VERSION);
    return SL_OK;
}
