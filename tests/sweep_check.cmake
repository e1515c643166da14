cmake_minimum_required(VERSION 3.19)
# shipload-estimate --sweep against its own rows and against single runs:
# EXE run with ARGS ('|'-separated, with --sweep).  MODE:
#   table  ROWS rows in the table, no line wider than 100 columns; with
#          MONO "up" or "down", P50 strictly rising or falling from row to
#          row; the sentence under the table says where the verdict changes
#          between adjacent rows, derived here from the rows' own verdicts
#          and values (or that it never changes); EXPECT_SENTENCE, when
#          given, a regex the sentence (blanks and line breaks as one
#          blank) must match;
#   point  point INDEX of the sweep's --json against the --json of one run
#          with SINGLE ('|'-separated): every key of the point but "value"
#          equal to the single run's (KEYS, '|'-separated, when given: only those); with
#          FULL, the point's text is "value" then the single run's text,
#          line for line;
#   json   {"sweep": {"input": INPUT, "points": [...]}}, one point per
#          VALUES item ('|'-separated, the value of each in order), each
#          starting with "value";
#   csv    a header "input,value,..." and one row per VALUES item.
# Figures expected come from the output itself or from single runs.
string(REPLACE "|" ";" args "${ARGS}")

include(${CMAKE_CURRENT_LIST_DIR}/check_run.cmake) # run(OUT ...), re(OUT TEXT)

# number(OUT TEXT): "1,980,000" as 1980000.
function(number out text)
  string(REPLACE "," "" t "${text}")
  set(${out} "${t}" PARENT_SCOPE)
endfunction()

if(MODE STREQUAL "json")
  run(j ${args} --json)
  string(JSON top LENGTH "${j}")
  string(JSON name MEMBER "${j}" 0)
  string(JSON input GET "${j}" sweep input)
  string(JSON n LENGTH "${j}" sweep points)
  string(REPLACE "|" ";" VALUES "${VALUES}")
  list(LENGTH VALUES want)
  if(NOT top EQUAL 1 OR NOT name STREQUAL "sweep" OR
     NOT input STREQUAL "${INPUT}" OR NOT n EQUAL want)
    message(FATAL_ERROR "expected {\"sweep\": {\"input\": \"${INPUT}\", "
            "\"points\": [${want} points]}}, got ${top} key(s) '${name}', "
            "input '${input}', ${n} points")
  endif()
  math(EXPR last "${n} - 1")
  foreach(i RANGE ${last})
    list(GET VALUES ${i} v)
    string(JSON got GET "${j}" sweep points ${i} value)
    string(JSON p50 GET "${j}" sweep points ${i} total p50)
    if(NOT got EQUAL v OR p50 STREQUAL "")
      message(FATAL_ERROR "point ${i}: value ${got} (expected ${v}), total "
              "p50 '${p50}'")
    endif()
  endforeach()
  # in the text (string(JSON) sorts keys), "value" comes first in each
  string(REGEX MATCHALL "\n      {\n        \"value\": [^\n]*,\n        \"version\""
         firsts "${j}")
  list(LENGTH firsts nf)
  if(NOT nf EQUAL n)
    message(FATAL_ERROR "${nf} of ${n} points start with \"value\", then "
            "\"version\"")
  endif()
  message(STATUS "${n} points, each a single run's object after its value")
  return()
endif()

if(MODE STREQUAL "csv")
  run(c ${args} --csv)
  string(REGEX REPLACE "\n$" "" c "${c}")
  string(REPLACE ";" "," c "${c}")
  string(REPLACE "\n" ";" lines "${c}")
  list(LENGTH lines nl)
  string(REPLACE "|" ";" VALUES "${VALUES}")
  list(LENGTH VALUES want)
  math(EXPR want1 "${want} + 1")
  list(GET lines 0 head)
  if(NOT nl EQUAL want1 OR NOT head MATCHES
     "^input,value,containers,.*,p05,p50,p95,min,max,.*,verdict,unsettled,needs_more_containers,needs_fewer_containers,rel_precision,precision_reached$")
    message(FATAL_ERROR "expected a header and ${want} rows:\n${c}")
  endif()
  foreach(i RANGE 1 ${want})
    math(EXPR k "${i} - 1")
    list(GET VALUES ${k} v)
    list(GET lines ${i} line)
    if(NOT line MATCHES "^${INPUT},${v},")
      message(FATAL_ERROR "row ${i} is not ${INPUT} = ${v}: ${line}")
    endif()
  endforeach()
  message(STATUS "${want} CSV rows")
  return()
endif()

