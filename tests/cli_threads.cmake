# Results depend only on (scenario, seed, sample count), never on the thread
# count: shipload-estimate --json with --threads 1 and --threads 2 must print
# byte-identical JSON (DESIGN.md).  The scenario has an uncertain count, a
# cargo mix whose small cells use exact fill sums and large ones the normal
# approximation, and 30,000 samples (8 blocks, so both threads take some).
if(TARGET shipload-estimate)
  add_test(NAME cli_threads_identical COMMAND ${CMAKE_COMMAND}
    -DEXE=$<TARGET_FILE:shipload-estimate>
    -DOUT=${CMAKE_CURRENT_BINARY_DIR}/cli_threads
    -P ${CMAKE_CURRENT_SOURCE_DIR}/threads_cli_run.cmake)
endif()
