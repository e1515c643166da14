cmake_minimum_required(VERSION 3.18)
include(${CMAKE_CURRENT_LIST_DIR}/args_whole.cmake)
# tests/scenario_out_check.cmake - `EXE ARGS --scenario-out FILE` writes the
# run as a scenario file: `EXE FILE` (with no --catalog, the file carries
# the entries it uses) gives the same JSON as the run that wrote it, and
# writing the file again gives the same file.
string(REPLACE "|" ";" args "${ARGS}")
execute_process(COMMAND ${EXE} ${args} --json --quiet
                --scenario-out ${WORK}/run.json
                RESULT_VARIABLE rc OUTPUT_VARIABLE first ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the run exited with ${rc}: ${err}")
endif()
execute_process(COMMAND ${EXE} ${WORK}/run.json --json --quiet
                --scenario-out ${WORK}/again.json
                RESULT_VARIABLE rc OUTPUT_VARIABLE second ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the written scenario exited with ${rc}: ${err}")
endif()
if(DEFINED STRIP) # the default run: the mix's result, then keys of its
  # own ("key", "interpretation", "interpretations") at the end
  string(FIND "${first}" ",\n  \"key\": " at)
  if(at EQUAL -1)
    message(FATAL_ERROR "no \"key\" in the default run's JSON:\n${first}")
  endif()
  string(SUBSTRING "${first}" 0 ${at} first)
  string(APPEND first "\n}\n")
endif()
if(DEFINED ADAPTIVE) # --precision drew more than asked: the file asks
  # for the samples drawn, so the rerun's samples_requested is that count
  string(REGEX MATCH "\"samples_requested\": ([0-9]+)" m "${first}")
  set(asked ${CMAKE_MATCH_1})
  string(REGEX MATCH "\n    \"samples\": ([0-9]+)" m "${first}")
  if(NOT asked OR NOT CMAKE_MATCH_1 GREATER asked)
    message(FATAL_ERROR "the adaptive run drew no more than it asked for "
            "(${CMAKE_MATCH_1} of ${asked}): pick a finer --precision")
  endif()
  string(REGEX REPLACE "\"samples_requested\": [0-9]+" "" first "${first}")
  string(REGEX REPLACE "\"samples_requested\": [0-9]+" "" second "${second}")
  # the file records no --precision: the rerun is not adaptive
  foreach(key rel_precision max_samples precision_reached)
    string(REGEX REPLACE "\"${key}\": [^,\n]+" "" first "${first}")
    string(REGEX REPLACE "\"${key}\": [^,\n]+" "" second "${second}")
  endforeach()
endif()
if(NOT first STREQUAL second)
  message(FATAL_ERROR "the written scenario gives another result:\n"
          "${first}\n---\n${second}")
endif()
file(READ ${WORK}/run.json a)
file(READ ${WORK}/again.json b)
if(NOT a STREQUAL b)
  message(FATAL_ERROR "the scenario written again differs:\n${a}\n---\n${b}")
endif()
