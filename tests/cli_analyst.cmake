# shipload-estimate and shipload-pack as a demanding analyst uses them:
# answers that must not contradict themselves, outputs that must not be
# lost (the analyst audit).
if(TARGET shipload-estimate)
  set(ANALYST_OUT ${CMAKE_CURRENT_BINARY_DIR}/analyst-out)
  file(MAKE_DIRECTORY ${ANALYST_OUT})
  # two outputs on one file written two ways ("./x" and "x") were both
  # written, the second over the first, with exit status 0: the samples
  # were lost without a word
  sl_est_test(est_cli_outputs_same_file_two_spellings 2
              "--samples|300|--samples-out|${ANALYST_OUT}/twice.txt|--scenario-out|${ANALYST_OUT}/./twice.txt"
              "-DABSENT=${ANALYST_OUT}/twice.txt"
              "-DEXPECT_ERR=--scenario-out: \"[^\"]*/\\./twice.txt\" is also the file of --samples-out")
endif()
# strtod's hexadecimal form read "0x10" as 16: 16 samples, a 16 mm margin,
# a 16-unit space; every number reader now refuses it
if(TARGET shipload-estimate)
  sl_est_test(est_cli_samples_hex 2 "--samples|0x10"
              "-DEXPECT_ERR=--samples: '0x10' is not a whole number")
  sl_est_test(est_cli_margins_hex 2 "--margins|0x10|--samples|300"
              "-DEXPECT_ERR=--margins: '0x10' is not a margin")
  sl_est_test(est_cli_precision_hex 2 "--precision|0x1p-10|--samples|300"
              "-DEXPECT_ERR=--precision: '0x1p-10' is not a relative precision")
endif()
if(TARGET shipload-pack)
  sl_cli_test(pack_cli_space_hex shipload-pack 2
              "--space|0x10x10x10|--box|3x3x3"
              "-DEXPECT_ERR=--space: expected LxWxH")
  sl_cli_test(pack_cli_grain_hex shipload-pack 2
              "--space|10x10x10|--box|3x3x3|--grain|0x1p-3"
              "-DEXPECT_ERR=--grain: expected a positive number")
endif()
# a single run's report never said how many containers it counted, with
# which qualifier ("at most 6,700" vanished), nor the shares and the fill
# it assumed: the drivers table named "share:152mm-round" without its range
if(TARGET shipload-estimate)
  sl_est_test(est_cli_single_states_scenario 0
              "--containers|at most 6,700|--cargo|152mm-round=0.2 to 0.5|--cargo|non-munition=rest|--fill|85%|--samples|400|--quiet"
              "-DEXPECT_OUT=^Observed and assumed \\(shares of the containers\\):\n  containers   at most 6,700\n  types        iso-20-24t uniform\\(0, 1\\), iso-20 rest\n  cargo        152mm-round 0.2 to 0.5 \\(90 %, beta\\), non-munition rest\n  fill         0.85 of each container's capacity\n\nCapacity per container")
endif()
# the capacity table printed a count of 1,600,000 as "1600000" beside a
# weight limit of "1,600,000", and an id longer than its column
# ("152mm-shell-mass-equiv") pushed its row out of line; --list printed
# "4000.00 kg per missile" where the assumptions say "4,000 kg"
if(TARGET shipload-estimate)
  sl_est_test(est_cli_capacity_counts_grouped 0
              "${CMAKE_SOURCE_DIR}/examples/scenarios/D.json|--samples|400|--quiet"
              "-DEXPECT_OUT=\n  container    cargo                      count  by weight by geometry  binding   range\n  c4ads-lot    152mm-shell-mass-equiv 1,600,000  1,600,000           -  weight    1,600,000\n")
  sl_est_test(est_cli_list_unit_gross_grouped 0 "--list"
              "-DEXPECT_OUT=\n +4,000 kg per missile as carried. packaged\n")
