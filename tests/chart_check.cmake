cmake_minimum_required(VERSION 3.18)
include(${CMAKE_CURRENT_LIST_DIR}/args_whole.cmake)
# The chart the README shows (CHART) is what `EXE --plot` draws now: the
# default run's realistic mix (the drawing is deterministic).
#
# PNG_SAME compares pixels.  Text is drawn by cairo, pixman, FreeType,
# fontconfig and the DejaVu fonts, whose builds rasterise glyphs a little
# differently, so the chart is only exact on the packages it was drawn
# with, which ENV_FILE records (Debian package versions).  On those the
# pixels must be equal.  On others the test passes when the drawing is
# close (png_same exit 3: at most 0.5 % of the 8 x 8 blocks differ) and
# is skipped when it is not, since a stale chart cannot then be told from
# another rasteriser.  Measured on the default chart, 28 Nov 2026: other
# FreeType hinting styles and subpixel orders moved 0 to 0.08 % of the
# blocks; seed 2 moved 1.6 %, 50,000 samples 1.6 %, a claim of 4.7
# million 2.5 % (a different qualifier word alone, 0.15 %, is within the
# tolerance: the numbers are checked in the README's text by
# docs_readme_output).  FreeType's autohinter, which changes glyph widths,
# moved 1.6 % to 1.7 %: such a machine skips.
execute_process(COMMAND ${EXE} --plot ${OUT} --quiet RESULT_VARIABLE rc
                OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${EXE} --plot exited with ${rc}")
endif()
execute_process(COMMAND ${PNG_SAME} ${CHART} ${OUT} 0.005
                RESULT_VARIABLE same OUTPUT_VARIABLE said)
message(STATUS "${said}")
if(same EQUAL 0)
  return()
elseif(NOT (same EQUAL 1 OR same EQUAL 3))
  message(FATAL_ERROR "png_same failed (${same}) on ${CHART} and ${OUT}")
endif()

set(packages libcairo2 libpixman-1-0 libfreetype6 libfontconfig1
             fonts-dejavu-core)
execute_process(COMMAND dpkg-query -W -f "\${Package} \${Version}\\n"
                        ${packages}
                RESULT_VARIABLE q OUTPUT_VARIABLE env_now ERROR_QUIET)
if(NOT q EQUAL 0)
  set(env_now "unknown (no dpkg-query, or a package is missing)\n")
endif()
file(WRITE ${OUT}.env "${env_now}")
file(READ ${ENV_FILE} env_then)
set(redraw "redraw it: build/examples/shipload-estimate --plot ${CHART} && "
           "cp ${OUT}.env ${ENV_FILE}")
if(env_now STREQUAL env_then)
  message(FATAL_ERROR "${CHART} is not what the program draws now, on the "
          "packages it was drawn with (${ENV_FILE}); ${redraw} (the new "
          "drawing is in ${OUT})")
elseif(same EQUAL 3)
  message(STATUS "${CHART} was drawn with other packages (${ENV_FILE}; "
          "this machine's are in ${OUT}.env); the drawing is close")
else()
  message(STATUS "CHART-SKIPPED: ${CHART} was drawn with other packages "
          "(${ENV_FILE}; this machine's are in ${OUT}.env), and the drawing "
          "differs more than another rasteriser would make it: stale, or "
          "very different text rendering. On this machine, ${redraw}")
endif()
