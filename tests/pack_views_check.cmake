# shipload-pack's text views from "top view" on must equal the file EXPECT
# (ARGS "|"-separated): the views' letters, case and order are the
# layout's, however the views are computed.
include(${CMAKE_CURRENT_LIST_DIR}/args_whole.cmake)
string(REPLACE "|" ";" args "${ARGS}")
execute_process(COMMAND ${EXE} ${args} RESULT_VARIABLE rc OUTPUT_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${EXE} exited with ${rc}")
endif()
string(FIND "${out}" "top view" at)
if(at EQUAL -1)
  message(FATAL_ERROR "no top view in: ${out}")
endif()
string(SUBSTRING "${out}" ${at} -1 views)
file(READ ${EXPECT} expected)
if(NOT views STREQUAL expected)
  message(FATAL_ERROR "the views differ from ${EXPECT}:\n${views}")
endif()
