# Two --sweep flags: a grid, every pair of values one run with the same
# seed and samples (docs/shipload-estimate.1, "Two inputs at once").  The
# cells are checked against the JSON and the JSON's points against single
# runs with both values set directly (tests/grid_check.cmake), never
# against stored figures; the heatmap's colours in tests/plot_test.c.
if(TARGET shipload-estimate)
  set(EX ${PROJECT_SOURCE_DIR}/examples/scenarios)
  set(GD ${CMAKE_CURRENT_BINARY_DIR}/grid)
  file(MAKE_DIRECTORY ${GD})
  # grid_check(NAME MODE ARGS [-DVAR=...]): grid_check.cmake
  function(grid_check name mode args)
    add_test(NAME ${name} COMMAND ${CMAKE_COMMAND}
             -DEXE=$<TARGET_FILE:shipload-estimate> -DMODE=${mode}
             "-DARGS=${args}" ${ARGN}
             -P ${CMAKE_CURRENT_SOURCE_DIR}/grid_check.cmake)
  endfunction()
  set(Q "--samples|2000|--quiet")
  set(ROUNDS "--cargo|152mm-round|--claim|up to 4.8 million")
  # the default run's realistic mix, with the 152 mm share fixed
  set(MIX "--cargo|122mm-round=uniform(0.05, 0.15)|--cargo|122mm-grad=uniform(0.05, 0.15)|--cargo|non-munition=rest|--fill|pert(0.7, 0.95, 1)")
  set(BY_SHARE "--sweep|containers=10000:30000:3|--sweep|share:152mm-round=0.4:0.7:4|${Q}")

  # the text grid: cells as the JSON's points, the turns from its verdicts
  grid_check(est_grid_table_default table "${BY_SHARE}")
  grid_check(est_grid_table_fill table
             "--sweep|fill=0.5,0.75,1|--sweep|containers=10000,20000|${ROUNDS}|${Q}")
  grid_check(est_grid_table_file table
             "${EX}/E.json|--sweep|containers=500,1000,2000|--sweep|fill=0.6,1|${Q}")
  # the model's monotony: more containers, a larger 152 mm share (at the
  # expense of non-munition cargo), never a smaller share of samples
  # reaching "up to 4.8 million" (common random numbers keep every
  # sample's inputs; only the per-container draws could still move it)
  grid_check(est_grid_mono mono
             "--sweep|containers=10000:30000:5|--sweep|share:152mm-round=0.3:0.7:5|${Q}")
  # JSON and CSV: row by row, the first input down, the second across
  grid_check(est_grid_json json
             "--sweep|containers=10000,20000|--sweep|fill=0.5:1:3|${ROUNDS}|${Q}"
             "-DINPUTS=containers|fill" -DROWS=2 -DCOLS=3)
  grid_check(est_grid_json_shares json
             "--sweep|share:122mm-grad=0.1,0.2|--sweep|share:152mm-round=0.4,0.5|${Q}"
             "-DINPUTS=share:122mm-grad|share:152mm-round" -DROWS=2 -DCOLS=2)
  grid_check(est_grid_csv csv
             "--sweep|fill=0.5:1:3|--sweep|containers=10000,20000|${ROUNDS}|${Q}")
  # each point is the single run with both values set directly
  grid_check(est_grid_point_count_fill point
             "--sweep|containers=10000,20000|--sweep|fill=0.5:1:3|${ROUNDS}|${Q}"
             "-DSINGLE=--containers|@A@|--fill|@B@|${ROUNDS}|${Q}")
  grid_check(est_grid_point_default point "${BY_SHARE}"
             "-DSINGLE=--containers|at least @A@|--cargo|152mm-round=@B@|${MIX}|${Q}"
             "-DKEYS=capacity|total|by_cargo|histogram|sensitivity")
  # two shares of one list: with "rest" both are set and the rest gives way
  grid_check(est_grid_point_two_shares point
             "--sweep|share:152mm-round=0.5,0.6|--sweep|share:122mm-grad=0.1,0.2|${Q}"
             "-DSINGLE=--containers|at least 10000|--cargo|152mm-round=@A@|--cargo|122mm-round=uniform(0.05, 0.15)|--cargo|122mm-grad=@B@|--cargo|non-munition=rest|--fill|pert(0.7, 0.95, 1)|${Q}"
             "-DKEYS=capacity|total|by_cargo|histogram|sensitivity")
  # ... without, the others are rescaled to make room for both
  set(MIX3 "--cargo|152mm-round=0.5|--cargo|122mm-grad=0.25|--cargo|122mm-round=0.25")
  grid_check(est_grid_point_scaled point
             "--sweep|share:152mm-round=0.5,0.25|--sweep|share:122mm-grad=0.25,0.5|${MIX3}|${Q}"
             -DINDEX=3
             "-DSINGLE=--cargo|152mm-round=0.25|--cargo|122mm-grad=0.5|--cargo|122mm-round=0.25|${Q}")
  # a grid wider than the page is printed in blocks of columns, each line
  # within 80 columns, the blocks' cells the JSON's points
  grid_check(est_grid_table_wrap table
             "--sweep|fill=0.5,1|--sweep|containers=1000:12000:12|${ROUNDS}|--samples|200|--quiet")
  sl_est_text(est_grid_wrap
              "--sweep|fill=0.5,1|--sweep|containers=1000:12000:12|${ROUNDS}|--samples|200|--quiet"
              "containers, columns 1 to [0-9]+ of 12\n.*containers, columns [0-9]+ to 12 of 12\n")

  # bad input: exit 2, both flags or the pair named, nothing on stdout, and
  # no run started (the progress bar, forced, would have begun stderr)
  function(grid_bad name args err)
    sl_cli_test(${name} shipload-estimate 2 "${args}|--progress"
                "-DEXPECT_ERR=^shipload-estimate: ${err}" ${ARGN})
  endfunction()
  grid_bad(est_grid_bad_same "--sweep|fill=0.5,1|--sweep|fill=0.6,0.7"
           "--sweep: given twice for one input \\(--sweep fill=0\\.5,1 and --sweep fill=0\\.6,0\\.7\\). a grid sweeps two different inputs\n$")
  grid_bad(est_grid_bad_same_share "--sweep|share:152mm-round=0.5,0.6|--sweep|share:152mm-round=0.4"
           "--sweep: given twice for one input \\(--sweep share:152mm-round=0\\.5,0\\.6 and --sweep share:152mm-round=0\\.4\\)")
  grid_bad(est_grid_bad_three "--sweep|fill=0.5,1|--sweep|containers=1,2|--sweep|share:152mm-round=0.5"
           "--sweep: given three times. sweep one input, or two for a grid\n$")
  grid_bad(est_grid_bad_points "--sweep|containers=1000:50000:50|--sweep|fill=0.5:1:5"
           "--sweep: the grid of containers \\(50 values\\) by fill \\(5 values\\) has 250 points, more than 200 \\(each point is a full run\\)")
  grid_bad(est_grid_bad_second "--sweep|fill=0.5,1|--sweep|dunnage=50,100"
           "--sweep: unknown input 'dunnage'")
  # (the rest gives way, then 122mm-round is scaled down: only a pair
  # above 1 between them is left with no room)
  grid_bad(est_grid_bad_pair "--sweep|share:152mm-round=0.6,0.8|--sweep|share:122mm-grad=0.3,0.2"
           "--sweep: share:152mm-round=0\\.8, share:122mm-grad=0\\.3 \\(row 2, column 1\\): cargo\\[3\\]\\.share: ")
  grid_bad(est_grid_bad_whole "--sweep|share:152mm-round=0.4,0.6|--sweep|share:122mm-grad=0.1|--cargo|152mm-round=0.5|--cargo|122mm-grad=0.5"
           "--sweep: share:152mm-round and share:122mm-grad: between them they hold the whole share of the cargo")
  grid_bad(est_grid_bad_files "${EX}/A.json|${EX}/C.json|--sweep|fill=0.5,1|--sweep|containers=1,2"
           "--sweep: sweeps one scenario, and 2 scenario files were given")
  foreach(opt samples-out plot-sensitivity scenario-out)
    set(f ${GD}/refused-${opt}.svg)
    grid_bad(est_grid_refuse_${opt} "--sweep|fill=0.5,1|--sweep|containers=1,2|--${opt}|${f}"
             "--${opt}: writes one run into one file, and --sweep makes one run per value"
             "-DABSENT=${f}")
  endforeach()
  grid_bad(est_grid_plot_no_claim "--sweep|fill=0.5,1|--sweep|containers=1,2|--cargo|152mm-round|--plot|${GD}/none.png"
           "--plot: a grid's chart maps the share of samples that keep the claim, and the scenario has none"
           "-DABSENT=${GD}/none.png")

  # --plot draws the heatmap (tests/plot_test.c checks its colours)
  add_test(NAME est_grid_plot COMMAND ${CMAKE_COMMAND}
           -DEXE=$<TARGET_FILE:shipload-estimate>
           "-DARGS=${BY_SHARE}|--plot|${GD}/grid.Svg"
           "-DSVGS=${GD}/grid.Svg"
           -P ${CMAKE_CURRENT_SOURCE_DIR}/plot_ext_check.cmake)
  add_test(NAME est_grid_plot_png COMMAND ${CMAKE_COMMAND}
           -DEXE=$<TARGET_FILE:shipload-estimate>
           "-DARGS=${EX}/E.json|--sweep|containers=500:2500:5|--sweep|fill=0.6,0.8,1|--plot|${GD}/grid.png|--json|${Q}"
           "-DPNGS=${GD}/grid.png"
           -P ${CMAKE_CURRENT_SOURCE_DIR}/plot_ext_check.cmake)
