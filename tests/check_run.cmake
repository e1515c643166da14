# tests/check_run.cmake - included by the -P check scripts
# (register_check.cmake, sweep_check.cmake, grid_check.cmake,
# solve_check.cmake).
include(${CMAKE_CURRENT_LIST_DIR}/args_whole.cmake)

# run(OUT ...): EXE with the arguments; stdout into OUT; fails unless 0.
function(run out)
  execute_process(COMMAND ${EXE} ${ARGN} RESULT_VARIABLE rc
                  OUTPUT_VARIABLE o ERROR_VARIABLE e)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${EXE} ${ARGN}: exit status ${rc}: ${e}")
  endif()
  set(${out} "${o}" PARENT_SCOPE)
endfunction()

# re(OUT TEXT): TEXT as a regex that matches it literally.
function(re out text)
  string(REGEX REPLACE "([][+.*()^$?|\\\\])" "\\\\\\1" t "${text}")
  set(${out} "${t}" PARENT_SCOPE)
endfunction()
