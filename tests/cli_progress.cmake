# The progress bar of the default run (four interpretations) is one bar:
# run on a pseudo-terminal (util-linux `script`, in Debian's essential
# bsdutils) long enough for the bar to show, its percentages never go back
# and end at 100.  progress_check.sh does the run and the check.
find_program(SHIPLOAD_SCRIPT_TOOL script)
if(TARGET shipload-estimate AND SHIPLOAD_SCRIPT_TOOL)
  add_test(NAME cli_progress_one_bar
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/progress_check.sh
            $<TARGET_FILE:shipload-estimate>
            ${CMAKE_CURRENT_BINARY_DIR}/cli_progress.typescript)
endif()