endif()
# the README's grid example is the program's output
if(TARGET shipload-estimate)
  add_test(NAME est_grid_readme COMMAND ${CMAKE_COMMAND}
           -DEXE=$<TARGET_FILE:shipload-estimate>
           -DREADME=${PROJECT_SOURCE_DIR}/README.md
           -DOUT=${CMAKE_CURRENT_BINARY_DIR}/readme_grid.txt
           "-DMARK=$ shipload-estimate --sweep containers=10000:30000:5 --sweep share:152mm-round=0.3:0.7:5"
           "-DARGS=--sweep|containers=10000:30000:5|--sweep|share:152mm-round=0.3:0.7:5|--quiet"
           -DWORKDIR=${PROJECT_SOURCE_DIR}
           -P ${CMAKE_CURRENT_SOURCE_DIR}/readme_check.cmake)
  # --precision: cells that drew different sample counts (as
  # est_sweep_precision_apart)
  sl_est_text(est_grid_precision_apart
              "--sweep|containers=3,10000|--sweep|fill=0.9,1|--precision|0.05|--samples|1000|--quiet"
              "[0-9,]+ to [0-9,]+ samples, seed 1 at every point \\(--precision: each cell drew the samples its own target needed, so the cells differ by sampling noise too, not by the inputs alone\\)\n")
endif()
