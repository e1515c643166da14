# --sweep NAME=VALUES: one input over several values, one run per value
# with the same seed and samples (docs/shipload-estimate.1, "Sweeping one
# input").  Rows, monotony and the verdict sentence are checked against
# the output itself, points against single runs with the value set
# directly (tests/sweep_check.cmake), not against stored figures.
if(TARGET shipload-estimate)
  set(EX ${PROJECT_SOURCE_DIR}/examples/scenarios)
  set(SD ${CMAKE_CURRENT_BINARY_DIR}/sweep)
  file(MAKE_DIRECTORY ${SD})
  # sweep_check(NAME MODE ARGS [-DVAR=...]): sweep_check.cmake
  function(sweep_check name mode args)
    add_test(NAME ${name} COMMAND ${CMAKE_COMMAND}
             -DEXE=$<TARGET_FILE:shipload-estimate> -DMODE=${mode}
             "-DARGS=${args}" ${ARGN}
             -P ${CMAKE_CURRENT_SOURCE_DIR}/sweep_check.cmake)
  endfunction()
  set(Q "--samples|2000|--quiet")
  set(ROUNDS "--cargo|152mm-round|--claim|up to 4.8 million|--containers|at least 10000")

  # the table: one row per value, P50 rising with the containers and the
  # fill, and the sentence on where the verdict turns, from the rows
  sweep_check(est_sweep_containers table "--sweep|containers=10000:40000:4|${Q}"
              -DROWS=4 -DMONO=up
              "-DEXPECT_SENTENCE=^The verdict turns from implausible to consistent between 10,000 and 20,000 containers, and from consistent to conservative between 30,000 and 40,000 containers\\.$")
  sweep_check(est_sweep_fill table "--sweep|fill=0.5:1:6|${ROUNDS}|${Q}"
              -DROWS=6 -DMONO=up
              "-DEXPECT_SENTENCE=^The verdict is impossible at every value, from a fill of 0\\.5 to 1\\.0\\.$")
  # percentages, a list in any order (falling), and containers rounded
  # with repeats dropped (1:3:5 is 1, 1.5, 2, 2.5, 3: 1, 2, 3)
  sweep_check(est_sweep_fill_list table "--sweep|fill=100%,80%,60%|${ROUNDS}|${Q}"
              -DROWS=3 -DMONO=down)
  sweep_check(est_sweep_rounded table "--sweep|containers=1:3:5|--cargo|152mm-round|${Q}"
              -DROWS=3 -DMONO=up)
  # shares: with "rest" (the default run's non-munition) the others stay;
  # without, they are rescaled in proportion
  sweep_check(est_sweep_share_rest table "--sweep|share:152mm-round=0.3:0.7:5|${Q}"
              -DROWS=5 -DMONO=up)
  sweep_check(est_sweep_share_type table "--sweep|share:iso-20-24t=0,0.5,1|--cargo|152mm-shell-mass-equiv|${Q}"
              -DROWS=3 -DMONO=down)
  set(MIX2 "--cargo|152mm-round=0.6|--cargo|122mm-grad=0.4")
  sweep_check(est_sweep_share_scaled table "--sweep|share:122mm-grad=0:1:3|${MIX2}|${Q}"
              -DROWS=3 -DMONO=down "-DEXPECT_SENTENCE=^No claim to check")
  # a file: its own claim, and a verdict that turns more than once
  sweep_check(est_sweep_file table "${EX}/E.json|--sweep|containers=500,1000,2000|${Q}"
              -DROWS=3)

  # a verdict that holds only with a count "at least N" admits is marked
  # "+" as in the default table, with its footnote
  sl_cli_test(est_sweep_count_mark shipload-estimate 0
              "--sweep|containers=9500,10000|--container|iso-20-24t|--cargo|152mm-shell-mass-equiv|--claim|up to 4.8 million|--containers|at least 10000|${Q}"
              "-DEXPECT_OUT=\n2 +10,000 [^\n]+ consistent\\+\n\\+  holds with a container count that the stated one admits")

  # one point is the single run with that value set directly: same seed,
  # same samples, the same JSON numbers
  sweep_check(est_sweep_point_fill point "--sweep|fill=0.5,0.7|${ROUNDS}|${Q}"
              -DINDEX=1 "-DSINGLE=--fill|0.7|${ROUNDS}|${Q}" -DFULL=1)
  # LO:HI:N of a fraction runs (and prints) two more decimals than its
  # step has: fill=0.5:1:7's second value is 0.5833, the single run with
  # --fill 0.5833 (it was 0.583333333333, 14 columns wide); the table's
  # column gives every value as many decimals (0.5 and 1 beside 0.5833
  # were 0.5 and 1)
  sweep_check(est_sweep_point_fraction_digits point
              "--sweep|fill=0.5:1:7|${ROUNDS}|${Q}"
              -DINDEX=1 "-DSINGLE=--fill|0.5833|${ROUNDS}|${Q}" -DFULL=1)
  sl_est_test(est_sweep_fraction_digits 0 "--sweep|fill=0.5:1:7|${ROUNDS}|${Q}"
              "-DEXPECT_OUT=\n1 +0[.]5000 .*\n2 +0[.]5833 .*\n3 +0[.]6667 .*\n7 +1[.]0000 ")
  sweep_check(est_sweep_point_scaled point "--sweep|share:122mm-grad=0:1:5|${MIX2}|${Q}"
              -DINDEX=3 "-DSINGLE=--cargo|152mm-round=0.25|--cargo|122mm-grad=0.75|${Q}"
              -DFULL=1)
  sweep_check(est_sweep_point_file point "${EX}/A.json|--sweep|containers=12000,9000|${Q}"
              -DINDEX=1 "-DSINGLE=${EX}/A.json|--containers|at least 9000|${Q}"
              -DFULL=1)
  # the default run: the realistic mix's object (its own keys aside)
  sweep_check(est_sweep_point_default point "--sweep|containers=30000,20000|${Q}"
              -DINDEX=1 "-DSINGLE=--containers|at least 20000|${Q}")
  sweep_check(est_sweep_point_share point "--sweep|share:152mm-round=0.5,0.6|${Q}"
              -DINDEX=0
              "-DSINGLE=--cargo|152mm-round=0.5|--cargo|122mm-round=uniform(0.05, 0.15)|--cargo|122mm-grad=uniform(0.05, 0.15)|--cargo|non-munition=rest|--fill|pert(0.7, 0.95, 1)|--containers|at least 10,000|${Q}"
              "-DKEYS=capacity|total|by_cargo|histogram|sensitivity")

  # JSON and CSV: one point or row per value, in order
  sweep_check(est_sweep_json json "--sweep|containers=10000:40000:4|${Q}"
              -DINPUT=containers "-DVALUES=10000|20000|30000|40000")
  sweep_check(est_sweep_json_share json "--sweep|share:122mm-grad=25%,0.5|${MIX2}|${Q}"
              -DINPUT=share:122mm-grad "-DVALUES=0.25|0.5")
  sweep_check(est_sweep_csv csv "--sweep|fill=0.5:1:3|${ROUNDS}|${Q}"
              -DINPUT=fill "-DVALUES=0.5|0.75|1")

  # bad input: exit 2, the flag and the value named, nothing on stdout,
  # and no run started (the progress bar, forced, would have begun stderr)
  function(sweep_bad name args err)
    sl_cli_test(${name} shipload-estimate 2 "${args}|--progress"
                "-DEXPECT_ERR=^shipload-estimate: ${err}" ${ARGN})
  endfunction()
  sweep_bad(est_sweep_bad_name "--sweep|dunnage=50,100" "--sweep: unknown input 'dunnage'")
  sweep_bad(est_sweep_bad_form "--sweep|containers" "--sweep: 'containers' is not NAME=VALUES")
  sweep_bad(est_sweep_bad_value "--sweep|containers=100,2O0,300"
            "--sweep: value 2 '2O0' \\(column 16\\) is not a number of containers")
  sweep_bad(est_sweep_bad_groups "--sweep|containers=10,000,20,000"
            "--sweep: value 2 '000' \\(column 15\\) starts with 0: commas separate the values")
  sweep_bad(est_sweep_bad_whole "--sweep|containers=100.5" "--sweep: value 1 '100.5' \\(column 12\\) is not a whole number")
  sweep_bad(est_sweep_bad_repeat "--sweep|fill=0.5,50%" "--sweep: value 2 '50%' \\(column 10\\) repeats value 1")
  sweep_bad(est_sweep_bad_parts "--sweep|fill=0.5:1" "--sweep: '0.5:1' \\(column 6\\): LO:HI:N has three parts")
  sweep_bad(est_sweep_bad_lo "--sweep|fill=x:1:3" "--sweep: LO 'x' \\(column 6\\) is not a fraction")
  sweep_bad(est_sweep_bad_hi "--sweep|fill=0.5:y:3" "--sweep: HI 'y' \\(column 10\\) is not a fraction")
  sweep_bad(est_sweep_bad_n_low "--sweep|fill=0.5:1:1" "--sweep: N '1' \\(column 12\\) is not a whole number from 2 to 50")
  sweep_bad(est_sweep_bad_n_high "--sweep|containers=1000:9000:51" "--sweep: N '51' \\(column 22\\) is not a whole number from 2 to 50")
  sweep_bad(est_sweep_bad_same "--sweep|fill=0.5:0.5:3" "--sweep: '0.5:0.5:3' \\(column 6\\): LO and HI are the same")
  sweep_bad(est_sweep_bad_twice "--sweep|fill=1|--sweep|fill=0.5" "--sweep: given twice")
  # a value the scenario refuses: named with its position, before any run
  sweep_bad(est_sweep_bad_fill "--sweep|fill=0.5,0.75,1.25" "--sweep: fill=1\\.25 \\(value 3\\): fill: 1\\.25 is above the maximum 1")
  sweep_bad(est_sweep_bad_count "--sweep|containers=0:100:3" "--sweep: containers=0 \\(value 1\\): containers: 0 is below the minimum 1")
  # a share the rest cannot make room for: the others are scaled down to
  # reach 1 - v at most (uniform(0.25, 0.5) halved at 0.75)
  set(REST3 "--cargo|152mm-round=0.3|--cargo|non-munition=rest")
  sweep_check(est_sweep_point_share_scaled point
              "--sweep|share:152mm-round=0.5,0.75|${REST3}|--cargo|122mm-grad=uniform(0.25, 0.5)|${Q}"
              -DINDEX=1
              "-DSINGLE=--cargo|152mm-round=0.75|--cargo|non-munition=rest|--cargo|122mm-grad=uniform(0.125, 0.25)|${Q}"
              "-DKEYS=capacity|total|by_cargo")
  sweep_bad(est_sweep_bad_id "--sweep|share:kn-23=0.1,0.2"
            "--sweep: share:kn-23: \"kn-23\" is not a cargo or container type of the scenario. its ids: 152mm-round, 122mm-round, 122mm-grad, non-munition, iso-20-24t, iso-20\n")
  sweep_bad(est_sweep_bad_rest "--sweep|share:non-munition=0.1,0.2" "--sweep: share:non-munition: its share is \"rest\"")
  sweep_bad(est_sweep_bad_whole_share "--cargo|152mm-round|--sweep|share:152mm-round=0.5,0.6"
            "--sweep: share:152mm-round: 152mm-round has the whole share of the cargo")
  # what a sweep cannot do: several files, the one-run files
  sweep_bad(est_sweep_bad_files "${EX}/A.json|${EX}/C.json|--sweep|fill=0.5,1"
            "--sweep: sweeps one scenario, and 2 scenario files were given")
  foreach(opt samples-out plot-sensitivity scenario-out)
    set(f ${SD}/refused-${opt}.svg)
    sweep_bad(est_sweep_refuse_${opt} "--sweep|fill=0.5,1|--${opt}|${f}"
              "--${opt}: writes one run into one file, and --sweep makes one run per value"
              "-DABSENT=${f}")
  endforeach()
  # --plot draws the sweep (tests/plot_test.c checks the chart itself)
  add_test(NAME est_sweep_plot COMMAND ${CMAKE_COMMAND}
           -DEXE=$<TARGET_FILE:shipload-estimate>
           "-DARGS=--sweep|share:iso-20-24t=0:1:3|--plot|${SD}/sweep.Svg|${Q}"
           "-DSVGS=${SD}/sweep.Svg"
           -P ${CMAKE_CURRENT_SOURCE_DIR}/plot_ext_check.cmake)
  add_test(NAME est_sweep_plot_png COMMAND ${CMAKE_COMMAND}
           -DEXE=$<TARGET_FILE:shipload-estimate>
           "-DARGS=${EX}/E.json|--sweep|containers=500:2500:5|--plot|${SD}/sweep.png|--json|${Q}"
           "-DPNGS=${SD}/sweep.png"
           -P ${CMAKE_CURRENT_SOURCE_DIR}/plot_ext_check.cmake)
