cmake_minimum_required(VERSION 3.18)
include(${CMAKE_CURRENT_LIST_DIR}/args_whole.cmake)
# Every example command of DOC runs and exits 0: the lines that start with
# PREFIX ("$B" in README.md, "shipload-estimate" in its man page), after
# joining continued lines and undoing the man page's escapes, with PREFIX
# replaced by EXE, run by sh in WORK, where examples/ links to the source
# tree's, docs/ is an empty directory and mine.json (the man page's
# catalog) is examples/catalogs/iso-minimum.json.  Written files land in
# WORK.
file(READ ${DOC} text)
if(DOC MATCHES "\\.[1-9]$") # a man page: its EXAMPLES section
  string(FIND "${text}" ".SH EXAMPLES" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${DOC} has no EXAMPLES section")
  endif()
  string(SUBSTRING "${text}" ${at} -1 text)
  string(REPLACE "\\-" "-" text "${text}")
  string(REPLACE "\\e" "\\" text "${text}")
endif()
string(REGEX REPLACE "\\\\\n[ \t]*" " " text "${text}")
string(REPLACE ";" "\\;" text "${text}")
string(REPLACE "\n" ";" lines "${text}")

file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/docs)
file(CREATE_LINK ${SRC}/examples ${WORK}/examples SYMBOLIC)
configure_file(${SRC}/examples/catalogs/iso-minimum.json ${WORK}/mine.json COPYONLY)

string(REPLACE "$" "\\$" prefix_re "${PREFIX}")
set(n 0)
foreach(line IN LISTS lines)
  if(NOT line MATCHES "^[ \t]*${prefix_re}( |$)")
    continue()
  endif()
  string(REGEX REPLACE "^[ \t]*${prefix_re}" "" args "${line}")
  string(REGEX REPLACE "[ \t]+#.*$" "" args "${args}")
  execute_process(COMMAND sh -c "'${EXE}' ${args}" WORKING_DIRECTORY ${WORK}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(SEND_ERROR "${DOC}: `${PREFIX}${args}` exited with ${rc}: ${err}")
  endif()
  math(EXPR n "${n} + 1")
endforeach()
if(n EQUAL 0)
  message(FATAL_ERROR "${DOC}: no command starting with ${PREFIX}")
endif()
message(STATUS "${DOC}: ${n} commands ran")
