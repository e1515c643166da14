cmake_minimum_required(VERSION 3.18)
include(${CMAKE_CURRENT_LIST_DIR}/args_whole.cmake)
# A figure a doc quotes from a run is the run's now: EXE with ARGS
# ('|'-separated) prints text whose (whitespace-joined) form matches OUT_RE;
# its captures replace @1@, @2@, ... in TEXT, which DOC (whitespace-joined)
# must contain (@SC@ stands for ';').  -DEXE= -DARGS= -DOUT_RE= -DDOC= -DTEXT=
string(REPLACE "|" ";" args "${ARGS}")
execute_process(COMMAND ${EXE} ${args} OUTPUT_VARIABLE out
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${EXE} ${ARGS} exited with ${rc}")
endif()
string(REGEX REPLACE "[ \n]+" " " out "${out}")
if(NOT out MATCHES "${OUT_RE}")
  message(FATAL_ERROR "the run's output does not match '${OUT_RE}':\n${out}")
endif()
set(want "${TEXT}")
foreach(i 1 2 3 4)
  string(REPLACE "@${i}@" "${CMAKE_MATCH_${i}}" want "${want}")
endforeach()
string(REPLACE "@SC@" ";" want "${want}") # a ';' would split the argument
file(READ ${DOC} doc)
string(REGEX REPLACE "[ \n]+" " " doc "${doc}")
string(FIND "${doc}" "${want}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "${DOC} does not quote the run (${ARGS}); it should hold:\n${want}")
endif()
message(STATUS "${DOC}: ${want}")
