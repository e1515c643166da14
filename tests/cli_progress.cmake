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
