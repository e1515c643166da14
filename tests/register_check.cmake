cmake_minimum_required(VERSION 3.19)
# The claims register (shipload-estimate FILE1 FILE2 ...) against single
# runs of its files: EXE run on FILES (';'-separated) with ARGS
# ('|'-separated run and scenario options) in one run, then on each file
# alone with the same ARGS.  MODE:
#   table  one row per file, in order, with the verdict word its single
#          run gives; each file's verdict text in the Verdict section; no
#          line wider than 100 columns;
#   json   {"scenarios": [...]} with one entry per file: "file" as given,
#          then exactly the keys and values of its single run's --json;
#   csv    a header and one row per file: file, and the verdict and
#          precision of its single run; the single run's --csv ends with
#          the same header and row.
# Expectations come from the single runs, not from stored figures.
# (The JSON comparison is by text: CMake's string(JSON) sorts keys.)
string(REPLACE "|" ";" args "${ARGS}")

include(${CMAKE_CURRENT_LIST_DIR}/check_run.cmake) # run(OUT ...)

# single(VAR FILE): the single run's --json of FILE.
function(single var file)
  run(o ${file} ${args} --json)
  set(${var} "${o}" PARENT_SCOPE)
endfunction()

# verdict(VAR JSON): the claim's verdict in a single run's JSON, "-" when
# it has no claim.
function(verdict var json)
  string(JSON v ERROR_VARIABLE err GET "${json}" claim verdict)
  if(err)
    set(v "-")
  endif()
  set(${var} "${v}" PARENT_SCOPE)
endfunction()

list(LENGTH FILES n)
math(EXPR last "${n} - 1")

if(MODE STREQUAL "json")
  run(reg ${FILES} ${args} --json)
  string(JSON count LENGTH "${reg}" scenarios)
  if(NOT count EQUAL n)
    message(FATAL_ERROR "${count} entries in \"scenarios\", expected ${n}")
  endif()
  string(JSON top LENGTH "${reg}")
  if(NOT top EQUAL 1)
    message(FATAL_ERROR "the register's object has ${top} keys, expected 1")
  endif()
  foreach(i RANGE ${last})
    list(GET FILES ${i} file)
    single(one "${file}")
    string(JSON got GET "${reg}" scenarios ${i} file)
    if(NOT got STREQUAL file)
      message(FATAL_ERROR "entry ${i}: file \"${got}\", expected \"${file}\"")
    endif()
    # the entry's text is "file", then the single run's text line for line
    # (same keys, same order, same digits), indented one level deeper
    string(REGEX REPLACE "^{\n(.*)\n}\n$" "\\1" body "${one}")
    string(REPLACE "\n" "\n    " body "${body}")
    string(FIND "${reg}" "\n      \"file\": \"${file}\",\n    ${body}\n    }" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "entry ${i} is not \"file\": \"${file}\" and the "
              "text of its single run:\n${one}")
    endif()
  endforeach()
  message(STATUS "${n} entries, each equal to its single run")
  return()
endif()

