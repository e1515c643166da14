cmake_minimum_required(VERSION 3.18)
include(${CMAKE_CURRENT_LIST_DIR}/millions.cmake)
# docs/method.md §5: "With both boxes held to the ~2 m stacking rule (a
# catalog file that fixes max_stack at 8) the hard maximum is 3.58 M (358
# per container, a proven bound; the packings found hold 320)".  The
# catalog file is the built-in one (--list --json) with every stacking
# range fixed at its low end (8 for both boxes of 152mm-round); the run is
# interpretation 2's (152mm-round, the 20 ft rating unknown).
# -DEXE= -DDOC= -DWORK=
file(MAKE_DIRECTORY ${WORK})
execute_process(COMMAND ${EXE} --list --json OUTPUT_VARIABLE cat
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "--list --json exited with ${rc}")
endif()
string(REGEX REPLACE "\"max_stack\": \\[[ \n]*([0-9]+),[ \n]*[0-9]+[ \n]*\\]"
       "\"max_stack\": \\1" fixed "${cat}")
if(fixed STREQUAL cat OR fixed MATCHES "\"max_stack\": \\[")
  message(FATAL_ERROR "no stacking range fixed in the catalog:\n${cat}")
endif()
file(WRITE ${WORK}/stack8.json "${fixed}")
execute_process(COMMAND ${EXE} --catalog ${WORK}/stack8.json --cargo 152mm-round
                        --samples 400
                OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the run exited with ${rc}")
endif()
if(NOT out MATCHES "hard bounds [0-9,]+ to ([0-9,]+) ")
  message(FATAL_ERROR "no hard bounds in:\n${out}")
endif()
sl_millions(m "${CMAKE_MATCH_1}")
if(NOT out MATCHES "\n  iso-20 +152mm-round [^\n]* [0-9,]+-([0-9,]+) \\(found ([0-9,]+)\\)\n")
  message(FATAL_ERROR "no iso-20 152mm-round row with 'found' in:\n${out}")
endif()
set(want "the hard maximum is ${m} M (${CMAKE_MATCH_1} per container, a proven bound; the packings found hold ${CMAKE_MATCH_2})")
file(READ ${DOC} doc)
string(REGEX REPLACE "[ \n]+" " " doc "${doc}")
string(FIND "${doc}" "${want}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "${DOC} should read: ${want}")
endif()
message(STATUS "${want}")
