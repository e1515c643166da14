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

# same_keys(OUT POINT ONE SKIP KEYS LABEL): every key of the JSON object
# in variable POINT but SKIP (when KEYS, '|'-separated, is not empty: only
# those keys) has the same text in the JSON object in variable ONE; fails
# naming LABEL and the key.  OUT: how many keys were compared.  (Variable
# names, not texts, so that a ';' in the JSON cannot split an argument;
# the parameters' sk_ names keep them from hiding the caller's.)
function(same_keys out sk_point sk_one sk_skip sk_keys sk_label)
  string(REPLACE "|" ";" sk_keys "${sk_keys}")
  string(JSON nk LENGTH "${${sk_point}}")
  math(EXPR lk "${nk} - 1")
  set(n 0)
  foreach(q RANGE ${lk})
    string(JSON k MEMBER "${${sk_point}}" ${q})
    if(k STREQUAL sk_skip OR (sk_keys AND NOT k IN_LIST sk_keys))
      continue()
    endif()
    string(JSON pa GET "${${sk_point}}" ${k})
    string(JSON pb ERROR_VARIABLE err GET "${${sk_one}}" ${k})
    if(err OR NOT pa STREQUAL pb)
      message(FATAL_ERROR "${sk_label}: \"${k}\" differs from the single "
              "run's:\n${pa}\n---\n${pb}")
    endif()
    math(EXPR n "${n} + 1")
  endforeach()
  set(${out} ${n} PARENT_SCOPE)
endfunction()
