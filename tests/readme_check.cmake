cmake_minimum_required(VERSION 3.18)
include(${CMAKE_CURRENT_LIST_DIR}/args_whole.cmake)
# The README shows the real output of its commands: EXE run with ARGS
# ('|'-separated; none: the default run, command 1) in WORKDIR (default:
# here) must print exactly the block after the line MARK (default "$ sh
# scripts/demo.sh") in README.
if(NOT DEFINED MARK)
  set(MARK "$ sh scripts/demo.sh")
endif()
if(NOT DEFINED WORKDIR)
  set(WORKDIR .)
endif()
string(REPLACE "|" ";" args "${ARGS}")
execute_process(COMMAND ${EXE} ${args} WORKING_DIRECTORY ${WORKDIR}
                OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${EXE} exited with ${rc}")
endif()
file(READ ${README} readme)
string(FIND "${readme}" "${MARK}\n" at)
if(at EQUAL -1)
  message(FATAL_ERROR "README has no '${MARK}' block")
endif()
string(LENGTH "${MARK}\n" n)
math(EXPR at "${at} + ${n}")
string(SUBSTRING "${readme}" ${at} -1 rest)
string(FIND "${rest}" "\n```" end)
math(EXPR end "${end} + 1")
string(SUBSTRING "${rest}" 0 ${end} shown)
if(NOT shown STREQUAL out)
  file(WRITE ${OUT} "${out}")
  message(FATAL_ERROR "README's output of '${MARK}' differs from the "
          "program's; the program's is in ${OUT} (paste it into README.md)")
endif()
