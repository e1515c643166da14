cmake_minimum_required(VERSION 3.18)
# The chart the README shows (CHART) is what `EXE --plot` draws now: the
# default run's realistic mix, byte for byte (the drawing is deterministic).
execute_process(COMMAND ${EXE} --plot ${OUT} --quiet RESULT_VARIABLE rc
                OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${EXE} --plot exited with ${rc}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${CHART}
                RESULT_VARIABLE diff)
if(NOT diff EQUAL 0)
  message(FATAL_ERROR "${CHART} is not what the program draws now; redraw "
          "it: build/examples/shipload-estimate --plot ${CHART} "
          "(the new drawing is in ${OUT})")
endif()