endif()
# the table of what drives the range showed its first rows and then
# "interactions" as 1 less every row's share, so the shown column summed
# to 99.2 % in the README: the rows left out get a line of their own
if(TARGET shipload-estimate)
  sl_est_test(est_cli_sensitivity_other_inputs 0 "--samples|2000|--quiet"
              "-DEXPECT_OUT=%  +[-+][0-9.]+\n  [0-9]+ other inputs +[0-9.]+%\n  interactions, per-container variation +[0-9.]+%\n$")
  # ... and that last line's label, 37 characters in a 36-wide column,
  # pushed its share one column right of the rest: the column is now as
  # wide as its longest label (here that line's, so "10 other inputs" is
  # padded to 37, then the share in 9; CMake's regexes have no {n})
  sl_est_test(est_cli_sensitivity_aligned 0 "--samples|2000|--quiet"
              "-DEXPECT_OUT=\n  10 other inputs                           [ 0-9][0-9][.][0-9]%\n  interactions, per-container variation     [ 0-9][0-9][.][0-9]%\n$")
endif()
# a claim of 100 in 10,000 containers "implies 0.0 per container": one
# decimal hid the figure the sentence was about
if(TARGET shipload-estimate)
  sl_est_text(est_cli_small_per_container
              "--container|iso-20-24t|--claim|100|--samples|500|--quiet"
              "Claim 100: 0.01 per container, .* It implies 0.01 per container. at nominal figures one holds 470\\.")
endif()
# output that could not be written (a full disk) was lost without a word:
# shipload-pack returned 0, shipload-estimate --list returned 1 silently
# and --help returned 0
if(EXISTS /dev/full)
  function(analyst_full name target rc args)
    add_test(NAME ${name} COMMAND ${CMAKE_COMMAND} -DEXE=/bin/sh
             "-DARGS=-c|\"$<TARGET_FILE:${target}>\" ${args} > /dev/full"
             -DEXPECT_RC=${rc} ${ARGN}
             -P ${CMAKE_CURRENT_SOURCE_DIR}/run_cli.cmake)
  endfunction()
  if(TARGET shipload-pack)
    analyst_full(pack_cli_full_disk shipload-pack 1
                 "--space 100x100x100 --box 10x10x10"
                 "-DEXPECT_ERR=^shipload-pack: writing standard output failed: No space left on device\n")
    analyst_full(pack_cli_full_disk_help shipload-pack 1 "--help"
                 "-DEXPECT_ERR=^shipload-pack: writing standard output failed: No space left on device\n")
  endif()
  if(TARGET shipload-estimate)
    analyst_full(est_cli_full_disk_list shipload-estimate 1 "--list"
                 "-DEXPECT_ERR=^shipload-estimate: writing standard output failed: No space left on device\n")
    analyst_full(est_cli_full_disk_help shipload-estimate 1 "--help"
                 "-DEXPECT_ERR=^shipload-estimate: writing standard output failed: No space left on device\n")
  endif()
endif()
# a closed standard output names itself and the reason (it read "writing
# the output failed")
function(closed_stdout name target args)
  add_test(NAME ${name} COMMAND ${CMAKE_COMMAND} -DEXE=/bin/sh
           "-DARGS=-c|\"$<TARGET_FILE:${target}>\" ${args} >&-"
           -DEXPECT_RC=1
           "-DEXPECT_ERR=^[a-z-]+: writing standard output failed: Bad file descriptor\n$"
           -P ${CMAKE_CURRENT_SOURCE_DIR}/run_cli.cmake)
endfunction()
if(TARGET shipload-pack)
  closed_stdout(pack_cli_closed_stdout shipload-pack "--space 100x100x100 --box 10x10x10")
endif()
if(TARGET shipload-estimate)
  closed_stdout(est_cli_closed_stdout shipload-estimate "--cargo 152mm-round --samples 300 --quiet")
