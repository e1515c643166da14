# Run by cli_threads.cmake: EXE, OUT (a path prefix).
include(${CMAKE_CURRENT_LIST_DIR}/args_whole.cmake)
set(args --json --seed 7 --samples 30000 --containers "6700 to 7000"
  --cargo "152mm-shell-mass-equiv=uniform(0.4, 0.7)"
  --cargo "122mm-grad=uniform(0.05, 0.15)" --cargo non-munition=rest
  --fill "pert(0.7, 0.95, 1)" --claim 4800000)
foreach(t 1 2)
  execute_process(COMMAND ${EXE} ${args} --threads ${t}
    RESULT_VARIABLE rc OUTPUT_FILE ${OUT}-${t}.json ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "--threads ${t}: exit ${rc}: ${err}")
  endif()
endforeach()
file(READ ${OUT}-1.json one)
file(READ ${OUT}-2.json two)
string(LENGTH "${one}" len)
if(len LESS 1000)
  message(FATAL_ERROR "--threads 1 printed only ${len} bytes")
endif()
if(NOT one STREQUAL two)
  message(FATAL_ERROR "JSON differs between --threads 1 and --threads 2 "
    "(${OUT}-1.json, ${OUT}-2.json)")
endif()
string(FIND "${one}" "\"p50\"" at)
if(at LESS 0)
  message(FATAL_ERROR "no p50 in the JSON")
endif()
message(STATUS "identical JSON (${len} bytes) for --threads 1 and 2")
