# tests/exports/selftest.cmake - the export check must fail on the fixture
# library (bad.c / bad.h) and name each of its faults, and only those.
# cmake -DCHECK=... -DLIB=... -DARCHIVE=... -DHEADERS=... -DCC=... -P selftest.cmake
set(ENV{CC} "${CC}")
execute_process(COMMAND sh ${CHECK} -a ${ARCHIVE} ${LIB} ${HEADERS}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT rc EQUAL 1)
  message(FATAL_ERROR "export check returned '${rc}' on the bad fixture, expected 1")
endif()
foreach(expect
    "sl_fixture_missing: declared SL_API"
    "sl_fixture_undeclared: exported by"
    "fixture_noprefix: public name without the sl_ prefix"
    "fixture_global: global name in")
  string(FIND "${err}" "${expect}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the export check did not report: ${expect}")
  endif()
endforeach()
foreach(innocent sl_fixture_ok sli_fixture_hidden)
  string(FIND "${err}" "${innocent}:" at)
  if(NOT at EQUAL -1)
    message(FATAL_ERROR "the export check wrongly reported ${innocent}")
  endif()
endforeach()
