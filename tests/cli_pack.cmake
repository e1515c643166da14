# CLI contract of shipload-pack: JSON keys, views, exit statuses.
if(TARGET shipload-pack)
  function(pack_cli name rc args)
    sl_cli_test(${name} shipload-pack ${rc} "${args}" ${ARGN})
  endfunction()
  pack_cli(pack_cli_json 0 "--space|23.85x14.4x9.9|--box|2.385x4.8x3.3|--grain|0.001|--json"
           "-DEXPECT_OUT=\"count\": 90, \"upper_bound\": 90, \"optimal\": true, \"seconds\": [0-9.]+, \"grain\": 0.001, \"layout\": \\[\n  {\"x\": 0, \"y\": 0, \"z\": 0, \"l\": 2.385, \"w\": 4.8, \"h\": 3.3}")
  # Without --grain, the coarsest unit that makes the box sides whole.
  pack_cli(pack_cli_auto_grain 0 "--space|11832x2252x2243|--box|1193.75x411.25x225|--json"
           "-DEXPECT_OUT=\"grain\": 0.25, \"layout\"")
  pack_cli(pack_cli_auto_grain_text 0 "--space|11832x2252x2243|--box|1193.75x411.25x225"
           "-DEXPECT_OUT=grid unit 0.25 \\(the box sides are whole numbers of it\\)")
  pack_cli(pack_cli_views 0 "--space|587x233x220|--box|75x58x57|--vertical|lwh|--max-count|100"
           "-DEXPECT_OUT=^100 boxes of 75 x 58 x 57.*top view.*side view")
  pack_cli(pack_cli_help 0 "--help" "-DEXPECT_OUT=usage: shipload-pack")
  pack_cli(pack_cli_bad_space 2 "--space|587x233|--box|1x1x1" "-DEXPECT_ERR=--space")
  pack_cli(pack_cli_no_box 2 "--space|5x5x5" "-DEXPECT_ERR=--box: required")
  pack_cli(pack_cli_bad_vertical 2 "--space|5x5x5|--box|1x1x1|--vertical|hq"
           "-DEXPECT_ERR=--vertical")
  pack_cli(pack_cli_bad_count 2 "--space|5x5x5|--box|1x1x1|--max-count|-3"
           "-DEXPECT_ERR=--max-count")
  pack_cli(pack_cli_huge 2 "--space|5e9x5x5|--box|1x1x1" "-DEXPECT_ERR=--space")
  pack_cli(pack_cli_unknown 2 "--spaec|5x5x5" "-DEXPECT_ERR=--spaec: unknown flag")
  pack_cli(pack_cli_nan 2 "--space|nanx5x5|--box|1x1x1" "-DEXPECT_ERR=--space")
  pack_cli(pack_cli_missing_value 2 "--space" "-DEXPECT_ERR=--space: missing value")
  # an unknown flag at the end is unknown, not a flag missing its value
  pack_cli(pack_cli_unknown_last 2 "--space|5x5x5|--box|1x1x1|--version"
           "-DEXPECT_ERR=--version: unknown flag")
  # the man page: PNG or SVG, chosen by the extension; anything else is bad input
  pack_cli(pack_cli_plot_ext 2 "--space|5x5x5|--box|1x1x1|--plot|${CMAKE_CURRENT_BINARY_DIR}/pack_cli.pdf"
           "-DEXPECT_ERR=--plot: expected a file name ending in .png or .svg"
           "-DABSENT=${CMAKE_CURRENT_BINARY_DIR}/pack_cli.pdf")
  pack_cli(pack_cli_plot_dir 1 "--space|5x5x5|--box|1x1x1|--plot|/nonexistent-dir/x.png"
           "-DEXPECT_ERR=--plot")
endif()

# The man page documents exactly the options --help lists, and
# docs/packing.md names each.
if(TARGET shipload-pack)
  add_test(NAME pack_cli_manpage COMMAND ${CMAKE_COMMAND}
           -DEXE=$<TARGET_FILE:shipload-pack>
           -DMAN=${PROJECT_SOURCE_DIR}/docs/shipload-pack.1
           -DDOCS=${PROJECT_SOURCE_DIR}/docs/packing.md
           -P ${CMAKE_CURRENT_SOURCE_DIR}/manpage_check.cmake)
endif()
