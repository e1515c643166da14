cmake_minimum_required(VERSION 3.19)
include(${CMAKE_CURRENT_LIST_DIR}/args_whole.cmake)
# The JSON keys documented in HEADER (include/shipload/io.h, the comment of
# sl_result_to_json from "in this order:" to "Non-finite") are the keys
# that `EXE ARGS` writes ('|'-separated ARGS, with --json among them), both
# ways, and the top-level keys come in the documented order.  Words in
# parentheses are remarks, not keys; a written key NAME_range needs NAME
# and "_range" in the comment, unless the comment names NAME_range itself.
string(REPLACE "|" ";" args "${ARGS}")
execute_process(COMMAND ${EXE} ${args} OUTPUT_VARIABLE json RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${EXE} exited with ${rc}")
endif()

# sl_json_keys(OUT JSON): every key of every object in JSON, recursively.
function(sl_json_keys out json)
  set(keys "")
  string(JSON type TYPE "${json}")
  string(JSON n LENGTH "${json}")
  if(n GREATER 0)
    math(EXPR last "${n} - 1")
    foreach(i RANGE ${last})
      set(at ${i})
      if(type STREQUAL "OBJECT")
        string(JSON at MEMBER "${json}" ${i})
        list(APPEND keys "${at}")
      endif()
      string(JSON subtype TYPE "${json}" "${at}")
      if(subtype STREQUAL "OBJECT" OR subtype STREQUAL "ARRAY")
        string(JSON sub GET "${json}" "${at}")
        sl_json_keys(subkeys "${sub}")
        list(APPEND keys ${subkeys})
      endif()
    endforeach()
  endif()
  set(${out} "${keys}" PARENT_SCOPE)
endfunction()

# sl_drop_nested(OUT TEXT RE): TEXT without the matches of RE (an innermost
# bracketed span), repeated until none is left.
function(sl_drop_nested out text re)
  while(TRUE)
    string(REGEX REPLACE "${re}" "" next "${text}")
    if(next STREQUAL text)
      break()
    endif()
    set(text "${next}")
  endwhile()
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

sl_json_keys(written "${json}")
list(REMOVE_DUPLICATES written)
# the top-level keys in the order written (indented by 2 spaces)
string(REGEX MATCHALL "\n  \"[a-z_0-9]+\":" top "${json}")
string(REGEX REPLACE "[\n \":]" "" top "${top}")

file(READ ${HEADER} h)
string(FIND "${h}" "in this order:" at)
string(FIND "${h}" "Non-finite numbers" end)
if(at EQUAL -1 OR end EQUAL -1)
  message(FATAL_ERROR "${HEADER}: no 'in this order:' ... 'Non-finite numbers' comment")
endif()
math(EXPR len "${end} - ${at}")
string(SUBSTRING "${h}" ${at} ${len} doc)
string(REPLACE "in this order:" "" doc "${doc}")
string(REGEX REPLACE "\n *\\*" "\n" doc "${doc}")
sl_drop_nested(bare "${doc}" "\\([^()]*\\)") # the remarks in parentheses
string(REGEX MATCHALL "[a-z_][a-z0-9_]*" documented "${bare}")
list(REMOVE_DUPLICATES documented)
list(REMOVE_ITEM documented then the same fields) # the prose between keys

foreach(k ${written})
  # NAME_range stands for NAME's range unless the comment names it whole
  # (p_in_range)
  if(k MATCHES "^(.*)_range$" AND NOT doc MATCHES "[^a-z0-9_]${k}[^a-z0-9_]")
    set(k "${CMAKE_MATCH_1}")
    if(NOT doc MATCHES "_range")
      message(SEND_ERROR "the JSON has ${k}_range; ${HEADER} says nothing of _range")
    endif()
  endif()
  if(NOT doc MATCHES "[^a-z0-9_]${k}[^a-z0-9_]")
    message(SEND_ERROR "the JSON has the key \"${k}\"; ${HEADER} does not name it")
  endif()
endforeach()
foreach(k ${documented})
  if(NOT k IN_LIST written)
    message(SEND_ERROR "${HEADER} names the key \"${k}\"; the JSON has none")
  endif()
endforeach()

# the top level in the documented order: the keys between ';' once the
# nested {...} and [...] are dropped
sl_drop_nested(outer "${bare}" "{[^{}]*}|\\[[^][]*\\]")
string(REGEX REPLACE "[ \n.]" "" outer "${outer}")
if(NOT top STREQUAL outer)
  message(SEND_ERROR "top-level keys ${top}; ${HEADER} gives the order ${outer}")
endif()