endif()
# a plot that could not be written whole (here a 2 KiB file size limit)
# left a half-written file behind from shipload-pack, which drew straight
# into the file; shipload-estimate writes whole or not at all
# On a fresh machine the first program that draws text writes fontconfig's
# cache (about 50 KiB); under the 2 KiB limit that write failed, fontconfig
# printed "write cache: ..." and the test failed on stderr.  A plot drawn
# first, without the limit, writes the cache.
if(TARGET shipload-pack)
  set(ANALYST_PLOT ${CMAKE_CURRENT_BINARY_DIR}/analyst-out/layout)
  add_test(NAME pack_cli_plot_font_cache
           COMMAND shipload-pack --space 5898x2352x2393 --box 930x425x240
                   --plot ${ANALYST_PLOT}-fonts.png)
  set_tests_properties(pack_cli_plot_font_cache PROPERTIES
                       FIXTURES_SETUP font_cache)
  foreach(ext png svg)
    add_test(NAME pack_cli_plot_whole_or_nothing_${ext}
             COMMAND ${CMAKE_COMMAND} -DEXE=/bin/sh
             "-DARGS=-c|trap '' XFSZ && ulimit -f 4 && \"$<TARGET_FILE:shipload-pack>\" --space 5898x2352x2393 --box 930x425x240 --plot ${ANALYST_PLOT}.${ext}"
             -DEXPECT_RC=1 "-DABSENT=${ANALYST_PLOT}.${ext}"
             "-DEXPECT_ERR=^shipload-pack: --plot: [^\n]*layout.${ext}[^\n]*File too large\n"
             -P ${CMAKE_CURRENT_SOURCE_DIR}/run_cli.cmake)
    set_tests_properties(pack_cli_plot_whole_or_nothing_${ext} PROPERTIES
                         FIXTURES_REQUIRED font_cache)
  endforeach()
endif()
# with nothing to bind (every container empty, or no munition cargo) the
# claim text said "No container rating helps: geometry binds."
if(TARGET shipload-estimate)
  sl_est_text(est_cli_no_rating_fill_zero
              "--fill|0|--claim|100|--samples|400|--quiet"
              "No container rating helps: every container is empty \\(fill 0\\)\\.")
  sl_est_text(est_cli_no_rating_no_munitions
              "--cargo|non-munition|--claim|100|--samples|400|--quiet"
              "No container rating helps: no container carries munitions\\.")
endif()
# shipload-pack's views passed over every box for every one of their
# 2,880 cells (12 s of text for 2 million boxes of 25 mm in a 20 ft
# container) and --plot sorted the boxes by insertion (half an hour); each
# box now visits the cells it covers, and the plot sorts with qsort.  The
# views must stay those of the layout (BR0 instance 1, every side up).
if(TARGET shipload-pack)
  add_test(NAME pack_cli_views_unchanged
           COMMAND ${CMAKE_COMMAND} -DEXE=$<TARGET_FILE:shipload-pack>
           "-DARGS=--space|587x233x220|--box|108x76x30|--vertical|lwh"
           -DEXPECT=${CMAKE_CURRENT_SOURCE_DIR}/data/pack_views_br0_1_lwh.txt
           -P ${CMAKE_CURRENT_SOURCE_DIR}/pack_views_check.cmake)
endif()
# an unknown id of 48 or more characters was cut (to 48 by the command
# line, to 40 by the message) before it was quoted: it is quoted as typed
if(TARGET shipload-estimate)
  sl_est_test(est_cli_long_id_container 2
              "--container|iso-20-2385.unknown-long-id.abcdefghijklmnopqrstuvwxyz=0.5|--samples|300"
              "-DEXPECT_ERR=^shipload-estimate: --container \\(container_types\\[0\\]\\.id\\): unknown container type id \"iso-20-2385\\.unknown-long-id\\.abcdefghijklmnopqrstuvwxyz\". known: iso-20-24t, iso-20, iso-40, iso-40hc\n$")
  sl_est_test(est_cli_long_id_cargo 2
              "--cargo|  d30-2385.unknown-long-id.abcdefghijklmnopqrstuvwxyz.0123 = 0.5|--samples|300"
              "-DEXPECT_ERR=^shipload-estimate: --cargo \\(cargo\\[0\\]\\.id\\): unknown cargo id \"d30-2385\\.unknown-long-id\\.abcdefghijklmnopqrstuvwxyz\\.0123\". known: 152mm-shell-mass-equiv, 152mm-round, 122mm-round, 122mm-grad, kn-23, non-munition\n$")
  sl_est_test(est_cli_long_id_scenario 2
              "${CMAKE_SOURCE_DIR}/tests/data/long-id-scenario.json|--samples|300"
              "-DEXPECT_ERR=long-id-scenario\\.json:4:20: cargo\\[0\\]\\.id: unknown cargo id \"d30-2385\\.unknown-long-id\\.abcdefghijklmnopqrstuvwxyz\\.0123\". known: 152mm-shell")
endif()
