# shipload-estimate's load-rule options: --margins, --dunnage,
# --no-door-check (they set the scenario's load rules; errors name the flag).
if(TARGET shipload-estimate)
  # no margins: a fifth row of boxes fits, 288 complete rounds at nominal
  # sizes (docs/method-capacity.md, the sensitivity table); the dunnage
  # range's middle is its nominal figure
  sl_est_test(est_cli_margins 0
              "--container|iso-20|--cargo|152mm-round|--margins|0|--dunnage|75-125|--samples|500|--json"
              "-DEXPECT_OUT=\"margin_length\": 0.0,[ \n]*\"margin_width\": 0.0,[ \n]*\"margin_height\": 0.0,[ \n]*\"dunnage\": 100.0,.*\"count\": 288,")
  sl_est_test(est_cli_margins_three 0
              "--container|iso-20|--cargo|122mm-grad|--margins|10,20 to 30,40|--no-door-check|--samples|500|--json"
              "-DEXPECT_OUT=\"margin_length\": 10.0,[ \n]*\"margin_width\": 25.0,[ \n]*\"margin_height\": 40.0,[ \n]*\"dunnage\": 150.0,[ \n]*\"check_door\": false,[ \n]*\"margin_length_range\": \\[[ \n]*10.0,[ \n]*10.0[ \n]*\\],[ \n]*\"margin_width_range\": \\[[ \n]*20.0,[ \n]*30.0")
  # the default run takes them too: the assumptions block shows them
  sl_est_test(est_cli_margins_default 0 "--margins|0|--samples|500|--quiet"
              "-DEXPECT_OUT=load rules +bracing margins 0 / 0 / 0 mm")
  # with a scenario file: --dunnage leaves the file's margins (0) alone,
  # --margins replaces them
  set(RULES_KIT ${PROJECT_SOURCE_DIR}/tests/data)
  sl_est_test(est_cli_rules_file_dunnage 0
              "--catalog|${RULES_KIT}/kit-catalog.json|${RULES_KIT}/kit-scenario.json|--dunnage|7|--json"
              "-DEXPECT_OUT=\"margin_length\": 0.0,[ \n]*\"margin_width\": 0.0,[ \n]*\"margin_height\": 0.0,[ \n]*\"dunnage\": 7.0,")
  sl_est_test(est_cli_rules_file_margins 0
              "--catalog|${RULES_KIT}/kit-catalog.json|${RULES_KIT}/kit-scenario.json|--margins|100-300|--json"
              "-DEXPECT_OUT=\"margin_length\": 200.0,[ \n]*\"margin_width\": 200.0,[ \n]*\"margin_height\": 200.0,[ \n]*\"dunnage\": 150.0,")
  sl_est_test(est_cli_margins_two 2 "--margins|1,2"
              "-DEXPECT_ERR=--margins: '1,2' is not a margin in mm")
  sl_est_test(est_cli_margins_neg 2 "--margins|-5"
              "-DEXPECT_ERR=--margins: '-5': a margin cannot be negative")
  sl_est_test(est_cli_margins_neg_part 2 "--margins|1,-2,3"
              "-DEXPECT_ERR=--margins: '1,-2,3': the width margin cannot be negative")
  # a range the wrong way round says so (it said "not a margin in mm")
  sl_est_test(est_cli_margins_reversed 2 "--margins|5-1"
              "-DEXPECT_ERR=--margins: '5-1': the low end 5 is above the high end 1 .a range is LOW-HIGH, e.g. 1-5.")
  sl_est_test(est_cli_margins_reversed_part 2 "--margins|0-200,100-0,50-150"
              "-DEXPECT_ERR=--margins: '0-200,100-0,50-150': the width margin: the low end 100 is above the high end 0")
  # two figures with no separator are not a range (they were read as 5-6);
  # spaces around a figure are fine on either side
  sl_est_test(est_cli_margins_no_separator 2 "--margins|5 6"
              "-DEXPECT_ERR=--margins: '5 6' is not a margin in mm")
  sl_est_test(est_cli_dunnage_no_separator 2 "--dunnage|100 200"
              "-DEXPECT_ERR=--dunnage: '100 200' is not a mass in kg")
  sl_est_test(est_cli_margins_spaces 0
              "--container|iso-20|--cargo|122mm-grad|--margins| 10 ,20 to 30 ,40 |--dunnage|75 |--samples|500|--json"
              "-DEXPECT_OUT=\"margin_length\": 10.0,[ \n]*\"margin_width\": 25.0,[ \n]*\"margin_height\": 40.0,[ \n]*\"dunnage\": 75.0,")
  sl_est_test(est_cli_dunnage_bad 2 "--dunnage|250-50"
              "-DEXPECT_ERR=--dunnage: '250-50': the low end 250 is above the high end 50 .a range is LOW-HIGH, e.g. 50-250.")
  sl_est_test(est_cli_dunnage_bad_form 2 "--dunnage|250-x"
              "-DEXPECT_ERR=--dunnage: '250-x' is not a mass in kg")
  sl_est_test(est_cli_dunnage_missing 2 "--dunnage"
              "-DEXPECT_ERR=--dunnage: needs a value")
endif()
