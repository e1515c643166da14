# shipload-estimate as an analyst uses it: outputs that must say what they
# mean, and inputs read the same way by every flag (the CLI audit).
if(TARGET shipload-estimate)
  function(audit_cli name rc args)
    sl_cli_test(${name} shipload-estimate ${rc} "${args}" ${ARGN})
  endfunction()
  # a total that is 0 in every sample has no table of variance shares (it
  # read "interactions, per-container variation 100%"): the table says
  # the total does not vary, the JSON keeps an empty list and says why
  audit_cli(est_cli_sens_constant 0
            "--cargo|non-munition|--samples|500|--quiet"
            "-DEXPECT_OUT=What drives the range:\n  nothing: the total is 0 in every sample, so there is no variance")
  audit_cli(est_cli_sens_constant_no_table 0
            "--margins|3000|--samples|500|--quiet"
            "-DEXPECT_OUT=interpretation 4\\):\n  nothing: the total is 0 in every sample")
  audit_cli(est_cli_sens_constant_json 0
            "--cargo|non-munition|--samples|500|--json"
            "-DEXPECT_OUT=\"sensitivity\": \\[\\],[ \n]*\"sensitivity_note\": \"the total is the same in every sample: it does not vary")
endif()