endif()
# the README's sweep example is the program's output
if(TARGET shipload-estimate)
  add_test(NAME est_sweep_readme COMMAND ${CMAKE_COMMAND}
           -DEXE=$<TARGET_FILE:shipload-estimate>
           -DREADME=${PROJECT_SOURCE_DIR}/README.md
           -DOUT=${CMAKE_CURRENT_BINARY_DIR}/readme_sweep.txt
           "-DMARK=$ shipload-estimate --sweep containers=10000:40000:7"
           "-DARGS=--sweep|containers=10000:40000:7|--quiet"
           -DWORKDIR=${PROJECT_SOURCE_DIR}
           -P ${CMAKE_CURRENT_SOURCE_DIR}/readme_check.cmake)
endif()
# one value is allowed (the way to fix one share of the default mix), and
# read "over 1 values" and "at every value, from 12,000 containers to
# 12,000 containers"
if(TARGET shipload-estimate)
  sl_est_text(est_sweep_one_value
              "--sweep|containers=12000|--samples|400|--quiet"
              "^shipload [^\n]*: sweeping containers over 1 value\n.*\nThe verdict is [a-z]+ at 12,000 containers\\.\n$")
endif()
# a count above the library's 10^9 was printed grouped and cut in its
# message ("containers=1,000,000,000,000,000,019,884,624,838,6 (HI)")
if(TARGET shipload-estimate)
  sl_est_test(est_sweep_count_huge 2 "--sweep|containers=10,1e10"
              "-DEXPECT_ERR=^shipload-estimate: --sweep: value 2 '1e10' \\(column 15\\) is above 10\\^9 containers, the most a scenario takes\n$")
  sl_est_test(est_solve_count_huge 2 "--solve|containers=1:1e30"
              "-DEXPECT_ERR=^shipload-estimate: --solve: HI '1e30' \\(column 14\\) is above 10\\^9 containers, the most a scenario takes\n$")
  # --precision: rows that drew different sample counts do not share
  # their random numbers; the heading said "common random numbers: the
  # rows differ by the input, not by sampling noise" over "2,000 to
  # 1,024,000 samples"
  sl_est_text(est_sweep_precision_apart
              "--sweep|containers=3,10000|--precision|0.01|--samples|1000|--quiet"
              "Checked: claim up to 4,800,000, at least N containers \\(N the value\\). [0-9,]+ to [0-9,]+ samples, seed 1 at every value \\(--precision: each row drew the samples its own target needed, so the rows differ by sampling noise too, not by the input alone\\)\n")
  # the article before a share's id: "from a iso-20-24t share of 0 to 1"
  sl_est_text(est_sweep_share_article
              "--sweep|share:iso-20-24t=0:1:3|--samples|2000|--quiet"
              "(between|from) an iso-20-24t share of 0\\.0 (and|to) ")
endif()
