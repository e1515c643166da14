cmake_policy(SET CMP0053 NEW)
# tests/out_clash_check.cmake - an output file that is the file standard
# output goes to, or a file the run reads, is refused before the run (it
# was replaced, exit 0). Runs EXE in DIR with ARGS ('|'-separated; @DIR@
# is DIR) and stdout into STDOUT_FILE (if given); COPY (if given) is copied
# to DIR first as INPUT; expects exit status 2, stderr matching EXPECT_ERR,
# and INPUT (if given) unchanged afterwards.
file(REMOVE_RECURSE "${DIR}")
file(MAKE_DIRECTORY "${DIR}")
if(DEFINED COPY)
  configure_file("${COPY}" "${DIR}/${INPUT}" COPYONLY)
  file(SHA256 "${DIR}/${INPUT}" before)
endif()
string(REPLACE "|" ";" args "${ARGS}")
string(REPLACE "<DIR>" "${DIR}" args "${args}")
if(DEFINED STDOUT_FILE)
  execute_process(COMMAND ${EXE} ${args} WORKING_DIRECTORY "${DIR}"
                  RESULT_VARIABLE rc OUTPUT_FILE "${DIR}/${STDOUT_FILE}"
                  ERROR_VARIABLE err)
else()
  execute_process(COMMAND ${EXE} ${args} WORKING_DIRECTORY "${DIR}"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
endif()
if(NOT rc STREQUAL "2")
  message(FATAL_ERROR "exit status ${rc}, expected 2\n${err}")
endif()
if(NOT err MATCHES "${EXPECT_ERR}")
  message(FATAL_ERROR "stderr does not match '${EXPECT_ERR}': ${err}")
endif()
if(DEFINED COPY)
  file(SHA256 "${DIR}/${INPUT}" after)
  if(NOT before STREQUAL after)
    message(FATAL_ERROR "the run replaced its input ${INPUT}")
  endif()
endif()
