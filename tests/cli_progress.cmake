# The progress bar of the default run (four interpretations) is one bar:
# with --progress (the bar from the start, on any stderr) its percentages
# never go back and end at 100.  progress_check.sh does the run and the
# check.
if(TARGET shipload-estimate)
  add_test(NAME cli_progress_one_bar
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/progress_check.sh
            $<TARGET_FILE:shipload-estimate>
            ${CMAKE_CURRENT_BINARY_DIR}/cli_progress.err)
endif()
# --solve runs an unknown number of times, so in place of a bar it shows
# each run's number and value, each line after a carriage return (it
# showed nothing for its 3 to 7 s); --quiet still wins
if(TARGET shipload-estimate)
  sl_est_test(est_solve_progress 0
              "--solve|containers=5000:40000|--samples|2000|--progress"
              "-DEXPECT_ERR=^.shipload-estimate: --solve: run 1, containers=5,000 .*: --solve: run [0-9]+, containers=[0-9,]+ "
              "-DEXPECT_OUT=^shipload [0-9.]+: solving containers")
  sl_est_test(est_solve_progress_quiet 0
              "--solve|containers=5000:40000|--samples|2000|--progress|--quiet"
              "-DEXPECT_ERR=^$")
endif()
