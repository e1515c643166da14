/* examples/pack_run.c - shipload-pack's packing under its limits. */
#include <stdio.h>
#include <string.h>
#include "pack_run.h"

sl_status pack_run(pack_run_fn fn, const double s[3], const double b[3],
                   const sl_pack_options *opt, int limits, long by_weight,
                   long *by_geometry, int *runs, sl_pack_result *r,
                   sl_error *e)
{
    sl_pack_options o = *opt;
    sl_status st;
    memset(r, 0, sizeof *r);
    *runs = 0;
    /* the count by geometry is what the space holds: beside a weight
       limit or a container, --max-count must not pass for it ("by
       geometry 5: the geometry binds" for 5 boxes available) */
    if (limits)
        o.max_count = 0;
    st = fn(s[0], s[1], s[2], b[0], b[1], b[2], &o, r, e);
    ++*runs;
    if (st == SL_ERANGE && limits && o.want_layout && !strcmp(e->where, "box")) {
        /* more boxes than a layout may hold: count them alone, then lay
           out the boxes the weight or --max-count keeps, if they bind
           (small boxes in a container with --max-count 5 were refused,
           with advice to give --max-count) */
        sl_error e2;
        sl_pack_options c = o;
        c.want_layout = 0;
        sl_error_clear(&e2);
        if (fn(s[0], s[1], s[2], b[0], b[1], b[2], &c, r, &e2) != SL_OK)
            return st; /* the first error says more */
        ++*runs;
        long keep = r->count;
        if (by_weight >= 0 && by_weight < keep)
            keep = by_weight;
        if (opt->max_count > 0 && opt->max_count < keep)
            keep = opt->max_count;
        if (keep == r->count) /* the whole space's layout: too large */
            return st;
        st = SL_OK;
    } else if (st != SL_OK)
        return st;
    *by_geometry = r->count;
    long keep = r->count;
    if (by_weight >= 0 && by_weight < keep)
        keep = by_weight;
    if (limits && opt->max_count > 0 && opt->max_count < keep)
        keep = opt->max_count;
    if (keep == r->count)
        return SL_OK; /* nothing else binds */
    /* the weight or --max-count binds: the lowest keep boxes (max_count 0
       would mean no limit, so a box heavier than the payload keeps none);
       the time is that of both packs, where the second's alone passed for
       it (and 0 when none was kept) */
    double seconds = r->seconds;
    sl_pack_result_free(r);
    r->optimal = 1;
    if (keep > 0) {
        o.max_count = keep;
        /* a budget is the whole run's: the second pack gets what the
           first left (each had all of it, so --seconds 1 could take 2 s),
           and a moment when nothing is left (0 would be no budget) */
        if (opt->seconds > 0)
            o.seconds = seconds < opt->seconds ? opt->seconds - seconds
                                               : PACK_RUN_LEFT_MIN;
        st = fn(s[0], s[1], s[2], b[0], b[1], b[2], &o, r, e);
        ++*runs;
    }
    r->seconds += seconds;
    return st;
}

const char *pack_seconds_text(double seconds, char *buf, size_t n)
{
    if (seconds < 0.0005)
        snprintf(buf, n, "under 0.001 s");
    else
        snprintf(buf, n, "%.3f s", seconds);
    return buf;
}
