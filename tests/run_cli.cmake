# tests/run_cli.cmake - run the program EXE with ARGS ("|"-separated); check its exit status
# (EXPECT_RC), that stderr matches EXPECT_ERR (if given), that stdout matches
# EXPECT_OUT (if given) or is empty when the status is 2, and that the file
# ABSENT (if given; removed first) does not exist afterwards.
include(${CMAKE_CURRENT_LIST_DIR}/args_whole.cmake)
string(REPLACE "|" ";" args "${ARGS}")
if(DEFINED ABSENT) # a file the run must not leave behind
  file(REMOVE "${ABSENT}")
endif()
execute_process(COMMAND ${EXE} ${args} RESULT_VARIABLE rc
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc STREQUAL "${EXPECT_RC}")
  message(FATAL_ERROR "exit status ${rc}, expected ${EXPECT_RC}\n${err}")
endif()
if(DEFINED EXPECT_ERR AND NOT err MATCHES "${EXPECT_ERR}")
  message(FATAL_ERROR "stderr does not match '${EXPECT_ERR}': ${err}")
endif()
if(rc STREQUAL "2" AND NOT out STREQUAL "")
  message(FATAL_ERROR "bad input printed to stdout: ${out}")
endif()
if(DEFINED EXPECT_OUT AND NOT out MATCHES "${EXPECT_OUT}")
  message(FATAL_ERROR "stdout does not match '${EXPECT_OUT}': ${out}")
endif()
if(DEFINED ABSENT AND EXISTS "${ABSENT}")
  message(FATAL_ERROR "the run left ${ABSENT} behind")
endif()