if(MODE STREQUAL "csv")
  run(reg ${FILES} ${args} --csv)
  string(REGEX REPLACE "\n$" "" reg "${reg}")
  string(REPLACE ";" "," reg "${reg}") # not a CMake list separator
  string(REPLACE "\n" ";" lines "${reg}")
  list(LENGTH lines nl)
  math(EXPR want "${n} + 1")
  if(NOT nl EQUAL want)
    message(FATAL_ERROR "${nl} CSV lines, expected a header and ${n} rows:\n${reg}")
  endif()
  list(GET lines 0 head)
  if(NOT head MATCHES "^file,.*,p05,p50,p95,min,max,.*,verdict,unsettled,needs_more_containers,needs_fewer_containers,rel_precision,precision_reached$")
    message(FATAL_ERROR "CSV header: ${head}")
  endif()
  foreach(i RANGE ${last})
    list(GET FILES ${i} file)
    single(one "${file}")
    verdict(v "${one}")
    if(v STREQUAL "-")
      set(v "")
    endif()
    math(EXPR li "${i} + 1")
    list(GET lines ${li} line)
    if(NOT line MATCHES "^${file},.*,${v},[01]?,[01]?,[01]?,([^,]*),([01]?)$")
      message(FATAL_ERROR "CSV row ${li} is not ${file}'s with verdict "
              "'${v}': ${line}")
    endif()
    # rel_precision and precision_reached: as in the single run's options
    # (empty where its JSON has null; reached 1 or 0 for true or false)
    set(rel "${CMAKE_MATCH_1}")
    set(reached "${CMAKE_MATCH_2}")
    string(JSON want_rel GET "${one}" options rel_precision)
    string(JSON want_reached GET "${one}" options precision_reached)
    if(want_reached STREQUAL "ON")
      set(want_reached 1)
    elseif(want_reached STREQUAL "OFF")
      set(want_reached 0)
    endif()
    set(has_rel 0)
    set(want_has_rel 0)
    if(NOT rel STREQUAL "")
      set(has_rel 1)
    endif()
    if(NOT want_rel STREQUAL "")
      set(want_has_rel 1)
    endif()
    if(NOT "${reached}" STREQUAL "${want_reached}" OR
       NOT has_rel EQUAL want_has_rel)
      message(FATAL_ERROR "CSV row ${li}: rel_precision '${rel}', "
              "precision_reached '${reached}'; the single run's options: "
              "'${want_rel}', '${want_reached}'")
    endif()
    # the single run's --csv ends with the same header and row (its claim
    # check, seed and precision in the register's columns)
    run(alone ${file} ${args} --csv)
    string(REGEX REPLACE "\n$" "" alone "${alone}")
    string(REPLACE ";" "," alone "${alone}")
    string(REGEX MATCH "\n\n([^\n]*)\n([^\n]*)$" m "${alone}")
    if(NOT CMAKE_MATCH_1 STREQUAL head OR NOT CMAKE_MATCH_2 STREQUAL line)
      message(FATAL_ERROR "${file} alone --csv does not end with the "
              "register's header and row:\n${head}\n${line}\n---\n${alone}")
    endif()
  endforeach()
  message(STATUS "${n} CSV rows with their single runs' verdicts")
  return()
endif()

# table
run(reg ${FILES} ${args})
string(REPLACE "\n" ";" lines "${reg}")
set(rows "")
foreach(line IN LISTS lines)
  string(LENGTH "${line}" w)
  if(w GREATER 100)
    message(FATAL_ERROR "a line of ${w} columns (at most 100): ${line}")
  endif()
  if(line MATCHES "^[0-9]+  [^ ]+ +[0-9,.]+ ")
    list(APPEND rows "${line}")
  endif()
endforeach()
list(LENGTH rows nrows)
if(NOT nrows EQUAL n)
  message(FATAL_ERROR "${nrows} table rows, expected ${n}:\n${reg}")
endif()
# the Verdict section, with its line breaks and indents as single blanks
string(FIND "${reg}" "\nVerdict" at)
string(SUBSTRING "${reg}" ${at} -1 verdicts)
string(REGEX REPLACE "[ \n]+" " " verdicts "${verdicts}")
foreach(i RANGE ${last})
  list(GET FILES ${i} file)
  single(one "${file}")
  verdict(v "${one}")
  get_filename_component(label "${file}" NAME)
  string(REGEX REPLACE "\\.json$" "" label "${label}")
  list(GET rows ${i} row)
  math(EXPR num "${i} + 1")
  string(REGEX REPLACE "([][+.*()^$?|\\\\])" "\\\\\\1" label_re "${label}")
  # the mark after the verdict, from the single run's claim: "+" another
  # count the stated one admits, "*" unsettled
  set(mark "")
  foreach(key needs_more_containers needs_fewer_containers unsettled)
    string(JSON flag ERROR_VARIABLE err GET "${one}" claim ${key})
    if(NOT err AND flag AND mark STREQUAL "")
      set(mark "\\+") # as a regular expression
      if(key STREQUAL "unsettled")
        set(mark "\\*")
      endif()
    endif()
  endforeach()
  if(NOT row MATCHES "^${num}  ${label_re} .*  ${v}${mark}$")
    message(FATAL_ERROR "row ${num} is not ${label}'s with its single run's "
            "verdict '${v}${mark}': ${row}")
  endif()
  string(JSON text ERROR_VARIABLE err GET "${one}" claim text)
  if(err)
    set(text "no claim to check.")
  endif()
  string(REGEX REPLACE "[ \n]+" " " text "${text}")
  string(FIND "${verdicts}" " ${num} ${label}: ${text}" hit)
  if(hit EQUAL -1)
    message(FATAL_ERROR "the Verdict section lacks ${label}'s own text "
            "'${text}':\n${verdicts}")
  endif()
endforeach()
message(STATUS "${n} rows with their single runs' verdicts and texts")
