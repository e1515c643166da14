cmake_minimum_required(VERSION 3.18)
include(${CMAKE_CURRENT_LIST_DIR}/args_whole.cmake)
# shipload-pack EXE with ARGS ('|'-separated, ending in --plot SVG) exits
# 0 and writes SVG: well-formed XML (XMLLINT --noout, when given) with
# exactly BOXES box rectangles (paths stroked 0.8 wide, the boxes' line;
# the frames are 2 wide, the key's squares unstroked).
string(REPLACE "|" ";" args "${ARGS}")
file(REMOVE "${SVG}")
execute_process(COMMAND ${EXE} ${args} RESULT_VARIABLE rc OUTPUT_QUIET
                ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${EXE} ${args} exited with ${rc}: ${err}")
endif()
if(NOT EXISTS "${SVG}")
  message(FATAL_ERROR "${SVG} was not written")
endif()
if(XMLLINT)
  execute_process(COMMAND ${XMLLINT} --noout "${SVG}" RESULT_VARIABLE rc
                  ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${SVG} is not well-formed XML: ${err}")
  endif()
endif()
file(READ "${SVG}" text)
if(NOT text MATCHES "^<\\?xml[^\n]*\n<svg " OR NOT text MATCHES "</svg>\n?$")
  message(FATAL_ERROR "${SVG} does not open with <svg and close with </svg>")
endif()
string(REGEX MATCHALL "stroke-width:0\\.8[^0-9]" boxes "${text}")
string(REPLACE ";" "" boxes "${boxes}") # the match ends in ";"; count whole matches
string(REGEX MATCHALL "stroke-width" boxes "${boxes}")
list(LENGTH boxes n)
file(SIZE "${SVG}" size)
if(NOT n EQUAL BOXES)
  message(FATAL_ERROR "${SVG} draws ${n} boxes (${size} bytes), not the ${BOXES} its views show")
endif()
message(STATUS "${SVG}: ${n} boxes drawn, ${size} bytes")