if(MODE STREQUAL "point")
  run(j ${args} --json)
  string(REPLACE "|" ";" single "${SINGLE}")
  run(one ${single} --json)
  string(JSON point GET "${j}" sweep points ${INDEX})
  same_keys(nk point one value "${KEYS}" "point ${INDEX}")
  if(FULL) # the text itself: the same digits, not just the same numbers
    string(REGEX REPLACE "^{\n(.*)\n}\n$" "\\1" body "${one}")
    string(REPLACE "\n" "\n      " body "${body}")
    string(FIND "${j}" "\n      ${body}\n      }" at)
    set(before "")
    if(NOT at EQUAL -1)
      string(SUBSTRING "${j}" 0 ${at} before)
    endif()
    # ... and it is point INDEX's, right after its "value"
    string(REGEX MATCHALL "\n        \"value\": " values "${before}")
    list(LENGTH values nv)
    math(EXPR want "${INDEX} + 1")
    if(at EQUAL -1 OR NOT nv EQUAL want OR
       NOT before MATCHES "\n        \"value\": [^\n]*,$")
      message(FATAL_ERROR "point ${INDEX} is not \"value\" and the text of "
              "the single run:\n${one}")
    endif()
  endif()
  message(STATUS "point ${INDEX}: ${nk} keys equal to the single run's")
  return()
endif()

# table
run(t ${args})
string(REPLACE ";" "," t "${t}")
string(REPLACE "\n" ";" lines "${t}")
set(values "")
set(verdicts "")
set(n 0)
foreach(line IN LISTS lines)
  string(LENGTH "${line}" w)
  if(w GREATER 100)
    message(FATAL_ERROR "a line of ${w} columns (at most 100): ${line}")
  endif()
  if(line MATCHES "^([0-9]+) +([^ ]+) +([0-9,]+) +([0-9,]+) +([0-9,]+) +([0-9,]+|unbounded) +([^ ]+) +([a-z-]+)[*+]?$")
    math(EXPR n "${n} + 1")
    if(NOT CMAKE_MATCH_1 EQUAL n)
      message(FATAL_ERROR "row ${n} is numbered ${CMAKE_MATCH_1}: ${line}")
    endif()
    list(APPEND values "${CMAKE_MATCH_2}")
    list(APPEND verdicts "${CMAKE_MATCH_8}")
    number(p50 "${CMAKE_MATCH_4}")
    if(DEFINED prev AND MONO STREQUAL "up" AND NOT p50 GREATER prev)
      message(FATAL_ERROR "P50 does not rise at row ${n}: ${prev} then ${p50}")
    endif()
    if(DEFINED prev AND MONO STREQUAL "down" AND NOT p50 LESS prev)
      message(FATAL_ERROR "P50 does not fall at row ${n}: ${prev} then ${p50}")
    endif()
    set(prev ${p50})
  endif()
endforeach()
if(NOT n EQUAL ROWS)
  message(FATAL_ERROR "${n} table rows, expected ${ROWS}:\n${t}")
endif()
# the sentence: the text after the table's last blank line
string(REGEX REPLACE ".*\n\n" "" sentence "${t}")
string(REGEX REPLACE "[ \n]+" " " sentence "${sentence}")
string(STRIP "${sentence}" sentence)
# expected from the rows: each change between adjacent rows, in order
math(EXPR last "${n} - 2")
set(changes "")
if(n GREATER 1)
  foreach(i RANGE ${last})
    math(EXPR k "${i} + 1")
    list(GET verdicts ${i} a)
    list(GET verdicts ${k} b)
    list(GET values ${i} x)
    list(GET values ${k} y)
    re(x "${x}")
    re(y "${y}")
    if(NOT a STREQUAL b)
      list(APPEND changes "from ${a} to ${b} between [^,]*${x} and ${y}")
    endif()
  endforeach()
endif()
list(GET verdicts 0 v0)
if(v0 STREQUAL "-")
  set(want "^No claim to check")
elseif(changes STREQUAL "")
  list(GET values 0 x)
  list(GET values -1 y)
  re(x "${x}")
  re(y "${y}")
  set(want "^The verdict is ${v0} at every value, from [^,]*${x} to ${y}[^,0-9]*$")
else()
  string(REPLACE ";" "[^,0-9]*,( and)? " want "${changes}")
  set(want "^The verdict turns ${want}[^,0-9]*$")
endif()
set(want_re "${want}")
if(NOT sentence MATCHES "${want_re}")
  message(FATAL_ERROR "the sentence does not follow the rows (expected "
          "'${want_re}'): ${sentence}")
endif()
if(DEFINED EXPECT_SENTENCE AND NOT sentence MATCHES "${EXPECT_SENTENCE}")
  message(FATAL_ERROR "the sentence does not match '${EXPECT_SENTENCE}': "
          "${sentence}")
endif()
message(STATUS "${n} rows, the sentence follows them: ${sentence}")
