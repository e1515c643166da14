# The estimator CLI's charts (examples/plot.c, cairo): tests/plot_test.c
# draws them from a real run and checks the files.
if(SHIPLOAD_BUILD_EXAMPLES)
  pkg_check_modules(CAIRO REQUIRED IMPORTED_TARGET cairo)
  add_executable(plot_test ${CMAKE_CURRENT_SOURCE_DIR}/plot_test.c
    ${PROJECT_SOURCE_DIR}/examples/plot.c)
  target_include_directories(plot_test PRIVATE ${PROJECT_SOURCE_DIR}/examples)
  target_compile_options(plot_test PRIVATE ${SHIPLOAD_WARNINGS})
  target_link_libraries(plot_test PRIVATE sltest PkgConfig::CAIRO m)
  add_test(NAME plot_test COMMAND plot_test)
  set_tests_properties(plot_test PROPERTIES TIMEOUT 600
    ENVIRONMENT "CK_DEFAULT_TIMEOUT=300;LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp")
endif()
# shipload-pack refused --plot x.PNG that shipload-estimate took, and
# shipload-estimate refused x.Svg: both take .png and .svg in any case
# (one rule, examples/plot_file.h), and refuse the rest alike
set(PLOT_EXT_DIR ${CMAKE_CURRENT_BINARY_DIR}/plot-ext)
file(MAKE_DIRECTORY ${PLOT_EXT_DIR})
if(TARGET shipload-pack AND CAIRO_FOUND)
  add_test(NAME pack_cli_plot_ext_case COMMAND ${CMAKE_COMMAND}
           -DEXE=$<TARGET_FILE:shipload-pack>
           "-DARGS=--space|2385x1190x915|--box|415x290x235|--plot|${PLOT_EXT_DIR}/pack-a.PNG"
           "-DPNGS=${PLOT_EXT_DIR}/pack-a.PNG"
           -P ${CMAKE_CURRENT_SOURCE_DIR}/plot_ext_check.cmake)
  add_test(NAME pack_cli_plot_ext_case_svg COMMAND ${CMAKE_COMMAND}
           -DEXE=$<TARGET_FILE:shipload-pack>
           "-DARGS=--space|2385x1190x915|--box|415x290x235|--plot|${PLOT_EXT_DIR}/pack-b.sVg"
           "-DSVGS=${PLOT_EXT_DIR}/pack-b.sVg"
           -P ${CMAKE_CURRENT_SOURCE_DIR}/plot_ext_check.cmake)
endif()
if(TARGET shipload-pack)
  sl_cli_test(pack_cli_plot_ext_pngs shipload-pack 2
              "--space|2385x1190x915|--box|415x290x235|--plot|${PLOT_EXT_DIR}/pack-c.pngs"
              "-DEXPECT_ERR=^shipload-pack: --plot: expected a file name ending in \\.png or \\.svg \\(got '[^']*/pack-c\\.pngs'\\)\n$"
              "-DABSENT=${PLOT_EXT_DIR}/pack-c.pngs")
endif()
if(TARGET shipload-estimate)
  add_test(NAME est_cli_plot_ext_case COMMAND ${CMAKE_COMMAND}
           -DEXE=$<TARGET_FILE:shipload-estimate>
           "-DARGS=--samples|385|--quiet|--plot|${PLOT_EXT_DIR}/est-a.Svg|--plot-sensitivity|${PLOT_EXT_DIR}/est-b.pNg"
           "-DSVGS=${PLOT_EXT_DIR}/est-a.Svg" "-DPNGS=${PLOT_EXT_DIR}/est-b.pNg"
           -P ${CMAKE_CURRENT_SOURCE_DIR}/plot_ext_check.cmake)
  sl_cli_test(est_cli_plot_ext_pngs shipload-estimate 2
              "--samples|385|--quiet|--plot-sensitivity|${PLOT_EXT_DIR}/est-c.pngs"
              "-DEXPECT_ERR=^shipload-estimate: --plot-sensitivity: expected a file name ending in \\.png or \\.svg\n$"
              "-DABSENT=${PLOT_EXT_DIR}/est-c.pngs")
endif()
# --plot draws only the boxes each view shows: 8,000 cubes of 10 in a
# 200 cube are 20 x 20 columns seen from the top and 20 x 20 rows seen
# from the side, 800 boxes in all (every box was drawn in each view,
# 16,000, and 50 mm cubes in a 40 ft container made a 335 MB SVG);
# xmllint (Debian libxml2-utils) checks the file is well-formed XML
find_program(XMLLINT xmllint)
if(TARGET shipload-pack AND CAIRO_FOUND)
  add_test(NAME pack_cli_plot_svg_shown COMMAND ${CMAKE_COMMAND}
           -DEXE=$<TARGET_FILE:shipload-pack>
           "-DARGS=--space|200x200x200|--box|10x10x10|--plot|${PLOT_EXT_DIR}/pack-shown.svg"
           "-DSVG=${PLOT_EXT_DIR}/pack-shown.svg" -DBOXES=800 "-DXMLLINT=${XMLLINT}"
           -P ${CMAKE_CURRENT_SOURCE_DIR}/pack_svg_check.cmake)
endif()
