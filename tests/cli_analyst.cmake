# shipload-estimate and shipload-pack as a demanding analyst uses them:
# answers that must not contradict themselves, outputs that must not be
# lost (the analyst audit).
if(TARGET shipload-estimate)
  function(analyst_cli name rc args)
    sl_cli_test(${name} shipload-estimate ${rc} "${args}" ${ARGN})
  endfunction()
  set(ANALYST_OUT ${CMAKE_CURRENT_BINARY_DIR}/analyst-out)
  file(MAKE_DIRECTORY ${ANALYST_OUT})
  # two outputs on one file written two ways ("./x" and "x") were both
  # written, the second over the first, with exit status 0: the samples
  # were lost without a word
  analyst_cli(est_cli_outputs_same_file_two_spellings 2
              "--samples|300|--samples-out|${ANALYST_OUT}/twice.txt|--scenario-out|${ANALYST_OUT}/./twice.txt"
              "-DABSENT=${ANALYST_OUT}/twice.txt"
              "-DEXPECT_ERR=--scenario-out: \"[^\"]*/\\./twice.txt\" is also the file of --samples-out")
endif()
