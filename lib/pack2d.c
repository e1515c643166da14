/*
 * lib/pack2d.c - the manufacturer's pallet loading problem: the most l x w
 * rectangles (either rotation) in L x W.
 */
#include "pack_internal.h"

/* For now the guillotine recursion over normal patterns. */
sl_status sli_pack2d_best(long L, long W, long l, long w, long *count,
                          sli_boxes *out, long *work, sl_error *err)
{
    return sli_pack2d(L, W, l, w, count, out, work, err);
}
