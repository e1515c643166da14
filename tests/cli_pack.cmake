# CLI contract of shipload-pack: JSON keys, views, exit statuses.
if(TARGET shipload-pack)
  function(pack_cli name rc args)
    sl_cli_test(${name} shipload-pack ${rc} "${args}" ${ARGN})
  endfunction()
  pack_cli(pack_cli_json 0 "--space|23.85x14.4x9.9|--box|2.385x4.8x3.3|--grain|0.001|--json"
           "-DEXPECT_OUT=\"count\": 90, \"upper_bound\": 90, \"optimal\": true, \"seconds\": [0-9.]+, \"grain\": 0.001, \"layout\": \\[\n  {\"x\": 0, \"y\": 0, \"z\": 0, \"l\": 2.385, \"w\": 4.8, \"h\": 3.3}")
  # one box is "1 box" (it was "1 boxes")
  pack_cli(pack_cli_one_box 0 "--space|100x100x100|--box|100x100x100"
           "-DEXPECT_OUT=^1 box of 100 x 100 x 100 \\(vertical h\\) in 100 x 100 x 100\n")
  # Without --grain, the coarsest unit that makes the box sides whole.
  pack_cli(pack_cli_auto_grain 0 "--space|11832x2252x2243|--box|1193.75x411.25x225|--json"
           "-DEXPECT_OUT=\"grain\": 0.25, \"layout\"")
  pack_cli(pack_cli_auto_grain_text 0 "--space|11832x2252x2243|--box|1193.75x411.25x225"
           "-DEXPECT_OUT=grid unit 0.25 \\(the box sides are whole numbers of it\\)")
  # box sides that are not whole numbers of the grid unit: the output says
  # each box takes the rounded-up cell (the bound is at the real sizes, so
  # 512 stood against 1000 without a word why) and, after --grain, which
  # unit packs the real sizes; the box is printed as typed (1193.7512 was
  # printed 1193.75)
  pack_cli(pack_cli_grain_cell 0 "--space|100x100x100|--box|10x10x10|--grain|3"
           "-DEXPECT_OUT=^512 boxes of 10 x 10 x 10 \\(vertical h\\) in 100 x 100 x 100\nupper bound 1,000: not proven optimal. (under )?[0-9.]+ s\ngrid unit 3 \\(--grain\\)\neach box takes a 12 x 12 x 12 cell \\(its sides rounded up to whole units\\)\n--grain 1 would pack the real sizes\n")
  # no box packed where boxes fit at the real sizes: the space rounded
  # down to whole units is said (0 boxes against a bound of 1,000 had no
  # word on the space)
  pack_cli(pack_cli_grain_space_zero 0 "--space|10x10x10|--box|1x1x1|--grain|100"
           "-DEXPECT_OUT=^0 boxes of 1 x 1 x 1 \\(vertical h\\) in 10 x 10 x 10\nupper bound 1,000: not proven optimal. (under )?[0-9.]+ s\ngrid unit 100 \\(--grain\\)\neach box takes a 100 x 100 x 100 cell \\(its sides rounded up to whole units\\)\nthe space rounds down to 0 x 0 x 0 \\(whole units of 100\\): no box cell fits\n--grain 1 would pack the real sizes\n$")
  pack_cli(pack_cli_grain_none 0 "--space|11832x2252x2243|--box|1193.7512x411.25x225"
           "-DEXPECT_OUT=^[0-9]+ boxes of 1193.7512 x 411.25 x 225 .*\ngrid unit 1 \\(no unit tried makes the box sides whole: each box's cell is 0.2 % larger than the box\\)\neach box takes a 1194 x 412 x 225 cell \\(its sides rounded up to whole units\\)\nletters")
  # sizes in metres get the grain sizes in millimetres get: 230 boxes, as
  # 5898x2352x2393 and 1193.7x411.25x225 (the grain was 1: a cell of
  # 2 x 1 x 1 m, 10 boxes)
  pack_cli(pack_cli_grain_metres 0 "--space|5.898x2.352x2.393|--box|1.1937x0.41125x0.225"
           "-DEXPECT_OUT=^230 boxes of 1.1937 x 0.41125 x 0.225 \\(vertical h\\) in 5.898 x 2.352 x 2.393\nupper bound 230: optimal. (under )?[0-9.]+ s\ngrid unit 5e-05 \\(the box sides are whole numbers of it\\)\n")
  # no unit within the grid's limit makes 49.0001 whole: the coarsest
  # whose cell is within 1 % of the box (it was 1: cells of 50 x 25 x 21)
  pack_cli(pack_cli_grain_near 0 "--space|587x233x220|--box|49.0001x25x21"
           "-DEXPECT_OUT=\ngrid unit 0.25 \\(no unit tried makes the box sides whole: each box's cell is 0.51 % larger than the box\\)\neach box takes a 49.25 x 25 x 21 cell ")
  # the cell, the grid unit and the views' sizes to 10 digits, as the box
  # and the space: a cell of 1193.754144 read "1193.75", smaller than the
  # 1193.7512 box it holds; a space of 11832.5678 read "11832.6 across"
  pack_cli(pack_cli_cell_digits 0 "--space|11832x2252x2243|--box|1193.7512x411.25x225|--grain|0.011832"
           "-DEXPECT_OUT=\ngrid unit 0.011832 \\(--grain\\)\neach box takes a 1193.754144 x 411.256656 x 225.009144 cell ")
  pack_cli(pack_cli_view_digits 0 "--space|11832.5678x2252x2243|--box|1193.75x411.25x225"
           "-DEXPECT_OUT=\ntop view: length x width, highest box \\(11832.5678 across, 2252 up\\)\n.*\nside view: length x height, nearest box \\(11832.5678 across, 2243 up\\)\n")
  pack_cli(pack_cli_views 0 "--space|587x233x220|--box|75x58x57|--vertical|lwh|--max-count|100"
           "-DEXPECT_OUT=^100 boxes of 75 x 58 x 57.*top view.*side view")
  # a box narrower than a view's cell is drawn in the cell of its centre:
  # 3 boxes of 1 in 1,000 were drawn as none, the views all '.'
  pack_cli(pack_cli_view_small_box 0 "--space|1000x100x100|--box|1x1x1|--max-count|3"
           "-DEXPECT_OUT=highest box \\(1000 across, 100 up\\)\n\\|\\.+\\|\n\\|\\.+\\|\n\\|\\.+\\|\n\\|H\\.+\\|\nside view[^\n]*\n\\|\\.+\\|\n\\|\\.+\\|\n\\|\\.+\\|\n\\|H\\.+\\|\n$")
  # sides that tie name the letter --vertical allows: a 10 x 10 x 20 box
  # stood on l is as tall as on w, and the views read "w" (not allowed);
  # 10 x 20 x 10 with lw read "h"
  pack_cli(pack_cli_views_tie 0 "--space|40x40x20|--box|10x10x20|--vertical|l"
           "-DEXPECT_OUT=\ntop view[^\n]*\n(\\|[lL.]+\\|\n)+side view[^\n]*\n(\\|[lL.]+\\|\n)+$")
  pack_cli(pack_cli_views_tie_lw 0 "--space|40x40x20|--box|10x20x10|--vertical|lw"
           "-DEXPECT_OUT=\ntop view[^\n]*\n(\\|[lLwW.]+\\|\n)+side view[^\n]*\n(\\|[lLwW.]+\\|\n)+$")
  pack_cli(pack_cli_help 0 "--help" "-DEXPECT_OUT=usage: shipload-pack")
  pack_cli(pack_cli_bad_space 2 "--space|587x233|--box|1x1x1" "-DEXPECT_ERR=--space")
  pack_cli(pack_cli_no_box 2 "--space|5x5x5" "-DEXPECT_ERR=--box: required")
  # a flag where a value belongs: the flag that lacks it is named (it
  # took --box as the container id and blamed "930x425x240")
  pack_cli(pack_cli_value_is_flag 2 "--container|--box|930x425x240"
           "-DEXPECT_ERR=^shipload-pack: --container: missing value \\(the next argument, --box, is a flag\\)\n$")
  pack_cli(pack_cli_bad_vertical 2 "--space|5x5x5|--box|1x1x1|--vertical|hq"
           "-DEXPECT_ERR=--vertical")
  pack_cli(pack_cli_bad_count 2 "--space|5x5x5|--box|1x1x1|--max-count|-3"
           "-DEXPECT_ERR=--max-count")
  # the man page's --max-stack range, 0 to 10^6, and --help's -h
  pack_cli(pack_cli_max_stack_most 0 "--space|5x5x5|--box|1x1x1|--max-stack|1000000"
           "-DEXPECT_OUT=^125 boxes ")
  pack_cli(pack_cli_max_stack_over 2 "--space|5x5x5|--box|1x1x1|--max-stack|1000001"
           "-DEXPECT_ERR=^shipload-pack: --max-stack: expected a whole number 0 .. 10.6 \\(got '1000001'\\)\n$")
  pack_cli(pack_cli_help_short 0 "-h" "-DEXPECT_OUT=usage: shipload-pack")
  # a whole number past a long is said to be too large ("expected a whole
  # number >= 0" for 10^20 was no help)
  pack_cli(pack_cli_count_past_long 2 "--space|5x5x5|--box|1x1x1|--max-count|100000000000000000000"
           "-DEXPECT_ERR=^shipload-pack: --max-count: expected a whole number 0 .. 9,223,372,036,854,775,807 \\(0: no limit\\) \\(got '100000000000000000000'\\)\n$")
  # more than 10^6 grid cells on a side: --grain's fault when it was
  # given (it blamed --space, "L = 10 is more than 10^6 grid units of
  # 1e-09"), with the grain that would do; else the size's, said in the
  # command's terms
  pack_cli(pack_cli_huge 2 "--space|5e9x5x5|--box|1x1x1"
           "-DEXPECT_ERR=^shipload-pack: --space: the space's length \\(5000000000\\) is 5,000,000,000 grid cells of 1, more than the 10.6 a side may have. give --grain 5000 or more\n$")
  pack_cli(pack_cli_grain_cells 2 "--space|10x10x10|--box|1x1x1|--grain|1e-9"
           "-DEXPECT_ERR=^shipload-pack: --grain: a grid unit of 1e-09 cuts the space's length \\(10\\) into 10,000,000,000 cells, more than the 10.6 a side may have. give a grain of at least 1e-05 \\(the largest size / 10.6\\) \\(got '1e-9'\\)\n$")
  # a box side past the limit is refused only where the box could fit; in
  # a space it fits nowhere it is count 0 (it was this same refusal)
  pack_cli(pack_cli_grain_cells_box 0 "--space|10x10x10|--box|1x1x12345|--grain|0.01"
           "-DEXPECT_OUT=^0 boxes of 1 x 1 x 12345 \\(vertical h\\) in 10 x 10 x 10\nthe box fits the space")
  # a layout too large names the flags that shrink it (it read "box: ...
  # set max_count")
  pack_cli(pack_cli_layout_too_big 2 "--space|1000x1000x1000|--box|1x1x1"
           "-DEXPECT_ERR=^shipload-pack: --box: up to 1,000,000,000 boxes fit, more than the 4,000,000 a layout may hold. give a larger box, or --max-count \\(the boxes available\\)\n$")
  # with --container the likely slip is a box in metres: the unit is said
  pack_cli(pack_cli_layout_too_big_container 2 "--container|iso-20|--box|1.1937x0.41125x0.225"
           "-DEXPECT_ERR=^shipload-pack: --box: up to [0-9,]+ boxes fit, more than the 4,000,000 a layout may hold. give a larger box, or --max-count \\(the boxes available\\). --container's interior is in millimetres: is the box\\?\n$")
  # more boxes than a layout may hold, but --max-count or the weight keeps
  # few: counted alone, then the boxes kept laid out (it was refused, with
  # advice to give the --max-count it had)
  pack_cli(pack_cli_small_boxes_max_count 0 "--container|iso-40|--box|20x20x20|--max-count|5"
           "-DEXPECT_OUT=^5 boxes of 20 x 20 x 20 [^\n]*\n[^\n]*\n--max-count 5: the 5 boxes available are loaded \\(the limits allow 8,367,723\\)\nupper bound 5: optimal")
  pack_cli(pack_cli_small_boxes_weight 0 "--container|iso-40|--box|20x20x20|--box-mass|0.1|--json"
           "-DEXPECT_OUT=^{\"count\": 267300, \"upper_bound\": 267300, .*\"by_weight\": 267300, \"by_geometry\": 8367723, \"binding\": \"weight\"")
  # a repeated letter is refused by the command (it read "--vertical:
  # vertical must be a non-empty subset ..., got \"hh\"")
  pack_cli(pack_cli_vertical_repeat 2 "--space|5x5x5|--box|1x1x1|--vertical|hh"
           "-DEXPECT_ERR=^shipload-pack: --vertical: expected a non-empty subset of l, w, h, each letter once \\(got 'hh'\\)\n$")
  pack_cli(pack_cli_unknown 2 "--spaec|5x5x5" "-DEXPECT_ERR=--spaec: unknown flag")
  pack_cli(pack_cli_nan 2 "--space|nanx5x5|--box|1x1x1" "-DEXPECT_ERR=--space")
  # a flag given twice with different values is refused (the last won
  # without a word); the same value twice runs
  pack_cli(pack_cli_twice 2 "--space|5x5x5|--box|1x1x1|--box|1x1x2"
           "-DEXPECT_ERR=^shipload-pack: --box: given twice, first as '1x1x1'. give it once \\(got '1x1x2'\\)\n$")
  pack_cli(pack_cli_twice_same 0 "--space|5x5x5|--box|1x1x2|--box|1x1x2"
           "-DEXPECT_OUT=^50 boxes of 1 x 1 x 2")
  pack_cli(pack_cli_missing_value 2 "--space" "-DEXPECT_ERR=--space: missing value")
  # an unknown flag at the end is unknown, not a flag missing its value
  pack_cli(pack_cli_unknown_last 2 "--space|5x5x5|--box|1x1x1|--version"
           "-DEXPECT_ERR=--version: unknown flag")
  # the man page: PNG or SVG, chosen by the extension; anything else is bad input
  pack_cli(pack_cli_plot_ext 2 "--space|5x5x5|--box|1x1x1|--plot|${CMAKE_CURRENT_BINARY_DIR}/pack_cli.pdf"
           "-DEXPECT_ERR=--plot: expected a file name ending in .png or .svg"
           "-DABSENT=${CMAKE_CURRENT_BINARY_DIR}/pack_cli.pdf")
  # --container and a weight limit: the 152 mm projectile box (nominal
  # 930 x 425 x 240 mm, 105 kg) in a 20 ft container rated 24 t holds 288 by
  # geometry and floor(21,750 / 105) = 207 by weight; the layout keeps 207
  pack_cli(pack_cli_weight_binds 0 "--container|iso-20-24t|--box|930x425x240|--box-mass|105|--json"
           "-DEXPECT_OUT=^{\"count\": 207, \"upper_bound\": 207, \"optimal\": true, .*\"container\": \"iso-20-24t\", \"door_passes\": true, \"door_vertical\": \"h\", \"box_mass\": 105, \"payload\": 21750, \"by_weight\": 207, \"by_geometry\": 288, \"binding\": \"weight\", \"layout\": \\[\n  {\"x\": 0, \"y\": 0, \"z\": 0, .*\"h\": 240}\n\\]}\n$")
  pack_cli(pack_cli_weight_text 0 "--container|iso-20|--box|930x425x240|--box-mass|105.5"
           "-DEXPECT_OUT=^267 boxes of 930 x 425 x 240 \\(vertical h\\) in 5898 x 2352 x 2393\niso-20: 20 ft ISO \\(1CC\\), rated 30,480 kg gross. door 2340 x 2280 mm\nby weight 267 \\(payload 28,230 kg / 105.5 kg a box\\), by geometry 288: the weight binds\nupper bound 267: optimal")
  # --payload above the container's rating is taken (another rating), with
  # a note on stderr that names both (21,750 kg: 24,000 less 2,250 tare)
  pack_cli(pack_cli_payload_above 0 "--container|iso-20-24t|--box|930x425x240|--box-mass|107.5|--payload|30000"
           "-DEXPECT_ERR=^shipload-pack: note: --payload 30,000 kg is above iso-20-24t's rated payload, 21,750 kg \\(24,000 kg gross less 2,250 kg tare\\). the weight limit uses 30,000 kg\n$"
           "-DEXPECT_OUT=by weight 279 \\(payload 30,000 kg")
  pack_cli(pack_cli_payload_below 0 "--container|iso-20-24t|--box|930x425x240|--box-mass|107.5|--payload|20000"
           "-DEXPECT_ERR=^$")
  # --max-count beside a weight limit or a container: the count by geometry
  # is what the space holds, not the boxes available ("by geometry 5: the
  # geometry binds" for --max-count 5, "by geometry 250" for 250 of 288)
  pack_cli(pack_cli_max_count_limits 0 "--container|iso-20-24t|--box|930x425x240|--box-mass|105|--max-count|5"
           "-DEXPECT_OUT=^5 boxes of 930 x 425 x 240 \\(vertical h\\) in 5898 x 2352 x 2393\niso-20-24t: [^\n]*\nby weight 207 \\(payload 21,750 kg / 105 kg a box\\), by geometry 288: the weight binds\n--max-count 5: the 5 boxes available are loaded \\(the limits allow 207\\)\nupper bound 5: optimal")
  pack_cli(pack_cli_max_count_above_weight 0 "--container|iso-20-24t|--box|930x425x240|--box-mass|105|--max-count|250"
           "-DEXPECT_OUT=^207 boxes of .*\nby weight 207 \\(payload 21,750 kg / 105 kg a box\\), by geometry 288: the weight binds\nupper bound 207: optimal")
  pack_cli(pack_cli_max_count_json 0 "--container|iso-20-24t|--box|930x425x240|--max-count|5|--json"
           "-DEXPECT_OUT=^{\"count\": 5, \"upper_bound\": 5, .*\"by_geometry\": 288, \"binding\": \"geometry\", \"max_count\": 5, \"layout\": \\[\n")
  # a weight limit past 10^15 boxes was cut to 10^15 and printed as the
  # count by weight ("by weight 1000000000000000" for 1e30 kg / 5 kg)
  pack_cli(pack_cli_weight_huge 2 "--space|100x100x100|--box|10x10x10|--box-mass|5|--payload|1e30"
           "-DEXPECT_ERR=^shipload-pack: --payload / --box-mass: payload / box mass is 1e\\+30 kg / 5 kg, 2e.29 boxes, more than 10.15. check the units \\(kg\\)\n$")
  # a size past a double's range was "expected ..., three positive
  # numbers" (1e-320 is positive)
  pack_cli(pack_cli_size_past_double 2 "--space|10x10x10|--box|1e-320x1x1"
           "-DEXPECT_ERR=^shipload-pack: --box: a size is past a double's range \\(about 2.2e-308 to 1.8e308\\) \\(got '1e-320x1x1'\\)\n$")
  # a flag's value may follow '=', as shipload-estimate takes it
  # (--space=10x10x10 was an unknown flag)
  pack_cli(pack_cli_equals 0 "--space=10x10x12|--box=11x1x1|--vertical=lwh"
           "-DEXPECT_OUT=^100 boxes of 11 x 1 x 1 \\(vertical lwh\\) in 10 x 10 x 12\n")
  pack_cli(pack_cli_equals_no_value 2 "--space|1x1x1|--box|1x1x1|--json=1"
           "-DEXPECT_ERR=^shipload-pack: --json: takes no value\n$")
  # a box longer than the space in every allowed orientation: "0 boxes ...
  # optimal" had no word why
  pack_cli(pack_cli_fits_no_way 0 "--space|10x10x12|--box|11x1x1"
           "-DEXPECT_OUT=^0 boxes of 11 x 1 x 1 \\(vertical h\\) in 10 x 10 x 12\nthe box fits the space \\(10 x 10 x 12\\) in no allowed orientation \\(vertical h\\)\nupper bound 0: optimal")
  # however many grid units its side takes (10^7 in a 100 cube was "more
  # than the 10^6 a side may have; give --grain 10 or more", exit 2)
  pack_cli(pack_cli_fits_no_way_huge 0 "--space|100x100x100|--box|1e7x1x1"
           "-DEXPECT_OUT=^0 boxes of 10000000 x 1 x 1 \\(vertical h\\) in 100 x 100 x 100\nthe box fits the space \\(100 x 100 x 100\\) in no allowed orientation \\(vertical h\\)\nupper bound 0: optimal")
  # and no grain is advised for it (--grain 1 was said to "pack the real
  # sizes")
  pack_cli(pack_cli_fits_no_way_grain 0 "--space|100x100x100|--box|1e7x1x1|--grain|1e302"
           "-DEXPECT_OUT=cell \\(its sides rounded up to whole units\\)\n$")
  # JSON numbers read back as the very doubles (10 digits wrote
  # 1234.5678901234 as 1234.56789)
  pack_cli(pack_cli_json_digits 0 "--space|12345.678901234x2345.6789012345x2345.6789012345|--box|1234.5678901234x1172.8394506172x781.89296707817|--json"
           "-DEXPECT_OUT=\"l\": 1172.8394506172, \"w\": 1234.5678901234, \"h\": 781.89296707817}")
  # standing on l it fits: no such line
  pack_cli(pack_cli_fits_one_way 0 "--space|10x10x12|--box|11x1x1|--vertical|lwh"
           "-DEXPECT_OUT=^100 boxes of 11 x 1 x 1 \\(vertical lwh\\) in 10 x 10 x 12\nupper bound 100: optimal")
  # 1e-9 longer than the space, the box fits by the packer's rule (sizes
  # within a relative 1e-9 of whole grid units are whole) and is packed:
  # the line must agree ("1 box" stood beside "fits ... in no allowed
  # orientation", which compared the real sizes exactly)
  pack_cli(pack_cli_fits_within_tolerance 0 "--space|10x1x1|--box|10.000000001x1x1"
           "-DEXPECT_OUT=^1 box of 10 x 1 x 1 \\(vertical h\\) in 10 x 1 x 1\nupper bound 1: optimal")
  # past a double's range the ratio read "inf boxes"
  pack_cli(pack_cli_weight_past_double 2 "--space|10x10x10|--box|3x3x3|--box-mass|1e-300|--payload|1e300"
           "-DEXPECT_ERR=^shipload-pack: --payload / --box-mass: payload / box mass is 1e\\+300 kg / 1e-300 kg, more than 10.15 boxes \\(past a double's range\\). check the units \\(kg\\)\n$")
  # either flag can be the wrong one: a tiny box mass blamed --payload
  pack_cli(pack_cli_weight_huge_mass 2 "--space|100x100x100|--box|10x10x10|--box-mass|1e-20|--payload|100"
           "-DEXPECT_ERR=^shipload-pack: --payload / --box-mass: payload / box mass is 100 kg / 1e-20 kg, 1e.22 boxes, ")
  pack_cli(pack_cli_weight_huge_container 2 "--container|iso-20|--box|10x10x10|--box-mass|1e-20"
           "-DEXPECT_ERR=^shipload-pack: --box-mass: payload / box mass is 28,230 kg / 1e-20 kg, 2.82e.24 boxes, ")
  # the weight limit is floor(payload / box mass), a ratio within 1e-12 of
  # a whole number taken as it: 5e14 kg / 5 kg read 100000000000100 (a
  # slack of n * 1e-12), 0.3 / 0.1 (2.9999999999999996) must read 3
  pack_cli(pack_cli_weight_exact 0 "--space|100x100x100|--box|10x10x10|--box-mass|5|--payload|5e14"
           "-DEXPECT_OUT=\nby weight 100,000,000,000,000 \\(payload 500,000,000,000,000 kg / 5 kg a box\\)")
  # every count in the text grouped as the payload beside it (they read
  # 1200, 5000 and 10000 beside "payload 5,000 kg"); JSON keeps plain
  # numbers
  pack_cli(pack_cli_counts_grouped 0 "--space|100x100x100|--box|10x10x1|--box-mass|1|--payload|5000|--max-count|1200"
           "-DEXPECT_OUT=^1,200 boxes of 10 x 10 x 1 \\(vertical h\\) in 100 x 100 x 100\nby weight 5,000 \\(payload 5,000 kg / 1 kg a box\\), by geometry 10,000: the weight binds\n--max-count 1,200: the 1,200 boxes available are loaded \\(the limits allow 5,000\\)\nupper bound 1,200: optimal. (under )?[0-9.]+ s\n")
  # masses grouped as the counts, to 10 digits (a fraction read "payload
  # 1e+06 kg / 1.23457e+06 kg a box")
  pack_cli(pack_cli_masses_grouped 0 "--space|100x100x100|--box|10x10x10|--payload|1000000.5|--box-mass|1234567"
           "-DEXPECT_OUT=\nby weight 0 \\(payload 1,000,000.5 kg / 1,234,567 kg a box\\), by geometry 1,000: the weight binds\n")
  pack_cli(pack_cli_masses_fraction 0 "--space|100x100x100|--box|10x10x10|--payload|28230.25|--box-mass|12345.5"
           "-DEXPECT_OUT=\nby weight 2 \\(payload 28,230.25 kg / 12,345.5 kg a box\\)")
  # a bound past a long (10^27 boxes of 10^-9 in a unit cube) is said to
  # be so; it read "upper bound 9223372036854775807"
  pack_cli(pack_cli_bound_past_long 0 "--space|1x1x1|--box|1e-9x1e-9x1e-9"
           "-DEXPECT_OUT=^1 box of 1e-09 x 1e-09 x 1e-09 \\(vertical h\\) in 1 x 1 x 1\nupper bound above 9.22e\\+18: not proven optimal. [^\n]*\ngrid unit 1 \\(no unit tried makes the box sides whole: each box's cell is 1e\\+27 times the box\\)\n")
  pack_cli(pack_cli_counts_json_plain 0 "--space|100x100x100|--box|10x10x1|--box-mass|1|--payload|5000|--max-count|1200|--json"
           "-DEXPECT_OUT=^{\"count\": 1200, \"upper_bound\": 1200, .*\"by_weight\": 5000, \"by_geometry\": 10000, \"binding\": \"weight\", \"max_count\": 1200, ")
  pack_cli(pack_cli_weight_tenths 0 "--space|100x100x100|--box|10x10x10|--box-mass|0.1|--payload|0.3|--json"
           "-DEXPECT_OUT=\"by_weight\": 3, \"by_geometry\": 1000, \"binding\": \"weight\"")
  pack_cli(pack_cli_geometry_binds 0 "--space|5898x2352x2393|--box|930x425x240|--box-mass|30.5|--payload|10000|--json"
           "-DEXPECT_OUT=\"box_mass\": 30.5, \"payload\": 10000, \"by_weight\": 327, \"by_geometry\": 288, \"binding\": \"geometry\", \"layout\"")
  # a box heavier than the payload: none, and no layout (max_count 0
  # would have meant "no limit")
  pack_cli(pack_cli_too_heavy 0 "--space|5898x2352x2393|--box|930x425x240|--box-mass|21750.5|--payload|21750|--json"
           "-DEXPECT_OUT=^{\"count\": 0, \"upper_bound\": 0, \"optimal\": true, .*\"by_weight\": 0, \"by_geometry\": 288, \"binding\": \"weight\", \"layout\": \\[\\]}")
  # the door (2,340 x 2,280 mm): a 2,300 mm tall box standing "h" misses
  # it; allowed to lie down it passes and loads
  pack_cli(pack_cli_door_blocks 0 "--container|iso-20-24t|--box|930x425x2300|--box-mass|50.5"
           "-DEXPECT_OUT=^0 boxes of.*the box passes the door in no allowed orientation \\(vertical h\\): none can be loaded\nby weight 430 .*by geometry 0: the door binds")
  pack_cli(pack_cli_door_json 0 "--container|iso-20-24t|--box|930x425x2300|--json"
           "-DEXPECT_OUT=\"door_passes\": false, \"door_vertical\": \"\", \"by_geometry\": 0, \"binding\": \"none\", \"layout\": \\[\\]")
  pack_cli(pack_cli_door_lying 0 "--container|iso-20-24t|--box|930x425x2300|--vertical|lwh|--json"
           "-DEXPECT_OUT=\"door_passes\": true, \"door_vertical\": \"lw\", \"by_geometry\": 3[0-9], \"binding\": \"geometry\"")
  # a box that passes the door lying is not stood on end inside: 2,380 mm
  # stands on l inside (2,393 mm) but not through the door (2,280 mm), so
  # only w and h are packed: 98 (it packed 133, every box on end, "optimal")
  pack_cli(pack_cli_door_no_standing 0 "--container|iso-20-24t|--box|2380x300x300|--vertical|lwh"
           "-DEXPECT_OUT=^98 boxes of 2380 x 300 x 300 \\(vertical wh\\) in [^\n]*\n[^\n]*\nthe door lets the box in standing on w or h only \\(vertical lwh asked\\): it cannot be stood on another side inside\n")
  pack_cli(pack_cli_container_unknown 2 "--container|iso-45|--box|1x1x1"
           "-DEXPECT_ERR=--container: unknown container id. the built-in ones are iso-20-24t, iso-20, iso-40, iso-40hc \\(got 'iso-45'\\)")
  pack_cli(pack_cli_container_and_space 2 "--space|5x5x5|--box|1x1x1|--container|iso-20"
           "-DEXPECT_ERR=--container: give --space or --container, not both")
  pack_cli(pack_cli_mass_alone 2 "--space|5x5x5|--box|1x1x1|--box-mass|2.5"
           "-DEXPECT_ERR=--box-mass: a weight limit needs --payload or --container too")
  pack_cli(pack_cli_payload_alone 2 "--container|iso-20|--box|1x1x1|--payload|2.5"
           "-DEXPECT_ERR=--payload: a weight limit needs --box-mass too")
  pack_cli(pack_cli_bad_mass 2 "--space|5x5x5|--box|1x1x1|--box-mass|-2|--payload|9"
           "-DEXPECT_ERR=--box-mass: expected a positive mass in kg \\(got '-2'\\)")
  pack_cli(pack_cli_plot_dir 1 "--space|5x5x5|--box|1x1x1|--plot|/nonexistent-dir/x.png"
           "-DEXPECT_ERR=--plot")
  # a directory (or device) as the plot is refused before packing, exit 2
  # as shipload-estimate's outputs (it failed after the pack, exit 1)
  file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/plot-dir.svg)
  pack_cli(pack_cli_plot_is_dir 2 "--space|5x5x5|--box|1x1x1|--plot|${CMAKE_CURRENT_BINARY_DIR}/plot-dir.svg"
           "-DEXPECT_ERR=^shipload-pack: --plot: \".*/plot-dir.svg\" is a directory. give a file name\n$")
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
