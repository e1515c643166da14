cmake_minimum_required(VERSION 3.18)
include(${CMAKE_CURRENT_LIST_DIR}/args_whole.cmake)
# tests/catalog_json_check.cmake - `EXE --list --json` writes the catalog as
# a catalog file: loading it back with --catalog changes nothing (the same
# text is written again), an edited figure in it takes effect, and the
# default run over it is the default run.
execute_process(COMMAND ${EXE} --list --json RESULT_VARIABLE rc
                OUTPUT_FILE ${WORK}/catalog.json ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "--list --json exited with ${rc}: ${err}")
endif()
file(READ ${WORK}/catalog.json a)
if(NOT a MATCHES "\"containers\": \\[\n    {\n      \"id\": \"iso-20-24t\"")
  message(FATAL_ERROR "--list --json is not a catalog file:\n${a}")
endif()
execute_process(COMMAND ${EXE} --catalog ${WORK}/catalog.json --list --json
                RESULT_VARIABLE rc OUTPUT_VARIABLE b ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT a STREQUAL b)
  message(FATAL_ERROR "loading the written catalog changed it (${rc}): ${err}")
endif()
# the default run over the written catalog equals the default run
set(i 0)
foreach(cat "" "--catalog;${WORK}/catalog.json")
  execute_process(COMMAND ${EXE} ${cat} --samples 500 --quiet --json
                  RESULT_VARIABLE rc OUTPUT_VARIABLE run${i} ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the default run ${cat} exited with ${rc}: ${err}")
  endif()
  math(EXPR i "${i} + 1")
endforeach()
if(NOT run0 STREQUAL run1)
  message(FATAL_ERROR "the default run over the written catalog differs")
endif()
# an edit takes effect: iso-20-24t re-rated at 27,000 kg
string(REPLACE "\"value\": 24000," "\"value\": 27000," edited "${a}")
if(edited STREQUAL a)
  message(FATAL_ERROR "no 24,000 kg rating to edit in:\n${a}")
endif()
file(WRITE ${WORK}/edited.json "${edited}")
execute_process(COMMAND ${EXE} --catalog ${WORK}/edited.json --container
                iso-20-24t --samples 500 --quiet RESULT_VARIABLE rc
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "rated 27,000 kg gross")
  message(FATAL_ERROR "the edited catalog did not take (${rc}): ${err}${out}")
endif()
