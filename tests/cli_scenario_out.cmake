# --scenario-out FILE: the run as a scenario file that reruns to the same
# result (sl_scenario_to_json; tests/scenario_out_check.cmake)
if(TARGET shipload-estimate)
  function(scenario_out name args)
    file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/${name})
    add_test(NAME ${name} COMMAND ${CMAKE_COMMAND}
             -DEXE=$<TARGET_FILE:shipload-estimate> "-DARGS=${args}"
             -DWORK=${CMAKE_CURRENT_BINARY_DIR}/${name} ${ARGN}
             -P ${CMAKE_CURRENT_SOURCE_DIR}/scenario_out_check.cmake)
  endfunction()
  # flags of every kind, a seed above 2^63 - 1, a custom catalog's entries
  scenario_out(est_cli_scenario_out
    "--catalog|${PROJECT_SOURCE_DIR}/examples/catalogs/iso-minimum.json|--container|iso-20-24t-min=0.3|--container|iso-20=rest|--cargo|152mm-round=0.6|--cargo|152mm-of540-bare=rest|--containers|6700 to 7000|--fill|pert(0.7, 0.95, 1)|--margins|0-150,20,50-150|--dunnage|75|--claim|about 1.5 million|--seed|12345678901234567890|--samples|1500")
  # a scenario file's run, and the adaptive mode: the file asks for the
  # samples drawn (1,000 of the 500 asked for), which rerun alike
  scenario_out(est_cli_scenario_out_file
    "${PROJECT_SOURCE_DIR}/examples/scenarios/E.json|--precision|0.01|--samples|500"
    -DADAPTIVE=1)
  # load rules whose nominal is not the middle of their range were written
  # as [low, high] and reloaded with the middle (by weight 292, not 294)
  scenario_out(est_cli_scenario_out_rule_nominal
    "${PROJECT_SOURCE_DIR}/tests/data/rule-nominal-scenario.json|--samples|400")
  # the default run writes the realistic mix (interpretation 4, "mix")
  scenario_out(est_cli_scenario_out_default "--samples|800" -DSTRIP=1)
  # a path that cannot be written costs no run and names the flag
  sl_cli_test(est_cli_scenario_out_bad_path shipload-estimate 1
              "--samples|300|--scenario-out|${CMAKE_CURRENT_BINARY_DIR}/missing/s.json"
              "-DEXPECT_ERR=^shipload-estimate: --scenario-out: cannot create a file next to")
endif()
