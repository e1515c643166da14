/* minimal.c - check a published claim with libshipload: 10,000 20 ft
 * containers rated 24 t, all full of complete boxed 152 mm rounds, against
 * "up to 4.8 million".  cc minimal.c $(pkg-config --cflags --libs shipload) */
#include <stdio.h>
#include <shipload/shipload.h>

int main(void)
{
    sl_error err;
    sl_options opt;
    sl_claim_check check;
    sl_catalog *cat = NULL;
    sl_scenario *sc = NULL;
    sl_result *res = NULL;
    int rc = 1;

    sl_error_clear(&err);
    sl_options_init(&opt);
    /* Every call that takes err returns SL_OK (0) or a failure with err
       filled in. */
    if (SL_CHECK_VERSION(&err) || sl_catalog_builtin(&cat, &err)
        || sl_scenario_alloc(cat, &sc, &err))
        goto fail;
    sl_scenario_clear_container_types(sc); /* replace the default mix */
    sl_scenario_clear_cargo_types(sc);
    if (sl_scenario_set_containers(sc, "10000", &err)
        || sl_scenario_add_container_type(sc, "iso-20-24t", NULL, &err)
        || sl_scenario_add_cargo_type(sc, "152mm-round", NULL, &err)
        || sl_scenario_set_claim(sc, "up to 4.8 million", NULL, NULL, &err)
        || sl_estimate(sc, &opt, &res, &err))
        goto fail;
    if (sl_result_claim(res, &check) != SL_OK) { /* takes no err */
        fprintf(stderr, "minimal: the result has no claim check\n");
        goto done;
    }
    printf("%s\n%s\n", sl_verdict_name(check.verdict), check.text);
    rc = 0;
fail:
    if (rc)
        fprintf(stderr, "minimal: %s: %s\n", err.where, err.what);
done:
    sl_result_free(res);
    sl_scenario_free(sc);
    sl_catalog_free(cat);
    return rc;
}
