cmake_minimum_required(VERSION 3.18)
include(${CMAKE_CURRENT_LIST_DIR}/args_whole.cmake)
# A figure a doc quotes from a run is the run's now: EXE with ARGS
# ('|'-separated) prints text whose (whitespace-joined) form matches OUT_RE;
# its captures replace @1@, @2@, ... in TEXT, which DOC (whitespace-joined)
# must contain (@SC@ stands for ';'); so must TEXT2, when given, a second
# passage quoting the same run.  -DEXE= -DARGS= -DOUT_RE= -DDOC= -DTEXT=
# [-DTEXT2=]
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
foreach(i 1 2 3 4) # kept: the regex operations below reset CMAKE_MATCH_n
  set(cap${i} "${CMAKE_MATCH_${i}}")
endforeach()
file(READ ${DOC} doc)
string(REGEX REPLACE "[ \n]+" " " doc "${doc}")
set(texts "${TEXT}")
if(DEFINED TEXT2)
  set(texts "${TEXT}" "${TEXT2}")
endif()
foreach(text IN LISTS texts)
  set(want "${text}")
  foreach(i 1 2 3 4)
    string(REPLACE "@${i}@" "${cap${i}}" want "${want}")
  endforeach()
  string(REPLACE "@SC@" ";" want "${want}") # a ';' would split the argument
  string(FIND "${doc}" "${want}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${DOC} does not quote the run (${ARGS}); it should hold:\n${want}")
  endif()
  message(STATUS "${DOC}: ${want}")
endforeach()
