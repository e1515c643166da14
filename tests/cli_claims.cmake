# Claim qualifiers as the team lead decided them (docs/method.md §3):
# "at most X" bounds the total from above (it was judged as a capacity
# ceiling, "impossible" above the hard maximum although the statement is
# then true); "about N" containers is N rounded to its second significant
# digit (10,000 stands for 9,500 to 10,500).
if(TARGET shipload-estimate)
  function(claims_cli name rc args)
    sl_cli_test(${name} shipload-estimate ${rc} "${args}" ${ARGN})
  endfunction()
  # expect the regex text on stdout, each blank matching any run of blanks
  # and line breaks (the verdict text is wrapped)
  function(claims_text name args text)
    string(REPLACE " " "[ \n]+" re "${text}")
    sl_cli_test(${name} shipload-estimate 0 "${args}" "-DEXPECT_OUT=${re}")
  endfunction()
  claims_text(est_cli_at_most_holds
              "--container|iso-20-24t|--claim|at most 4.8 million|--samples|2000"
              "verdict: consistent at most 4,800,000 holds: the total never exceeds the hard maximum of 4,710,000\\.")
  claims_text(est_cli_at_most_impossible
              "--container|iso-20-24t|--claim|at most 4.6 million|--samples|2000"
              "verdict: impossible at most 4,600,000 is impossible under these assumptions: even the hard minimum, 4,680,000, exceeds it")
  claims_cli(est_cli_at_most_json 0
             "--container|iso-20-24t|--claim|at most 4.8 million|--samples|2000|--json"
             "-DEXPECT_OUT=\"verdict\": \"consistent\",.*\"requires\": {[ \n]*\"min_max_gross\": null,[ \n]*\"max_unit_gross\": null,[ \n]*\"min_munition_share\": null,[ \n]*\"min_containers\": null")
  # the default run's headline quotes the closest interpretation's check
  claims_cli(est_cli_at_most_default 0
             "--claim|at most 4.8 million|--samples|2000|--quiet"
             "-DEXPECT_OUT=Verdict\n  Closest interpretation: 1 \\(South Korean conversion[^\n]*\n[^\n]*at most 4,800,000 holds")
  claims_text(est_cli_about_count
              "--containers|about 10,000|--container|iso-20-24t|--claim|up to 4.8 million|--samples|2000"
              "verdict: consistent 4,800,000 is consistent with \"about 10,000\" containers: it needs 10,213 of them at nominal capacity, within the rounding of the stated count, which stands for 9,500 to 10,500")
  claims_cli(est_cli_about_count_outside 0
             "--containers|about 6,700|--container|iso-20-24t|--claim|up to 3.2 million|--samples|2000"
             "-DEXPECT_OUT=verdict: impossible")
endif()
